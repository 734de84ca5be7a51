#include "Clock.h"

namespace casedesk {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

const SystemClock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace casedesk
