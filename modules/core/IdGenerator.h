#pragma once

#include <QMutex>
#include <QUuid>

namespace casedesk {

class Clock;

// Makes UUIDv7 ids (RFC 9562) on this device, so records created offline on different
// workstations never collide. The first 48 bits are the Unix time in milliseconds; the
// next 12 bits count ids made within the same millisecond, so ids from one generator
// sort in the order they were made; the remaining 62 bits are random.
class IdGenerator
{
public:
    explicit IdGenerator(const Clock& clock);

    // Safe to call from several threads.
    [[nodiscard]] QUuid next();

    // A generator on the system clock, shared by the whole process.
    static IdGenerator& shared();

    [[nodiscard]] static bool isVersion7(const QUuid& id);
    // The millisecond timestamp an id carries; only meaningful when isVersion7(id).
    [[nodiscard]] static qint64 timestampOf(const QUuid& id);

private:
    const Clock& m_clock;
    QMutex m_mutex;
    qint64 m_lastMs = -1;
    quint16 m_counter = 0;
};

// A new id from the shared generator.
[[nodiscard]] QUuid newId();

} // namespace casedesk
