#include "store/WorkstationSettings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;

class TestWorkstationSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theIdleLockDefaultsToFiveMinutes();
    void anAdministratorsChangeIsKept();
    void otherRolesMayNotChangeSettings_data();
    void otherRolesMayNotChangeSettings();
    void anOutOfRangeLockTimeIsRefused();
    void aHandEditedNonsenseValueFallsBackToTheDefault();

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("workstation.ini")); }
    static Session as(Role role) { return Session {QUuid::createUuid(), roleId(role), role}; }
};

void TestWorkstationSettings::theIdleLockDefaultsToFiveMinutes()
{
    QTemporaryDir empty;
    WorkstationSettings settings(empty.filePath(QStringLiteral("workstation.ini")));
    QCOMPARE(settings.idleLockMinutes(), WorkstationSettings::kDefaultIdleLockMinutes);
}

void TestWorkstationSettings::anAdministratorsChangeIsKept()
{
    {
        WorkstationSettings settings(file());
        QVERIFY(settings.setIdleLockMinutes(as(Role::Administrator), 12).ok());
    }
    WorkstationSettings reopened(file());
    QCOMPARE(reopened.idleLockMinutes(), 12);
}

void TestWorkstationSettings::otherRolesMayNotChangeSettings_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("clerk") << Role::Clerk;
    QTest::newRow("hearing secretary") << Role::HearingSecretary;
    QTest::newRow("supervisor") << Role::Supervisor;
}

void TestWorkstationSettings::otherRolesMayNotChangeSettings()
{
    QFETCH(Role, role);
    WorkstationSettings settings(file());
    const int before = settings.idleLockMinutes();
    const auto refused = settings.setIdleLockMinutes(as(role), before + 1);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::PermissionDenied);
    QCOMPARE(settings.idleLockMinutes(), before);
}

void TestWorkstationSettings::anOutOfRangeLockTimeIsRefused()
{
    WorkstationSettings settings(file());
    QVERIFY(!settings.setIdleLockMinutes(as(Role::Administrator), -1).ok());
    QVERIFY(!settings
                 .setIdleLockMinutes(as(Role::Administrator),
                                     WorkstationSettings::kMaxIdleLockMinutes + 1)
                 .ok());
    QVERIFY(settings.setIdleLockMinutes(as(Role::Administrator), 0).ok());
    QCOMPARE(settings.idleLockMinutes(), 0);
}

void TestWorkstationSettings::aHandEditedNonsenseValueFallsBackToTheDefault()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workstation.ini"));
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(QStringLiteral("desk/idleLockMinutes"), QStringLiteral("soon"));
    }
    QCOMPARE(WorkstationSettings(path).idleLockMinutes(),
             WorkstationSettings::kDefaultIdleLockMinutes);
}

QTEST_GUILESS_MAIN(TestWorkstationSettings)
#include "tst_workstationsettings.moc"
