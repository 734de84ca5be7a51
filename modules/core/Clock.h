#pragma once

#include <QDateTime>

namespace casedesk {

// The time as the program sees it. Code that depends on the time takes a Clock so tests
// can move time forward without waiting.
class Clock
{
public:
    virtual ~Clock() = default;

    // Wall-clock time in UTC.
    [[nodiscard]] virtual QDateTime now() const = 0;

    [[nodiscard]] qint64 msecsSinceEpoch() const { return now().toMSecsSinceEpoch(); }
};

// The computer's own clock.
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override;

    // One shared instance for code that is not handed a clock.
    static const SystemClock& instance();
};

} // namespace casedesk
