#include "IdGenerator.h"

#include "Clock.h"

#include <QMutexLocker>
#include <QRandomGenerator>

#include <array>

namespace casedesk {

namespace {

constexpr quint16 kCounterMax = 0x0FFF;
// A new millisecond starts the counter at a random value no higher than this, leaving
// at least 2048 increments before it would overflow into the next millisecond.
constexpr quint16 kCounterSeedMax = 0x07FF;

} // namespace

IdGenerator::IdGenerator(const Clock& clock)
    : m_clock(clock)
{ }

QUuid IdGenerator::next()
{
    quint64 random = QRandomGenerator::global()->generate64();
    qint64 ms = m_clock.msecsSinceEpoch();
    quint16 counter = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (ms > m_lastMs) {
            m_lastMs = ms;
            m_counter =
                static_cast<quint16>(QRandomGenerator::global()->generate() & kCounterSeedMax);
        } else if (m_counter < kCounterMax) {
            // Same millisecond, or the clock went back: keep the last timestamp and count on.
            ++m_counter;
        } else {
            // The counter is spent: borrow the next millisecond so order is kept.
            ++m_lastMs;
            m_counter = 0;
        }
        ms = m_lastMs;
        counter = m_counter;
    }

    std::array<uchar, 16> bytes {};
    const auto timestamp = static_cast<quint64>(ms);
    for (int i = 0; i < 6; ++i) {
        bytes[static_cast<size_t>(i)] = static_cast<uchar>(timestamp >> (40 - 8 * i));
    }
    bytes[6] = static_cast<uchar>(0x70 | ((counter >> 8) & 0x0F));
    bytes[7] = static_cast<uchar>(counter);
    for (int i = 0; i < 8; ++i) {
        bytes[static_cast<size_t>(8 + i)] = static_cast<uchar>(random >> (56 - 8 * i));
    }
    bytes[8] = static_cast<uchar>(0x80 | (bytes[8] & 0x3F)); // RFC 9562 variant

    return QUuid::fromRfc4122(
        QByteArrayView(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())));
}

IdGenerator& IdGenerator::shared()
{
    static IdGenerator generator(SystemClock::instance());
    return generator;
}

bool IdGenerator::isVersion7(const QUuid& id)
{
    const QByteArray bytes = id.toRfc4122();
    return (static_cast<uchar>(bytes.at(6)) >> 4) == 7
        && (static_cast<uchar>(bytes.at(8)) >> 6) == 2;
}

qint64 IdGenerator::timestampOf(const QUuid& id)
{
    const QByteArray bytes = id.toRfc4122();
    quint64 ms = 0;
    for (int i = 0; i < 6; ++i) {
        ms = (ms << 8) | static_cast<uchar>(bytes.at(i));
    }
    return static_cast<qint64>(ms);
}

QUuid newId()
{
    return IdGenerator::shared().next();
}

} // namespace casedesk
