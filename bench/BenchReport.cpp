#include "BenchReport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace casedesk::bench {

BenchReport::BenchReport(QString suite)
    : m_suite(std::move(suite))
{ }

void BenchReport::add(const Figure& figure)
{
    if (!m_headerPrinted) {
        std::fprintf(stdout,
                     "\n%-8s %-28s %14s %-8s %-22s %14s %8s %10s\n",
                     "suite",
                     "metric",
                     "value",
                     "unit",
                     "peer",
                     "peer value",
                     "ratio",
                     "n");
        m_headerPrinted = true;
    }
    std::fprintf(stdout,
                 "%-8s %-28s %14.3f %-8s %-22s %14.3f %8.3f %10lld\n",
                 m_suite.toUtf8().constData(),
                 figure.metric.toUtf8().constData(),
                 figure.value,
                 figure.unit.toUtf8().constData(),
                 figure.peer.toUtf8().constData(),
                 figure.peerValue,
                 figure.ratio,
                 static_cast<long long>(figure.n));
    std::fprintf(stdout, "%s\n", jsonLine(m_suite, figure).toUtf8().constData());
    std::fflush(stdout);
}

QString BenchReport::jsonLine(const QString& suite, const Figure& figure)
{
    // Written by hand rather than through QJsonObject, which sorts its keys: the fields
    // keep the documented order so the lines read well too.
    const auto text = [](const QString& value) {
        const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(array.mid(1, array.size() - 2));
    };
    const auto number = [](double value) {
        return std::isfinite(value) ? QString::number(value, 'g', 12) : QStringLiteral("null");
    };
    return QStringLiteral("{\"suite\":%1,\"metric\":%2,\"unit\":%3,\"value\":%4,\"peer\":%5,"
                          "\"peer_value\":%6,\"ratio\":%7,\"n\":%8}")
        .arg(text(suite),
             text(figure.metric),
             text(figure.unit),
             number(figure.value),
             text(figure.peer),
             number(figure.peerValue),
             number(figure.ratio),
             QString::number(figure.n));
}

} // namespace casedesk::bench
