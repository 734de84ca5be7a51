#include "TestDataDir.h"

#include "store/AccountBook.h"

#include <QTest>

namespace casedesk::test {

TestDataDir::TestDataDir()
    : m_dir(QDir::tempPath() + QStringLiteral("/casedesk-test-XXXXXX"))
{ }

void TestDataDir::setUpWithAllRoles(const Clock& clock) const
{
    const DataDirectory data = directory();
    QVERIFY(data.prepare().ok());
    AccountBook accounts(data.accountsFile(), clock);
    const auto admin = accounts.createFirstAdministrator(roleId(Role::Administrator),
                                                         password(Role::Administrator));
    QVERIFY2(admin.ok(), qPrintable(admin ? QString() : admin.error().message()));
    const Session administrator {admin.value().id, admin.value().name, Role::Administrator};
    for (Role role : {Role::Clerk, Role::HearingSecretary, Role::Supervisor}) {
        const auto added = accounts.addAccount(administrator, roleId(role), role, password(role));
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message()));
    }
}

QString TestDataDir::password(Role role)
{
    // Never contains the account name, as the password policy demands.
    return QStringLiteral("correct horse staple %1").arg(int(role) + 1);
}

} // namespace casedesk::test
