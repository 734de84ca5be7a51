#include "TestDataDir.h"

#include "store/Workstation.h"

#include <QTest>

namespace casedesk::test {

TestDataDir::TestDataDir()
    : m_dir(QDir::tempPath() + QStringLiteral("/casedesk-test-XXXXXX"))
{ }

void TestDataDir::setUpWithAllRoles(const Clock& clock) const
{
    const auto setUp = Workstation::setUp(directory(),
                                          clock,
                                          QStringLiteral("Test Office"),
                                          roleId(Role::Administrator),
                                          password(Role::Administrator),
                                          Argon2idParams::interactive());
    QVERIFY2(setUp.ok(), qPrintable(setUp ? QString() : setUp.error().fullText()));

    const std::unique_ptr<Workstation> station = workstation(clock);
    const auto admin = station->signIn(roleId(Role::Administrator), password(Role::Administrator));
    QVERIFY2(admin.ok(), qPrintable(admin ? QString() : admin.error().fullText()));
    for (Role role : {Role::Clerk, Role::HearingSecretary, Role::Supervisor}) {
        const auto added = station->addUser(admin.value(), roleId(role), role, password(role));
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().fullText()));
    }
}

std::unique_ptr<Workstation> TestDataDir::workstation(const Clock& clock) const
{
    auto station = std::make_unique<Workstation>(directory(), clock);
    station->setSlotParams(Argon2idParams::interactive());
    return station;
}

QString TestDataDir::password(Role role)
{
    // Never contains the account name, as the password policy demands.
    return QStringLiteral("correct horse staple %1").arg(int(role) + 1);
}

} // namespace casedesk::test
