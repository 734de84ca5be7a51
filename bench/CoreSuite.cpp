#include "BenchReport.h"
#include "BenchSuite.h"
#include "core/IdGenerator.h"

#include <QElapsedTimer>
#include <QUuid>

#include <algorithm>
#include <vector>

namespace casedesk::bench {

namespace {

constexpr int kIdsPerRound = 500'000;
constexpr int kRounds = 7;

// Runs make() kIdsPerRound times and returns ids per second. The ids are folded into a
// checksum so the compiler cannot skip the work.
template<typename Make>
double idsPerSecond(Make make, quint64* checksum)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kIdsPerRound; ++i) {
        *checksum ^= make().data1;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return kIdsPerRound / seconds;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void measureIdGeneration(BenchReport& report)
{
    quint64 checksum = 0;
    std::vector<double> ours;
    std::vector<double> peer;
    // Rounds alternate so both sides see the same machine load.
    for (int round = 0; round < kRounds; ++round) {
        ours.push_back(idsPerSecond([] { return newId(); }, &checksum));
        peer.push_back(idsPerSecond([] { return QUuid::createUuid(); }, &checksum));
    }
    const double oursMedian = median(ours) / 1e6;
    const double peerMedian = median(peer) / 1e6;
    report.add(Figure {QStringLiteral("uuid7_generate"),
                       QStringLiteral("Mid/s"),
                       oursMedian,
                       QStringLiteral("QUuid::createUuid"),
                       peerMedian,
                       oursMedian / peerMedian,
                       qint64(kIdsPerRound) * kRounds});
    if (checksum == 1) {
        std::fprintf(stderr, " ");
    }
}

} // namespace

BenchSuite coreSuite()
{
    return {QStringLiteral("core"),
            QStringLiteral("UUIDv7 generation against QUuid::createUuid (version 4)"),
            [](BenchReport& report, const BenchOptions&) {
                measureIdGeneration(report);
            }};
}

} // namespace casedesk::bench
