#pragma once

#include "core/Session.h"
#include "store/DataDirectory.h"

#include <QTemporaryDir>

namespace casedesk {
class AccountBook;
class Clock;
} // namespace casedesk

namespace casedesk::test {

// A workstation data folder that is removed when the test ends.
class TestDataDir
{
public:
    TestDataDir();

    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    [[nodiscard]] QString path() const { return m_dir.path(); }
    [[nodiscard]] DataDirectory directory() const { return DataDirectory(m_dir.path()); }

    // Sets the folder up with one account per role, named after the role's id
    // ("clerk", "hearing-secretary", …), each with password(role).
    void setUpWithAllRoles(const Clock& clock) const;

    [[nodiscard]] static QString password(Role role);

private:
    QTemporaryDir m_dir;
};

} // namespace casedesk::test
