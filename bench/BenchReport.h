#pragma once

#include <QString>

#include <cstdio>

namespace casedesk::bench {

// One measured figure and its peer, measured on the same data in the same run.
struct Figure
{
    QString metric;
    QString unit;
    double value = 0;
    QString peer;
    double peerValue = 0;
    // How ours compares with the peer; its meaning is stated per metric ("ours / peer"
    // throughput, so higher is better, unless the metric says otherwise).
    double ratio = 0;
    qint64 n = 0;
};

// Prints each figure twice on standard output: as a row of a readable table and as one
// JSON line. Scripts take the lines that start with "{".
class BenchReport
{
public:
    explicit BenchReport(QString suite);

    void add(const Figure& figure);

    [[nodiscard]] static QString jsonLine(const QString& suite, const Figure& figure);

private:
    QString m_suite;
    bool m_headerPrinted = false;
};

} // namespace casedesk::bench
