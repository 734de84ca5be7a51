#include "core/Clock.h"
#include "store/Database.h"
#include "store/Workstation.h"
#include "support/ProgramRun.h"
#include "support/TestDataDir.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;

// casedeskctl's case commands as an administrator or a clerk runs them: demo data, importing
// and exporting JSON lines, and search.
class TestCtlCasesEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void demoWritesCasesForAnAdministratorOnly();
    void demoOnAWorkstationWithoutClerksSaysToAddOne();
    void demoNeedsItsCount();
    void importTakesInTheGoodLinesAndNamesTheBadLine();
    void importReadsTheLinesAfterThePasswordOnStandardInput();
    void importIsForClerksOnly();
    void exportedCasesImportIntoAnotherWorkstationUnchanged();
    void exportChoosesByStatusAndTypeAndKeepsTheFilePrivate();
    void searchPrintsTheMatchingCases();
    void searchIsForRolesThatSeeCases();

private:
    using Run = test::ProgramRun;
    static Run ctl(const QStringList& arguments, const QByteArray& input = {});
    static QStringList dataDir(const test::TestDataDir& dir)
    {
        return {QStringLiteral("--data-dir"), dir.path()};
    }
    static QStringList signIn(Role role)
    {
        return {QStringLiteral("--user"), roleId(role), QStringLiteral("--password-stdin")};
    }
    static QByteArray password(Role role)
    {
        return test::TestDataDir::password(role).toUtf8() + '\n';
    }
    // Runs a query on the workstation as its administrator and returns the first column.
    static QStringList column(const test::TestDataDir& dir, const QString& sql);
    // A line without the keys an import ignores, to compare cases across workstations.
    static QJsonObject importedPart(const QByteArray& line);
    static QByteArray goodLines();

    test::TestDataDir m_demo; // 300 demo cases, shared by the tests that only read
    QTemporaryDir m_files;
};

TestCtlCasesEndToEnd::Run TestCtlCasesEndToEnd::ctl(const QStringList& arguments,
                                                    const QByteArray& input)
{
    return test::runProgram(QStringLiteral(CASEDESK_CTL_BINARY), arguments, input, 120000);
}

QStringList TestCtlCasesEndToEnd::column(const test::TestDataDir& dir, const QString& sql)
{
    const auto station = dir.workstation(SystemClock::instance());
    const auto admin = station->signIn(roleId(Role::Administrator),
                                       test::TestDataDir::password(Role::Administrator));
    if (!admin) {
        return {};
    }
    QSqlQuery query(station->database()->connection());
    QStringList values;
    if (query.exec(sql)) {
        while (query.next()) {
            values.append(query.value(0).toString());
        }
    }
    return values;
}

QJsonObject TestCtlCasesEndToEnd::importedPart(const QByteArray& line)
{
    QJsonObject object = QJsonDocument::fromJson(line).object();
    for (const char* ignored : {"number", "status", "receivedAt"}) {
        object.remove(QLatin1String(ignored));
    }
    return object;
}

QByteArray TestCtlCasesEndToEnd::goodLines()
{
    // Real shapes of numbers: check characters by GB 11643 and GB 32100.
    return R"({"caseType":"pension-enrolment","fields":{"applicant_name":"李强","id_number":"440304199003072136","sex":"male","birth_date":"1990-03-07","phone":"139 1234 5678","household_address":"广东省深圳市福田区福华路88号","insurance_type":"urban_rural_residents","contribution_grade":"500","bank_name":"中国银行","bank_account":"6216610200012345678","applied_by_agent":"no"}}
{"caseType":"passport-application","feeFen":12000,"fields":{"name":"王秀英","name_pinyin":"WANG XIUYING","id_number":"11010519491231002X","sex":"female","birth_date":"1949-12-31","birth_place":"北京","phone":"13800138000","residential_address":"北京市东城区和平里东街3号","emergency_contact_name":"李明","emergency_contact_phone":"13700001111","application_type":"first_issue"}}
)";
}

void TestCtlCasesEndToEnd::initTestCase()
{
    m_demo.setUpWithAllRoles(SystemClock::instance());
    const Run demo = ctl(test::words("demo --cases 300 --seed 5") + signIn(Role::Administrator)
                             + dataDir(m_demo),
                         password(Role::Administrator));
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestCtlCasesEndToEnd::demoWritesCasesForAnAdministratorOnly()
{
    QCOMPARE(column(m_demo, QStringLiteral("SELECT count(*) FROM cases")),
             QStringList {QStringLiteral("300")});

    test::TestDataDir dir;
    dir.setUpWithAllRoles(SystemClock::instance());
    const Run clerk = ctl(test::words("demo --cases 10") + signIn(Role::Clerk) + dataDir(dir),
                          password(Role::Clerk));
    QCOMPARE(clerk.exitCode, 4);
    QVERIFY(!clerk.err.isEmpty());
    const Run admin =
        ctl(test::words("demo --cases 25") + signIn(Role::Administrator) + dataDir(dir),
            password(Role::Administrator));
    QVERIFY2(admin.exitCode == 0, qPrintable(admin.err));
    QVERIFY2(admin.out.contains(QStringLiteral("Generated 25 demo cases")), qPrintable(admin.out));
    QCOMPARE(column(dir, QStringLiteral("SELECT count(*) FROM cases")),
             QStringList {QStringLiteral("25")});
}

void TestCtlCasesEndToEnd::demoOnAWorkstationWithoutClerksSaysToAddOne()
{
    test::TestDataDir dir;
    const Run init = ctl(test::words("init --admin chief --password-stdin") + dataDir(dir),
                         "counter passphrase 1\n");
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const Run demo =
        ctl(test::words("demo --cases 10 --user chief --password-stdin") + dataDir(dir),
            "counter passphrase 1\n");
    QCOMPARE(demo.exitCode, 1);
    QVERIFY2(demo.err.contains(QStringLiteral("user add NAME --role clerk")), qPrintable(demo.err));
}

void TestCtlCasesEndToEnd::demoNeedsItsCount()
{
    for (const char* line :
         {"demo", "demo --cases 0", "demo --cases many", "demo --cases 5 --seed -1"}) {
        const Run run = ctl(test::words(line) + signIn(Role::Administrator) + dataDir(m_demo),
                            password(Role::Administrator));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("casedeskctl demo --help")));
    }
}

void TestCtlCasesEndToEnd::importTakesInTheGoodLinesAndNamesTheBadLine()
{
    test::TestDataDir dir;
    dir.setUpWithAllRoles(SystemClock::instance());
    // Line 3 carries an identity number with a wrong check character.
    const QByteArray badLine =
        R"({"caseType":"pension-enrolment","fields":{"applicant_name":"陈静","id_number":"440304199003072137","sex":"male","birth_date":"1990-03-07","phone":"13912345679","household_address":"广东省深圳市福田区福华路90号","insurance_type":"urban_rural_residents","contribution_grade":"500","bank_name":"中国银行","bank_account":"6216610200012345679","applied_by_agent":"no"}})";
    const QByteArray businessLine =
        R"({"caseType":"business-licence-change","fields":{"enterprise_name":"福州华信科技有限公司","credit_code":"91350100M000100Y43","legal_rep_name":"林峰","legal_rep_id_number":"810000198506150012","change_item":"business_scope","new_business_scope":"软件开发；技术服务。","contact_name":"林小梅","contact_phone":"15900001234"}})";
    const QString path = m_files.filePath(QStringLiteral("intake.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(goodLines() + badLine + '\n' + businessLine + '\n');
    file.close();

    const Run run = ctl(QStringList {QStringLiteral("case"), QStringLiteral("import"), path}
                            + signIn(Role::Clerk) + dataDir(dir),
                        password(Role::Clerk));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("line 3: id_number")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("check character")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("not imported: 3.")), qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("line 1")));
    QVERIFY2(run.out.contains(QStringLiteral("Imported 3 case")), qPrintable(run.out));

    // Nothing of line 3 is in the store; the others are, normalized, with their journals.
    QCOMPARE(column(dir, QStringLiteral("SELECT name FROM applicants ORDER BY name")),
             (QStringList {QStringLiteral("李强"),
                           QStringLiteral("王秀英"),
                           QStringLiteral("福州华信科技有限公司")}));
    QCOMPARE(column(dir, QStringLiteral("SELECT phone FROM applicants WHERE name = '李强'")),
             QStringList {QStringLiteral("13912345678")});
    QCOMPARE(column(dir, QStringLiteral("SELECT fee_fen FROM cases ORDER BY rowid")),
             (QStringList {QStringLiteral("0"), QStringLiteral("12000"), QStringLiteral("0")}));
    QCOMPARE(column(dir,
                    QStringLiteral("SELECT count(*) FROM audit_journal WHERE action = "
                                   "'case.take-in'")),
             QStringList {QStringLiteral("3")});
    QCOMPARE(column(dir,
                    QStringLiteral("SELECT count(*) FROM change_journal WHERE record_type = "
                                   "'case'")),
             QStringList {QStringLiteral("3")});
}

void TestCtlCasesEndToEnd::importReadsTheLinesAfterThePasswordOnStandardInput()
{
    test::TestDataDir dir;
    dir.setUpWithAllRoles(SystemClock::instance());
    const Run run = ctl(test::words("case import -") + signIn(Role::Clerk) + dataDir(dir),
                        password(Role::Clerk) + goodLines() + "\nnot json\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("line 4: not a JSON object")), qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("Imported 2 case")));
}

void TestCtlCasesEndToEnd::importIsForClerksOnly()
{
    test::TestDataDir dir;
    dir.setUpWithAllRoles(SystemClock::instance());
    const Run run = ctl(test::words("case import -") + signIn(Role::Supervisor) + dataDir(dir),
                        password(Role::Supervisor) + goodLines());
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(column(dir, QStringLiteral("SELECT count(*) FROM cases")),
             QStringList {QStringLiteral("0")});
}

void TestCtlCasesEndToEnd::exportedCasesImportIntoAnotherWorkstationUnchanged()
{
    const QString path = m_files.filePath(QStringLiteral("all.jsonl"));
    const Run exported = ctl(QStringList {QStringLiteral("case"), QStringLiteral("export"), path}
                                 + signIn(Role::Clerk) + dataDir(m_demo),
                             password(Role::Clerk));
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 300);

    test::TestDataDir other;
    other.setUpWithAllRoles(SystemClock::instance());
    const Run imported = ctl(QStringList {QStringLiteral("case"), QStringLiteral("import"), path}
                                 + signIn(Role::Clerk) + dataDir(other),
                             password(Role::Clerk));
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(imported.out.contains(QStringLiteral("Imported 300 case")));

    const Run again = ctl(test::words("case export") + signIn(Role::Clerk) + dataDir(other),
                          password(Role::Clerk));
    QCOMPARE(again.exitCode, 0);
    const QList<QByteArray> reimported = again.out.toUtf8().trimmed().split('\n');
    QCOMPARE(reimported.size(), lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(importedPart(reimported.at(i)), importedPart(lines.at(i)));
        // An imported case is a new intake of the other workstation.
        QCOMPARE(QJsonDocument::fromJson(reimported.at(i)).object().value(QLatin1String("status")),
                 QJsonValue(QStringLiteral("received")));
    }
    QCOMPARE(column(m_demo,
                    QStringLiteral("SELECT count(*) FROM audit_journal WHERE action = "
                                   "'case.export'")),
             QStringList {QStringLiteral("1")});
}

void TestCtlCasesEndToEnd::exportChoosesByStatusAndTypeAndKeepsTheFilePrivate()
{
    const QString path = m_files.filePath(QStringLiteral("closed.jsonl"));
    const Run run = ctl(QStringList {QStringLiteral("case"), QStringLiteral("export"), path}
                            + test::words("--status closed --type passport-application")
                            + signIn(Role::Supervisor) + dataDir(m_demo),
                        password(Role::Supervisor));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Personal data: readable by its owner alone.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QVERIFY(QFile::permissions(path).testFlag(QFileDevice::ReadOwner));
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QVERIFY(lines.size() > 10);
    for (const QByteArray& line : lines) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QCOMPARE(object.value(QLatin1String("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(object.value(QLatin1String("caseType")).toString(),
                 QStringLiteral("passport-application"));
    }
    const Run unknown =
        ctl(test::words("case export --status lost") + signIn(Role::Supervisor) + dataDir(m_demo),
            password(Role::Supervisor));
    QCOMPARE(unknown.exitCode, 2);
}

void TestCtlCasesEndToEnd::searchPrintsTheMatchingCases()
{
    const QStringList picked = column(
        m_demo,
        QStringLiteral("SELECT c.number || '|' || a.id_number || '|' || a.name FROM cases c JOIN "
                       "applicants a ON a.id = c.applicant_id WHERE a.id_kind = 'resident-id' "
                       "ORDER BY c.rowid DESC LIMIT 1"));
    QCOMPARE(picked.size(), 1);
    const QStringList parts = picked.first().split(QLatin1Char('|'));
    const QString number = parts.at(0);

    const Run byNumber =
        ctl(QStringList {QStringLiteral("search"), number} + signIn(Role::Clerk) + dataDir(m_demo),
            password(Role::Clerk));
    QCOMPARE(byNumber.exitCode, 0);
    const QStringList fields = byNumber.out.trimmed().split(QLatin1Char('\t'));
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields.at(0), number);
    QCOMPARE(fields.at(4), parts.at(2));

    const Run bySuffix =
        ctl(QStringList {QStringLiteral("search"), parts.at(1).right(6)}
                + test::words("--limit 300") + signIn(Role::Supervisor) + dataDir(m_demo),
            password(Role::Supervisor));
    QCOMPARE(bySuffix.exitCode, 0);
    QVERIFY2(bySuffix.out.contains(number + QLatin1Char('\t')), qPrintable(bySuffix.out));

    const Run limited =
        ctl(test::words("search 1 --limit 3") + signIn(Role::Clerk) + dataDir(m_demo),
            password(Role::Clerk));
    QCOMPARE(limited.exitCode, 0);
    QVERIFY(limited.out.count(QLatin1Char('\n')) <= 3);

    const Run none = ctl(test::words("search Zzyzx") + signIn(Role::Clerk) + dataDir(m_demo),
                         password(Role::Clerk));
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.isEmpty());
    QVERIFY(none.err.contains(QStringLiteral("No case matches")));
}

void TestCtlCasesEndToEnd::searchIsForRolesThatSeeCases()
{
    const Run secretary =
        ctl(test::words("search 王") + signIn(Role::HearingSecretary) + dataDir(m_demo),
            password(Role::HearingSecretary));
    QCOMPARE(secretary.exitCode, 4);
    const Run empty =
        ctl(test::words("search") + signIn(Role::Clerk) + dataDir(m_demo), password(Role::Clerk));
    QCOMPARE(empty.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCtlCasesEndToEnd)
#include "tst_ctl_cases_e2e.moc"
