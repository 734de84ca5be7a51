#include "core/Role.h"

#include <QTest>

using namespace casedesk;

class TestRole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachRoleSeesItsOwnAreas_data();
    void eachRoleSeesItsOwnAreas();
    void roleIdsRoundTrip();
    void anUnknownRoleIdIsRefused();
    void onlySupervisorsApprove();
    void onlyAdministratorsManageUsersAndSettings();
};

void TestRole::eachRoleSeesItsOwnAreas_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QList<Area>>("areas");
    QTest::newRow("clerk") << Role::Clerk << QList<Area> {Area::Cases, Area::Intake};
    QTest::newRow("hearing secretary") << Role::HearingSecretary << QList<Area> {Area::Hearings};
    QTest::newRow("supervisor") << Role::Supervisor
                                << QList<Area> {Area::Cases, Area::Approvals, Area::Dashboard};
    QTest::newRow("administrator")
        << Role::Administrator << QList<Area> {Area::Users, Area::Settings};
}

void TestRole::eachRoleSeesItsOwnAreas()
{
    QFETCH(Role, role);
    QFETCH(QList<Area>, areas);
    QCOMPARE(areasFor(role), areas);
}

void TestRole::roleIdsRoundTrip()
{
    for (Role role : allRoles()) {
        QCOMPARE(roleFromId(roleId(role)), std::optional<Role>(role));
        QVERIFY(!roleDisplayName(role).isEmpty());
    }
}

void TestRole::anUnknownRoleIdIsRefused()
{
    QVERIFY(!roleFromId(QStringLiteral("root")).has_value());
    QVERIFY(!roleFromId(QString()).has_value());
    QVERIFY(!roleFromId(QStringLiteral("Clerk")).has_value());
}

void TestRole::onlySupervisorsApprove()
{
    for (Role role : allRoles()) {
        QCOMPARE(roleHas(role, Permission::ApproveCases), role == Role::Supervisor);
        QCOMPARE(roleHas(role, Permission::OverrideChecks), role == Role::Supervisor);
    }
}

void TestRole::onlyAdministratorsManageUsersAndSettings()
{
    for (Role role : allRoles()) {
        QCOMPARE(roleHas(role, Permission::ManageUsers), role == Role::Administrator);
        QCOMPARE(roleHas(role, Permission::ManageSettings), role == Role::Administrator);
    }
}

QTEST_GUILESS_MAIN(TestRole)
#include "tst_role.moc"
