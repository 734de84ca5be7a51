#include "core/Clock.h"
#include "store/Database.h"
#include "store/Workstation.h"
#include "support/ProgramRun.h"
#include "support/TestDataDir.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace casedesk;

// casedeskctl as an administrator's script uses it: exit codes, standard input, help.
class TestCtlEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpListsTheCommands();
    void eachCommandHasItsOwnHelp_data();
    void eachCommandHasItsOwnHelp();
    void anUnknownCommandIsAUsageError();
    void initSetsUpAWorkstationOnceWithThePasswordFromStandardInput();
    void initWithoutAPasswordOnStandardInputChangesNothing();
    void aWrongPasswordExitsWithThree();
    void aClerkMayNotAddAccountsAndExitsWithFour();
    void anAdministratorAddsAndListsAccounts();
    void aDamagedKeyFileExitsWithFive();
    void verifyPassesAndThenCatchesATamperedAuditRow();
    void backupAndRekeyKeepTheDataReadable();

private:
    using Run = test::ProgramRun;
    static Run ctl(const QStringList& arguments, const QByteArray& input = {});
    static QStringList dataDir(const test::TestDataDir& dir)
    {
        return {QStringLiteral("--data-dir"), dir.path()};
    }
};

TestCtlEndToEnd::Run TestCtlEndToEnd::ctl(const QStringList& arguments, const QByteArray& input)
{
    return test::runProgram(QStringLiteral(CASEDESK_CTL_BINARY), arguments, input, 60000);
}

void TestCtlEndToEnd::helpListsTheCommands()
{
    const Run run = ctl({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("init")));
    QVERIFY(run.out.contains(QStringLiteral("user")));
    QVERIFY(run.out.contains(QStringLiteral("Exit codes")));
}

void TestCtlEndToEnd::eachCommandHasItsOwnHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    QTest::newRow("init") << QStringLiteral("init") << QStringLiteral("--admin");
    QTest::newRow("user") << QStringLiteral("user") << QStringLiteral("--password-stdin");
    QTest::newRow("demo") << QStringLiteral("demo") << QStringLiteral("--seed");
    QTest::newRow("case") << QStringLiteral("case") << QStringLiteral("--status");
    QTest::newRow("search") << QStringLiteral("search") << QStringLiteral("--limit");
}

void TestCtlEndToEnd::eachCommandHasItsOwnHelp()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    const Run run = ctl({command, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("Usage: casedeskctl ") + command),
             qPrintable(run.out));
    QVERIFY(run.out.contains(option));
    QVERIFY(run.out.contains(QStringLiteral("--data-dir")));
}

void TestCtlEndToEnd::anUnknownCommandIsAUsageError()
{
    const Run run = ctl({QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("frobnicate")));
    QCOMPARE(ctl({}).exitCode, 2);
}

void TestCtlEndToEnd::initSetsUpAWorkstationOnceWithThePasswordFromStandardInput()
{
    test::TestDataDir dir;
    const QStringList init = test::words("init --admin chief --password-stdin") + dataDir(dir);
    const Run first = ctl(init, "first admin passphrase\n");
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY(dir.directory().isSetUp());

    const Run second = ctl(init, "another admin passphrase\n");
    QCOMPARE(second.exitCode, 2);
    QVERIFY(second.err.contains(QStringLiteral("already set up")));

    const Run list = ctl(test::words("user list --user chief --password-stdin") + dataDir(dir),
                         "first admin passphrase\n");
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out, QStringLiteral("chief\tadministrator\tactive\n"));
}

void TestCtlEndToEnd::initWithoutAPasswordOnStandardInputChangesNothing()
{
    test::TestDataDir dir;
    const Run noFlag = ctl(test::words("init --admin chief") + dataDir(dir));
    QCOMPARE(noFlag.exitCode, 2);
    const Run noLine = ctl(test::words("init --admin chief --password-stdin") + dataDir(dir));
    QCOMPARE(noLine.exitCode, 2);
    QVERIFY(!dir.directory().isSetUp());
    const Run weak =
        ctl(test::words("init --admin chief --password-stdin") + dataDir(dir), "short\n");
    QCOMPARE(weak.exitCode, 2);
    QVERIFY(weak.err.contains(QStringLiteral("at least")));
    QVERIFY(!dir.directory().isSetUp());
}

void TestCtlEndToEnd::aWrongPasswordExitsWithThree()
{
    test::TestDataDir dir;
    dir.setUpWithAllRoles(SystemClock::instance());
    const Run run =
        ctl(test::words("user list --user administrator --password-stdin") + dataDir(dir),
            "not the password\n");
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
}

void TestCtlEndToEnd::aClerkMayNotAddAccountsAndExitsWithFour()
{
    test::TestDataDir dir;
    dir.setUpWithAllRoles(SystemClock::instance());
    const Run run =
        ctl(test::words("user add newcomer --role administrator --user clerk --password-stdin")
                + dataDir(dir),
            test::TestDataDir::password(Role::Clerk).toUtf8() + "\nnew passphrase here\n");
    QCOMPARE(run.exitCode, 4);
    QVERIFY(!run.err.isEmpty());
}

void TestCtlEndToEnd::anAdministratorAddsAndListsAccounts()
{
    test::TestDataDir dir;
    dir.setUpWithAllRoles(SystemClock::instance());
    const QByteArray adminPassword = test::TestDataDir::password(Role::Administrator).toUtf8();
    const QStringList signIn {QStringLiteral("--user"),
                              QStringLiteral("administrator"),
                              QStringLiteral("--password-stdin")};
    const Run added = ctl(test::words("user add wang.lei --role clerk") + signIn + dataDir(dir),
                          adminPassword + "\nwang lei passphrase\n");
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));

    const Run list = ctl(test::words("user list") + signIn + dataDir(dir), adminPassword + "\n");
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(QStringLiteral("wang.lei\tclerk\tactive")));

    const Run badRole = ctl(test::words("user add zhao --role king") + signIn + dataDir(dir),
                            adminPassword + "\nzhao passphrase 1\n");
    QCOMPARE(badRole.exitCode, 2);
    QVERIFY(badRole.err.contains(QStringLiteral("king")));
}

void TestCtlEndToEnd::aDamagedKeyFileExitsWithFive()
{
    test::TestDataDir dir;
    dir.setUpWithAllRoles(SystemClock::instance());
    QFile slots(dir.directory().keySlotFile());
    QVERIFY(slots.open(QIODevice::ReadWrite));
    const QByteArray content = slots.readAll();
    QVERIFY(slots.resize(content.size() / 2));
    slots.close();
    const Run run =
        ctl(test::words("user list --user administrator --password-stdin") + dataDir(dir),
            test::TestDataDir::password(Role::Administrator).toUtf8() + "\n");
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(dir.directory().keySlotFile()), qPrintable(run.err));
}

void TestCtlEndToEnd::verifyPassesAndThenCatchesATamperedAuditRow()
{
    test::TestDataDir dir;
    dir.setUpWithAllRoles(SystemClock::instance());
    const QByteArray adminPassword =
        test::TestDataDir::password(Role::Administrator).toUtf8() + "\n";
    const QStringList verify =
        test::words("verify --user administrator --password-stdin") + dataDir(dir);

    const Run sound = ctl(verify, adminPassword);
    QVERIFY2(sound.exitCode == 0, qPrintable(sound.out + sound.err));
    QVERIFY(sound.out.contains(QStringLiteral("chain intact")));

    {
        // Someone with the key edits a journal row behind CaseDesk's back.
        const auto station = dir.workstation(SystemClock::instance());
        QVERIFY(station
                    ->signIn(QStringLiteral("administrator"),
                             test::TestDataDir::password(Role::Administrator))
                    .ok());
        QSqlQuery tamper(station->database()->connection());
        QVERIFY(tamper.exec(
            QStringLiteral("UPDATE audit_journal SET action = 'user.remove' WHERE seq = 3")));
    }
    const Run broken = ctl(verify, adminPassword);
    QCOMPARE(broken.exitCode, 5);
    QVERIFY2(broken.out.contains(QStringLiteral("chain broken at row 3")), qPrintable(broken.out));
}

void TestCtlEndToEnd::backupAndRekeyKeepTheDataReadable()
{
    test::TestDataDir dir;
    dir.setUpWithAllRoles(SystemClock::instance());
    const QByteArray adminPassword =
        test::TestDataDir::password(Role::Administrator).toUtf8() + "\n";
    const QString target = dir.path() + QStringLiteral("/backup.db");

    const Run backup =
        ctl(QStringList {QStringLiteral("backup"), target}
                + test::words("--user administrator --password-stdin") + dataDir(dir),
            adminPassword);
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    QVERIFY(QFile::exists(target));
    QVERIFY(QFile::exists(target + QStringLiteral(".keys")));
    QVERIFY(!Database::looksUnencrypted(target));

    const Run rekey = ctl(test::words("rekey --user administrator --password-stdin") + dataDir(dir),
                          adminPassword);
    QVERIFY2(rekey.exitCode == 0, qPrintable(rekey.err));
    const Run list = ctl(test::words("user list --user clerk --password-stdin") + dataDir(dir),
                         test::TestDataDir::password(Role::Clerk).toUtf8() + "\n");
    QCOMPARE(list.exitCode, 4); // a clerk signs in after the rekey, but may not list accounts
    const Run verify = ctl(
        test::words("verify --user administrator --password-stdin") + dataDir(dir), adminPassword);
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
}

QTEST_GUILESS_MAIN(TestCtlEndToEnd)
#include "tst_ctl_e2e.moc"
