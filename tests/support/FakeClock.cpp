#include "FakeClock.h"

namespace casedesk::test {

FakeClock::FakeClock(QDateTime start)
    : m_now(std::move(start))
{ }

} // namespace casedesk::test
