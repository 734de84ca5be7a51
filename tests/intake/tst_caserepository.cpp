#include "intake/CaseRepository.h"
#include "store/AuditJournal.h"
#include "store/ChangeJournal.h"
#include "store/Database.h"
#include "store/Workstation.h"
#include "support/FakeClock.h"
#include "support/IntakeFixtures.h"
#include "support/TestDataDir.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace casedesk;

// Taking in cases at the counter and moving them on, against the real encrypted store.
class TestCaseRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void aTakenInCaseGetsAProvisionalNumberAndItsJournals();
    void numbersCountUpWithinADayAndStartAgainTheNextDay();
    void aReturningApplicantIsFoundByTheirNumberAndNotDuplicated();
    void onlyAClerkTakesInCases();
    void incompleteInputIsRefusedAndNothingIsWritten();
    void openingACaseIsAudited();
    void aCaseMovesThroughItsStatusesWithTheRightRoles();
    void exportHandsOverCasesOldestFirstAndIsAudited();
    void searchFindsCasesByNameIdNumberPhoneAndNumber_data();
    void searchFindsCasesByNameIdNumberPhoneAndNumber();

private:
    test::FakeClock m_clock {QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC)};
    test::TestDataDir m_dir;
    std::unique_ptr<Workstation> m_station;
    std::unique_ptr<CaseRepository> m_cases;
    Session m_clerk;
    Session m_supervisor;

    qint64 count(const QString& sql) const;
};

void TestCaseRepository::initTestCase()
{
    m_dir.setUpWithAllRoles(m_clock);
}

void TestCaseRepository::init()
{
    m_station = m_dir.workstation(m_clock);
    const auto supervisor = m_station->signIn(QStringLiteral("supervisor"),
                                              test::TestDataDir::password(Role::Supervisor));
    QVERIFY(supervisor.ok());
    m_supervisor = supervisor.value();
    const auto clerk =
        m_station->signIn(QStringLiteral("clerk"), test::TestDataDir::password(Role::Clerk));
    QVERIFY(clerk.ok());
    m_clerk = clerk.value();
    m_cases = std::make_unique<CaseRepository>(*m_station->database(), m_clock);
}

void TestCaseRepository::cleanup()
{
    m_cases.reset();
    m_station.reset();
}

qint64 TestCaseRepository::count(const QString& sql) const
{
    QSqlQuery query(m_station->database()->connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

void TestCaseRepository::aTakenInCaseGetsAProvisionalNumberAndItsJournals()
{
    const qint64 audits = count(QStringLiteral("SELECT count(*) FROM audit_journal"));
    const qint64 changes = count(QStringLiteral("SELECT count(*) FROM change_journal"));
    const auto taken = m_cases->takeIn(
        m_clerk,
        test::pensionIntake(QStringLiteral("张伟明"), QStringLiteral("11010519491231002X")));
    QVERIFY2(taken.ok(), qPrintable(taken ? QString() : taken.error().fullText()));
    QVERIFY(taken.value().number.startsWith(QStringLiteral("P-")));
    QVERIFY(taken.value().number.endsWith(QStringLiteral("-20261203-0001")));
    QCOMPARE(taken.value().status, CaseStatus::Received);
    QCOMPARE(taken.value().takenInBy, m_clerk.userId);

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_journal")), audits + 1);
    // One row for the new applicant, one for the case.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_journal")), changes + 2);
    QVERIFY(AuditJournal(*m_station->database(), m_clock).verify().value().intact());
}

void TestCaseRepository::numbersCountUpWithinADayAndStartAgainTheNextDay()
{
    m_clock.set(QDateTime(QDate(2026, 12, 10), QTime(9, 0), Qt::UTC));
    const auto first = m_cases->takeIn(
        m_clerk, test::pensionIntake(QStringLiteral("王芳"), QStringLiteral("440305198807150022")));
    const auto second = m_cases->takeIn(
        m_clerk, test::pensionIntake(QStringLiteral("王芳"), QStringLiteral("440305198807150022")));
    m_clock.set(QDateTime(QDate(2026, 12, 11), QTime(9, 0), Qt::UTC));
    const auto third = m_cases->takeIn(
        m_clerk, test::pensionIntake(QStringLiteral("王芳"), QStringLiteral("440305198807150022")));
    QVERIFY(first.ok() && second.ok() && third.ok());
    QVERIFY(first.value().number.endsWith(QStringLiteral("-20261210-0001")));
    QVERIFY(second.value().number.endsWith(QStringLiteral("-20261210-0002")));
    QVERIFY(third.value().number.endsWith(QStringLiteral("-20261211-0001")));
}

void TestCaseRepository::aReturningApplicantIsFoundByTheirNumberAndNotDuplicated()
{
    const QString idNumber = QStringLiteral("110101199003074514");
    QVERIFY(m_cases
                ->takeIn(m_clerk,
                         test::pensionIntake(
                             QStringLiteral("张伟"), idNumber, QStringLiteral("13912345678")))
                .ok());
    const auto found = m_cases->findApplicant(QStringLiteral("resident-id"), idNumber);
    QVERIFY(found.ok() && found.value().has_value());
    QCOMPARE(found.value()->name, QStringLiteral("张伟"));
    QCOMPARE(found.value()->phone, QStringLiteral("13912345678"));

    // The same person comes back with a new phone number.
    QVERIFY(m_cases
                ->takeIn(m_clerk,
                         test::pensionIntake(
                             QStringLiteral("张伟"), idNumber, QStringLiteral("13800001111")))
                .ok());
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM applicants WHERE id_number = '110101199003074514'")),
             1);
    const auto updated = m_cases->findApplicant(QStringLiteral("resident-id"), idNumber);
    QCOMPARE(updated.value()->phone, QStringLiteral("13800001111"));
    QCOMPARE(updated.value()->version, 2);
}

void TestCaseRepository::onlyAClerkTakesInCases()
{
    const auto refused = m_cases->takeIn(
        m_supervisor,
        test::pensionIntake(QStringLiteral("李娜"), QStringLiteral("320102198001011234")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::PermissionDenied);
}

void TestCaseRepository::incompleteInputIsRefusedAndNothingIsWritten()
{
    const qint64 cases = count(QStringLiteral("SELECT count(*) FROM cases"));
    IntakeInput noName = test::pensionIntake(QString(), QStringLiteral("320102198001011234"));
    IntakeInput badKind =
        test::pensionIntake(QStringLiteral("李娜"), QStringLiteral("320102198001011234"));
    badKind.applicant.idKind = QStringLiteral("library-card");
    IntakeInput negativeFee =
        test::pensionIntake(QStringLiteral("李娜"), QStringLiteral("320102198001011234"));
    negativeFee.feeFen = -100;
    for (const IntakeInput& input : {noName, badKind, negativeFee}) {
        const auto refused = m_cases->takeIn(m_clerk, input);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), ErrorKind::InvalidInput);
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases")), cases);
}

void TestCaseRepository::openingACaseIsAudited()
{
    const auto taken = m_cases->takeIn(
        m_clerk, test::pensionIntake(QStringLiteral("赵敏"), QStringLiteral("11010519491231002X")));
    QVERIFY(taken.ok());
    const qint64 opens =
        count(QStringLiteral("SELECT count(*) FROM audit_journal WHERE action = 'case.open'"));
    const auto opened = m_cases->open(m_supervisor, taken.value().id);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value().number, taken.value().number);
    QCOMPARE(opened.value().fields.value(QStringLiteral("insurance_type")).toString(),
             QStringLiteral("urban-rural"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_journal WHERE action = 'case.open'")),
             opens + 1);

    const auto secretary = m_station->signIn(QStringLiteral("hearing-secretary"),
                                             test::TestDataDir::password(Role::HearingSecretary));
    QCOMPARE(m_cases->open(secretary.value(), taken.value().id).error().kind(),
             ErrorKind::PermissionDenied);
    QCOMPARE(m_cases->open(m_clerk, QUuid::createUuid()).error().kind(), ErrorKind::NotFound);
}

void TestCaseRepository::aCaseMovesThroughItsStatusesWithTheRightRoles()
{
    const auto taken = m_cases->takeIn(
        m_clerk, test::pensionIntake(QStringLiteral("钱七"), QStringLiteral("11010519491231002X")));
    QVERIFY(taken.ok());
    const QUuid id = taken.value().id;
    QCOMPARE(m_cases->moveStatus(m_clerk, id, CaseStatus::Approved).error().kind(),
             ErrorKind::InvalidInput);
    QVERIFY(m_cases->moveStatus(m_clerk, id, CaseStatus::Checked).ok());
    QVERIFY(m_cases->moveStatus(m_clerk, id, CaseStatus::AwaitingApproval).ok());
    QCOMPARE(m_cases->moveStatus(m_clerk, id, CaseStatus::Approved).error().kind(),
             ErrorKind::PermissionDenied);
    const auto approved = m_cases->moveStatus(m_supervisor, id, CaseStatus::Approved);
    QVERIFY(approved.ok());
    QCOMPARE(approved.value().version, 4);

    const auto entries = ChangeJournal(*m_station->database(), m_clock).unsent(1000);
    const ChangeEntry& last = entries.value().constLast();
    QCOMPARE(last.recordId, id);
    QCOMPARE(last.baseVersion, 3);
    QCOMPARE(last.fields.at(0).newValue.toString(), QStringLiteral("approved"));
}

void TestCaseRepository::exportHandsOverCasesOldestFirstAndIsAudited()
{
    const auto first = m_cases->takeIn(
        m_clerk, test::pensionIntake(QStringLiteral("孙立"), QStringLiteral("11010519491231002X")));
    m_clock.advanceSeconds(60);
    const auto second = m_cases->takeIn(
        m_clerk, test::pensionIntake(QStringLiteral("周洁"), QStringLiteral("440305198807150022")));
    QVERIFY(first.ok() && second.ok());
    QVERIFY(m_cases->moveStatus(m_clerk, second.value().id, CaseStatus::Checked).ok());
    const qint64 exports =
        count(QStringLiteral("SELECT count(*) FROM audit_journal WHERE action = 'case.export'"));

    QStringList numbers;
    const auto all = m_cases->exportCases(
        m_supervisor, {}, QStringLiteral("pension-enrolment"), [&](const CaseRecord& record) {
            numbers.append(record.number);
            return Result<void>::success();
        });
    QVERIFY(all.ok());
    QCOMPARE(all.value(), qint64(numbers.size()));
    QVERIFY(numbers.indexOf(first.value().number) < numbers.indexOf(second.value().number));

    QList<CaseRecord> checked;
    const auto some =
        m_cases->exportCases(m_clerk, QStringLiteral("checked"), {}, [&](const CaseRecord& record) {
            checked.append(record);
            return Result<void>::success();
        });
    QVERIFY(some.ok());
    QVERIFY(std::all_of(checked.cbegin(), checked.cend(), [](const CaseRecord& record) {
        return record.status == CaseStatus::Checked;
    }));
    QVERIFY(std::any_of(checked.cbegin(), checked.cend(), [&](const CaseRecord& record) {
        return record.id == second.value().id && record.fields == second.value().fields;
    }));
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM audit_journal WHERE action = 'case.export'")),
        exports + 2);

    // A failed write stops the export, and the failure is what the caller sees.
    const auto stopped = m_cases->exportCases(m_clerk, {}, {}, [](const CaseRecord&) {
        return Result<void>(Error(ErrorKind::Io, QStringLiteral("disk full")));
    });
    QCOMPARE(stopped.error().kind(), ErrorKind::Io);

    const auto secretary = m_station->signIn(QStringLiteral("hearing-secretary"),
                                             test::TestDataDir::password(Role::HearingSecretary));
    const auto refused = m_cases->exportCases(
        secretary.value(), {}, {}, [](const CaseRecord&) { return Result<void>::success(); });
    QCOMPARE(refused.error().kind(), ErrorKind::PermissionDenied);
}

void TestCaseRepository::searchFindsCasesByNameIdNumberPhoneAndNumber_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::newRow("chinese name") << QStringLiteral("欧阳修") << true;
    QTest::newRow("part of the name") << QStringLiteral("阳修") << true;
    QTest::newRow("id number") << QStringLiteral("320102198001011234") << true;
    QTest::newRow("id number last digits") << QStringLiteral("1234") << true;
    QTest::newRow("phone") << QStringLiteral("13700137000") << true;
    QTest::newRow("somebody else") << QStringLiteral("司马光") << false;
}

void TestCaseRepository::searchFindsCasesByNameIdNumberPhoneAndNumber()
{
    QFETCH(QString, query);
    QFETCH(bool, found);
    const auto taken = m_cases->takeIn(m_clerk,
                                       test::pensionIntake(QStringLiteral("欧阳修"),
                                                           QStringLiteral("320102198001011234"),
                                                           QStringLiteral("13700137000")));
    QVERIFY(taken.ok());
    const Database& database = *m_station->database();
    QCOMPARE(test::searchHits(database, m_clerk, query).contains(taken.value().id), found);
    QVERIFY(
        test::searchHits(database, m_supervisor, taken.value().number).contains(taken.value().id));
}

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_caserepository.moc"
