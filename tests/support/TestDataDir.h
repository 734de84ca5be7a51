#pragma once

#include "core/Session.h"
#include "store/DataDirectory.h"

#include <QTemporaryDir>

#include <memory>

namespace casedesk {
class Clock;
class Workstation;
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

    // Sets the folder up as a real workstation (encrypted database and key slots) with one
    // account per role, named after the role's id ("clerk", "hearing-secretary", …), each
    // with password(role). Key slots use libsodium's interactive Argon2id cost, so tests
    // that are not about unlock time stay quick.
    void setUpWithAllRoles(const Clock& clock) const;

    // The workstation in this folder, not signed in, with the same quick slot cost.
    [[nodiscard]] std::unique_ptr<Workstation> workstation(const Clock& clock) const;

    [[nodiscard]] static QString password(Role role);

private:
    QTemporaryDir m_dir;
};

} // namespace casedesk::test
