#include "store/AuditJournal.h"
#include "store/Database.h"
#include "store/Workstation.h"
#include "support/FakeClock.h"
#include "support/TestDataDir.h"

#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace casedesk;

// The workstation as the desk and the command line use it: accounts, permissions, key
// slots, the audit journal. Each scenario starts from a workstation with one account per
// role.
class TestWorkstation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eachRoleSignsInWithItsPassword();
    void aWrongPasswordAndAnUnknownNameGetTheSameAnswer();
    void fiveWrongPasswordsLockTheAccountForFiveMinutes();
    void onlyAnAdministratorManagesAccounts();
    void aDisabledAccountLosesItsSlotUntilEnabledWithANewPassword();
    void peopleChangeTheirOwnPasswordButNotOthers();
    void theDataFolderHoldsNoReadableTextOfAnyRecord();
    void everyChangeLeavesAnIntactAuditChain();
    void rekeyKeepsEveryAccountWorking();
    void aRestoredBackupStartsANewDeviceEpoch();
    void theIdleLockTimeIsKeptInTheDatabase();

private:
    test::FakeClock m_clock;
    std::unique_ptr<test::TestDataDir> m_dir;
    std::unique_ptr<Workstation> m_station;

    Session signInAs(Role role);
    qint64 auditRows() const;
};

void TestWorkstation::init()
{
    m_dir = std::make_unique<test::TestDataDir>();
    m_dir->setUpWithAllRoles(m_clock);
    m_station = m_dir->workstation(m_clock);
}

void TestWorkstation::cleanup()
{
    m_station.reset();
    m_dir.reset();
}

Session TestWorkstation::signInAs(Role role)
{
    const auto session = m_station->signIn(roleId(role), test::TestDataDir::password(role));
    if (!session) {
        qWarning() << session.error().fullText();
        return {};
    }
    return session.value();
}

qint64 TestWorkstation::auditRows() const
{
    QSqlQuery count(m_station->database()->connection());
    count.exec(QStringLiteral("SELECT count(*) FROM audit_journal"));
    return count.next() ? count.value(0).toLongLong() : -1;
}

void TestWorkstation::eachRoleSignsInWithItsPassword()
{
    for (Role role : allRoles()) {
        const auto session = m_station->signIn(roleId(role), test::TestDataDir::password(role));
        QVERIFY2(session.ok(), qPrintable(session ? QString() : session.error().fullText()));
        QCOMPARE(session.value().role, role);
        QCOMPARE(session.value().userName, roleId(role));
    }
    QVERIFY(m_station->isOpen());
}

void TestWorkstation::aWrongPasswordAndAnUnknownNameGetTheSameAnswer()
{
    const auto wrong =
        m_station->signIn(QStringLiteral("clerk"), QStringLiteral("not the password"));
    const auto unknown =
        m_station->signIn(QStringLiteral("nobody"), QStringLiteral("not the password"));
    QVERIFY(!wrong.ok());
    QVERIFY(!unknown.ok());
    QCOMPARE(wrong.error().kind(), ErrorKind::WrongPassword);
    QCOMPARE(unknown.error().kind(), ErrorKind::WrongPassword);
    QCOMPARE(unknown.error().message(), wrong.error().message());
    QVERIFY(!m_station->isOpen());
}

void TestWorkstation::fiveWrongPasswordsLockTheAccountForFiveMinutes()
{
    for (int i = 0; i < KeySlotFile::kMaxFailedAttempts; ++i) {
        QVERIFY(
            !m_station->signIn(QStringLiteral("clerk"), QStringLiteral("guess number %1").arg(i))
                 .ok());
    }
    const auto locked =
        m_station->signIn(QStringLiteral("clerk"), test::TestDataDir::password(Role::Clerk));
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error().kind(), ErrorKind::AccountLocked);
    QVERIFY(m_station->isLockedOut(QStringLiteral("clerk")));

    m_clock.advanceSeconds(qint64(KeySlotFile::kLockOutMinutes) * 60 + 1);
    QVERIFY(
        m_station->signIn(QStringLiteral("clerk"), test::TestDataDir::password(Role::Clerk)).ok());
}

void TestWorkstation::onlyAnAdministratorManagesAccounts()
{
    for (Role role : {Role::Clerk, Role::HearingSecretary, Role::Supervisor}) {
        const Session session = signInAs(role);
        const auto added = m_station->addUser(session,
                                              QStringLiteral("newcomer"),
                                              Role::Administrator,
                                              QStringLiteral("a long passphrase"));
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind(), ErrorKind::PermissionDenied);
        QCOMPARE(m_station->users(session).error().kind(), ErrorKind::PermissionDenied);
        QCOMPARE(m_station->rekey(session).error().kind(), ErrorKind::PermissionDenied);
    }
    const Session admin = signInAs(Role::Administrator);
    QVERIFY(
        m_station
            ->addUser(
                admin, QStringLiteral("newcomer"), Role::Clerk, QStringLiteral("a long passphrase"))
            .ok());
    QCOMPARE(m_station->users(admin).value().size(), 5);
    const auto duplicate = m_station->addUser(
        admin, QStringLiteral("NEWCOMER"), Role::Clerk, QStringLiteral("a long passphrase"));
    QCOMPARE(duplicate.error().kind(), ErrorKind::InvalidInput);
    QVERIFY(
        m_station->signIn(QStringLiteral("newcomer"), QStringLiteral("a long passphrase")).ok());
}

void TestWorkstation::aDisabledAccountLosesItsSlotUntilEnabledWithANewPassword()
{
    const Session admin = signInAs(Role::Administrator);
    QVERIFY(m_station->disableUser(admin, QStringLiteral("supervisor")).ok());
    const auto refused = m_station->signIn(QStringLiteral("supervisor"),
                                           test::TestDataDir::password(Role::Supervisor));
    QVERIFY(!refused.ok());

    QCOMPARE(m_station->disableUser(admin, admin.userName).error().kind(), ErrorKind::InvalidInput);

    QVERIFY(
        m_station
            ->enableUser(admin, QStringLiteral("supervisor"), QStringLiteral("back at work again"))
            .ok());
    QVERIFY(
        m_station->signIn(QStringLiteral("supervisor"), QStringLiteral("back at work again")).ok());
}

void TestWorkstation::peopleChangeTheirOwnPasswordButNotOthers()
{
    const Session clerk = signInAs(Role::Clerk);
    QVERIFY(
        m_station->changePassword(clerk, clerk.userName, QStringLiteral("a brand new passphrase"))
            .ok());
    QCOMPARE(
        m_station
            ->changePassword(clerk, QStringLiteral("supervisor"), QStringLiteral("taken over now"))
            .error()
            .kind(),
        ErrorKind::PermissionDenied);
    m_station->close();
    QVERIFY(!m_station->signIn(clerk.userName, test::TestDataDir::password(Role::Clerk)).ok());
    QVERIFY(m_station->signIn(clerk.userName, QStringLiteral("a brand new passphrase")).ok());
    QVERIFY(
        m_station
            ->signIn(QStringLiteral("supervisor"), test::TestDataDir::password(Role::Supervisor))
            .ok());
}

void TestWorkstation::theDataFolderHoldsNoReadableTextOfAnyRecord()
{
    const Session admin = signInAs(Role::Administrator);
    const QByteArray marker = "ZhangMarker4711";
    QVERIFY(m_station
                ->addUser(admin,
                          QString::fromLatin1(marker),
                          Role::Clerk,
                          QStringLiteral("marker passphrase"))
                .ok());
    QVERIFY(m_station->setIdleLockMinutes(admin, 17).ok());
    m_station->close();

    QDirIterator files(m_dir->path(), QDir::Files);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(marker), qPrintable(file.fileName()));
        QVERIFY2(!content.contains("clerk"), qPrintable(file.fileName()));
        QVERIFY2(!content.contains("Test Office"), qPrintable(file.fileName()));
        ++checked;
    }
    QVERIFY(checked >= 2);
    for (const QString& file :
         {m_dir->directory().databaseFile(), m_dir->directory().keySlotFile()}) {
        QCOMPARE(QFile::permissions(file) & QFileDevice::Permissions(0x7077),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QVERIFY(!Database::looksUnencrypted(m_dir->directory().databaseFile()));
}

void TestWorkstation::everyChangeLeavesAnIntactAuditChain()
{
    const Session admin = signInAs(Role::Administrator);
    const qint64 before = auditRows();
    QVERIFY(m_station
                ->addUser(admin,
                          QStringLiteral("wang.lei"),
                          Role::Clerk,
                          QStringLiteral("wang lei passphrase"))
                .ok());
    QVERIFY(m_station->disableUser(admin, QStringLiteral("wang.lei")).ok());
    QVERIFY(m_station->setIdleLockMinutes(admin, 9).ok());
    QCOMPARE(auditRows(), before + 3);

    // A refused change writes nothing.
    QVERIFY(
        !m_station->addUser(admin, QStringLiteral("x"), Role::Clerk, QStringLiteral("short")).ok());
    QCOMPARE(auditRows(), before + 3);

    const auto report = m_station->verify(admin);
    QVERIFY(report.ok());
    QVERIFY(report.value().sound());
    QCOMPARE(report.value().auditRows, before + 3);
}

void TestWorkstation::rekeyKeepsEveryAccountWorking()
{
    const Session admin = signInAs(Role::Administrator);
    QVERIFY(m_station->rekey(admin).ok());
    m_station->close();
    for (Role role : allRoles()) {
        QVERIFY2(m_station->signIn(roleId(role), test::TestDataDir::password(role)).ok(),
                 qPrintable(roleId(role)));
    }
    QVERIFY(m_station->verify(signInAs(Role::Administrator)).value().sound());
}

void TestWorkstation::aRestoredBackupStartsANewDeviceEpoch()
{
    const Session admin = signInAs(Role::Administrator);
    const QString backup = m_dir->path() + QStringLiteral("/copy.db");
    const auto written = m_station->backup(admin, backup);
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().fullText()));
    QCOMPARE(m_station->backup(admin, backup).error().kind(), ErrorKind::InvalidInput);
    m_station->close();

    const DataDirectory data = m_dir->directory();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(data.databaseFile() + suffix);
    }
    QFile::remove(data.keySlotFile());
    QVERIFY(QFile::rename(backup, data.databaseFile()));
    QVERIFY(QFile::rename(backup + QStringLiteral(".keys"), data.keySlotFile()));

    auto restored = m_dir->workstation(m_clock);
    QVERIFY(
        restored->signIn(QStringLiteral("clerk"), test::TestDataDir::password(Role::Clerk)).ok());
    QSqlQuery device(restored->database()->connection());
    QVERIFY(device.exec(QStringLiteral("SELECT epoch, restored FROM device")) && device.next());
    QCOMPARE(device.value(0).toInt(), 2);
    QCOMPARE(device.value(1).toInt(), 0);
}

void TestWorkstation::theIdleLockTimeIsKeptInTheDatabase()
{
    QCOMPARE(m_station->idleLockMinutes(), Workstation::kDefaultIdleLockMinutes);
    const Session admin = signInAs(Role::Administrator);
    QVERIFY(m_station->setIdleLockMinutes(admin, 12).ok());
    QCOMPARE(m_station->setIdleLockMinutes(admin, 121).error().kind(), ErrorKind::InvalidInput);
    QCOMPARE(m_station->setIdleLockMinutes(signInAs(Role::Clerk), 1).error().kind(),
             ErrorKind::PermissionDenied);
    m_station->close();
    QVERIFY(
        m_station->signIn(QStringLiteral("clerk"), test::TestDataDir::password(Role::Clerk)).ok());
    QCOMPARE(m_station->idleLockMinutes(), 12);
}

QTEST_GUILESS_MAIN(TestWorkstation)
#include "tst_workstation.moc"
