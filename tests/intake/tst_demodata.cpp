#include "intake/CaseRepository.h"
#include "intake/CaseTypeLoader.h"
#include "intake/CaseValidator.h"
#include "intake/DemoData.h"
#include "intake/Validators.h"
#include "store/AuditJournal.h"
#include "store/Database.h"
#include "store/Workstation.h"
#include "support/FakeClock.h"
#include "support/IntakeFixtures.h"
#include "support/TestDataDir.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>

using namespace casedesk;

// The demo generator against the real encrypted store: what it writes must be as valid as
// what a clerk takes in, found by search, numbered without collisions, and never synced.
class TestDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void everyCasePassesItsCaseTypesRules();
    void applicantsHaveValidUniqueNumbersAndPhones();
    void theCasesMixTypesStatusesNamesAndTwoYearsOfIntakeTimes();
    void caseNumbersAreUniqueAndTheDaysSequencesRecorded();
    void aLaterIntakeContinuesTheDaysSequence();
    void aSecondRunContinuesTheSequencesToo();
    void anIntakeDuringTheRunIsNotCollidedWith();
    void searchFindsDemoCases_data();
    void searchFindsDemoCases();
    void attachmentsAreStoredOnceByTheirHash();
    void aRunWritesOneAuditRowAndNoChangeJournalRows();
    void everyReferenceHoldsAndForeignKeysAreCheckedAgain();
    void theSameSeedGivesTheSameCases();
    void onlyAnAdministratorGeneratesDemoCases();
    void aWorkstationWithoutClerksIsToldToAddOne();

private:
    static constexpr int kCases = 3000;

    test::FakeClock m_clock {QDateTime(QDate(2026, 12, 3), QTime(10, 30), Qt::UTC)};
    test::TestDataDir m_dir;
    std::unique_ptr<Workstation> m_station;
    QList<CaseType> m_types;
    Session m_admin;
    Session m_clerk;
    DemoSummary m_summary;
    qint64 m_changeRowsBefore = 0;
    qint64 m_changeRowsAfter = 0;

    [[nodiscard]] const Database& database() const { return *m_station->database(); }
    [[nodiscard]] qint64 count(const QString& sql) const;
    // The cases of a store in intake order, as text that two stores can be compared by.
    [[nodiscard]] static QStringList caseFingerprints(const Database& database);
};

void TestDemoData::initTestCase()
{
    const auto types = CaseTypeLoader::loadShipped();
    QVERIFY2(types.ok(), qPrintable(types ? QString() : types.error().fullText()));
    m_types = types.value();

    m_dir.setUpWithAllRoles(m_clock);
    m_station = m_dir.workstation(m_clock);
    const auto admin = m_station->signIn(QStringLiteral("administrator"),
                                         test::TestDataDir::password(Role::Administrator));
    QVERIFY(admin.ok());
    m_admin = admin.value();
    const auto clerk =
        m_station->signIn(QStringLiteral("clerk"), test::TestDataDir::password(Role::Clerk));
    QVERIFY(clerk.ok());
    m_clerk = clerk.value();

    m_changeRowsBefore = count(QStringLiteral("SELECT count(*) FROM change_journal"));
    const auto generated = DemoData(database(), m_clock, m_types).generate(m_admin, kCases, 7);
    m_changeRowsAfter = count(QStringLiteral("SELECT count(*) FROM change_journal"));
    QVERIFY2(generated.ok(), qPrintable(generated ? QString() : generated.error().fullText()));
    m_summary = generated.value();
    QCOMPARE(m_summary.cases, qint64(kCases));
}

void TestDemoData::cleanupTestCase()
{
    m_station.reset();
}

qint64 TestDemoData::count(const QString& sql) const
{
    QSqlQuery query(database().connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

QStringList TestDemoData::caseFingerprints(const Database& database)
{
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral(
        "SELECT c.case_type, c.status, c.fields, c.fee_fen, c.created_at, a.name, a.id_number "
        "FROM cases c JOIN applicants a ON a.id = c.applicant_id ORDER BY c.rowid"));
    QStringList rows;
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < 7; ++i) {
            columns.append(query.value(i).toString());
        }
        rows.append(columns.join(QLatin1Char('|')));
    }
    return rows;
}

void TestDemoData::everyCasePassesItsCaseTypesRules()
{
    QHash<QString, const CaseType*> types;
    for (const CaseType& type : std::as_const(m_types)) {
        types.insert(type.id(), &type);
    }
    const QDate today = m_clock.now().toLocalTime().date();
    QSqlQuery query(database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT number, case_type, fields, fee_fen FROM cases")));
    int checked = 0;
    while (query.next()) {
        const QString number = query.value(0).toString();
        const CaseType* type = types.value(query.value(1).toString());
        QVERIFY2(type != nullptr, qPrintable(number));
        const QJsonObject fields =
            QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        const CaseValidator validator(*type);
        const QList<FieldIssue> issues = validator.check(fields, today);
        // Not even a warning: demo answers agree with each other, like careful papers do.
        QVERIFY2(issues.isEmpty(),
                 qPrintable(issues.isEmpty() ? QString()
                                             : number + QStringLiteral(" ") + issues.first().field
                                    + QStringLiteral(": ") + issues.first().check.message));
        // Stored as the form would store them.
        QCOMPARE(validator.normalized(fields, today), fields);
        QCOMPARE(query.value(3).toLongLong(), type->feeFen());
        ++checked;
    }
    QCOMPARE(checked, kCases);
}

void TestDemoData::applicantsHaveValidUniqueNumbersAndPhones()
{
    const QDate today = m_clock.now().toLocalTime().date();
    QSqlQuery query(database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id_kind, id_number, phone FROM applicants")));
    QSet<QString> numbers;
    int rows = 0;
    while (query.next()) {
        const QString kind = query.value(0).toString();
        const QString number = query.value(1).toString();
        const FieldCheck check = kind == QStringLiteral("credit-code")
            ? Validators::checkUnifiedSocialCreditCode(number)
            : Validators::checkResidentId(number, today);
        QVERIFY2(check.isOk(), qPrintable(check.message));
        QCOMPARE(check.normalized, number);
        QVERIFY2(Validators::checkMobilePhone(query.value(2).toString()).isOk(),
                 qPrintable(query.value(2).toString()));
        numbers.insert(kind + number);
        ++rows;
    }
    QCOMPARE(numbers.size(), rows);
    QCOMPARE(qint64(rows), m_summary.applicants);
    // Some applicants come back with another case.
    QVERIFY(m_summary.applicants < kCases);
    QVERIFY(m_summary.applicants > kCases / 2);
}

void TestDemoData::theCasesMixTypesStatusesNamesAndTwoYearsOfIntakeTimes()
{
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT case_type) FROM cases")), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT status) FROM cases")), 6);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT taken_in_by) FROM cases")), 1);
    QVERIFY(count(QStringLiteral(
                "SELECT count(*) FROM cases WHERE taken_in_by = (SELECT id FROM users WHERE "
                "role = 'clerk')"))
            == kCases);

    QSqlQuery names(database().connection());
    QVERIFY(
        names.exec(QStringLiteral("SELECT name FROM applicants WHERE id_kind = 'resident-id'")));
    int latin = 0;
    int chinese = 0;
    static const QRegularExpression han(QStringLiteral("^\\p{Han}{2,3}$"));
    static const QRegularExpression roman(QStringLiteral("^[\\p{Latin} ]+$"));
    while (names.next()) {
        const QString name = names.value(0).toString();
        if (han.match(name).hasMatch()) {
            ++chinese;
        } else {
            QVERIFY2(roman.match(name).hasMatch(), qPrintable(name));
            ++latin;
        }
    }
    QVERIFY(latin > 0);
    QVERIFY(chinese > 20 * latin);

    QSqlQuery times(database().connection());
    QVERIFY(times.exec(QStringLiteral("SELECT created_at, updated_at FROM cases")));
    const QDateTime now = m_clock.now();
    QDateTime earliest = now;
    while (times.next()) {
        const QString text = times.value(0).toString();
        const QDateTime created = QDateTime::fromString(text, Qt::ISODateWithMs);
        QVERIFY2(created.isValid(), qPrintable(text));
        // Exactly the text CaseRepository writes for the same moment.
        QCOMPARE(created.toUTC().toString(Qt::ISODateWithMs), text);
        QVERIFY(created <= now);
        QVERIFY(times.value(1).toString() >= text);
        earliest = std::min(earliest, created);
    }
    QVERIFY(earliest < now.addDays(-700));
    QVERIFY(earliest >= now.addDays(-731));
}

void TestDemoData::caseNumbersAreUniqueAndTheDaysSequencesRecorded()
{
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT number) FROM cases")), qint64(kCases));
    QSqlQuery device(database().connection());
    QVERIFY(device.exec(QStringLiteral("SELECT device_id FROM device")) && device.next());
    const QString deviceId = device.value(0).toString();

    QSqlQuery cases(database().connection());
    QVERIFY(cases.exec(QStringLiteral("SELECT number, created_at FROM cases ORDER BY rowid")));
    QHash<QString, qint64> lastOfDay;
    while (cases.next()) {
        const QString number = cases.value(0).toString();
        const QDate day = QDateTime::fromString(cases.value(1).toString(), Qt::ISODateWithMs)
                              .toLocalTime()
                              .date();
        const qint64 sequence = number.section(QLatin1Char('-'), 3).toLongLong();
        QCOMPARE(number, CaseRepository::provisionalNumber(deviceId, day, sequence));
        // Each day counts up from 1 in the order of intake.
        QCOMPARE(sequence, lastOfDay.value(day.toString(Qt::ISODate)) + 1);
        lastOfDay.insert(day.toString(Qt::ISODate), sequence);
    }
    QSqlQuery days(database().connection());
    QVERIFY(days.exec(QStringLiteral("SELECT day, last_sequence FROM case_number_days")));
    int recorded = 0;
    while (days.next()) {
        QCOMPARE(days.value(1).toLongLong(), lastOfDay.value(days.value(0).toString()));
        ++recorded;
    }
    QCOMPARE(recorded, lastOfDay.size());
}

void TestDemoData::aLaterIntakeContinuesTheDaysSequence()
{
    // The clerk takes in a case on the last day of demo intakes, after them.
    QSqlQuery latest(database().connection());
    QVERIFY(latest.exec(QStringLiteral("SELECT max(created_at) FROM cases")) && latest.next());
    const QDate day =
        QDateTime::fromString(latest.value(0).toString(), Qt::ISODateWithMs).toLocalTime().date();
    const qint64 last =
        count(QStringLiteral("SELECT last_sequence FROM case_number_days WHERE day = '%1'")
                  .arg(day.toString(Qt::ISODate)));
    QVERIFY(last > 0);
    const QDateTime now = m_clock.now();
    m_clock.set(std::min(now, QDateTime(day, QTime(17, 45), Qt::LocalTime).toUTC()));
    const auto restoreClock = qScopeGuard([&] { m_clock.set(now); });

    IntakeInput input;
    input.caseType = QStringLiteral("pension-enrolment");
    input.applicant = {QUuid(),
                       QStringLiteral("张伟明"),
                       QStringLiteral("resident-id"),
                       QStringLiteral("11010519491231002X"),
                       QStringLiteral("13912345678"),
                       0};
    const auto taken = CaseRepository(database(), m_clock).takeIn(m_clerk, input);
    QVERIFY2(taken.ok(), qPrintable(taken ? QString() : taken.error().fullText()));
    QCOMPARE(taken.value().number.section(QLatin1Char('-'), 3).toLongLong(), last + 1);
}

void TestDemoData::aSecondRunContinuesTheSequencesToo()
{
    test::TestDataDir dir;
    dir.setUpWithAllRoles(m_clock);
    const auto station = dir.workstation(m_clock);
    const auto admin = station->signIn(QStringLiteral("administrator"),
                                       test::TestDataDir::password(Role::Administrator));
    QVERIFY(admin.ok());
    DemoData demo(*station->database(), m_clock, m_types);
    QVERIFY(demo.generate(admin.value(), 400, 1).ok());
    // The same seed again draws the same people: they must not collide with the first run's.
    const auto again = demo.generate(admin.value(), 400, 1);
    QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().fullText()));
    QSqlQuery query(station->database()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*), count(DISTINCT number) FROM cases")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 800);
    QCOMPARE(query.value(1).toInt(), 800);
}

void TestDemoData::anIntakeDuringTheRunIsNotCollidedWith()
{
    // Late in a working day, so that the run has plenty of cases for today.
    test::FakeClock clock(QDateTime(QDate(2026, 12, 3), QTime(17, 0), Qt::LocalTime).toUTC());
    test::TestDataDir dir;
    dir.setUpWithAllRoles(clock);
    const auto station = dir.workstation(clock);
    const auto admin = station->signIn(QStringLiteral("administrator"),
                                       test::TestDataDir::password(Role::Administrator));
    const auto clerk =
        station->signIn(QStringLiteral("clerk"), test::TestDataDir::password(Role::Clerk));
    QVERIFY(admin.ok() && clerk.ok());

    // A clerk takes in a case today after the first batch, before the run reaches today.
    DemoData demo(*station->database(), clock, m_types);
    demo.setBatchCases(500);
    QString takenNumber;
    const auto generated = demo.generate(admin.value(), 4000, 3, [&](qint64 written) {
        if (written != 500) {
            return;
        }
        IntakeInput input;
        input.caseType = QStringLiteral("pension-enrolment");
        input.applicant = {QUuid(),
                           QStringLiteral("李娜"),
                           QStringLiteral("resident-id"),
                           QStringLiteral("440304199003072136"),
                           QString(),
                           0};
        const auto taken = CaseRepository(*station->database(), clock).takeIn(clerk.value(), input);
        if (taken) {
            takenNumber = taken.value().number;
        }
    });
    QVERIFY2(generated.ok(), qPrintable(generated ? QString() : generated.error().fullText()));
    QVERIFY(takenNumber.endsWith(QStringLiteral("-0001")));

    const QString today = clock.now().toLocalTime().date().toString(QStringLiteral("yyyyMMdd"));
    QSqlQuery query(station->database()->connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT number FROM cases WHERE number LIKE '%-%1-%' ORDER BY "
                                  "number")
                       .arg(today)));
    QStringList numbers;
    while (query.next()) {
        numbers.append(query.value(0).toString());
    }
    QVERIFY(numbers.size() > 1);
    // The day's numbers run from 1 without a gap or a repeat: the demo cases moved up by one.
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        QCOMPARE(numbers.at(i).section(QLatin1Char('-'), 3).toLongLong(), qint64(i + 1));
    }
    QVERIFY(query.exec(QStringLiteral("SELECT last_sequence FROM case_number_days WHERE day = '%1'")
                           .arg(clock.now().toLocalTime().date().toString(Qt::ISODate))));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), qint64(numbers.size()));
    // The renumbered cases are found by their new numbers.
    QCOMPARE(test::searchHits(*station->database(), clerk.value(), numbers.last()).size(), 1);
}

void TestDemoData::searchFindsDemoCases_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("kind");
    QTest::newRow("whole Chinese name") << QStringLiteral("a.name") << QStringLiteral("whole");
    QTest::newRow("given name") << QStringLiteral("a.name") << QStringLiteral("given");
    QTest::newRow("Latin surname") << QStringLiteral("a.name") << QStringLiteral("latin");
    QTest::newRow("id number") << QStringLiteral("a.id_number") << QStringLiteral("whole");
    QTest::newRow("last 4 id digits") << QStringLiteral("a.id_number") << QStringLiteral("last4");
    QTest::newRow("last 6 phone digits") << QStringLiteral("a.phone") << QStringLiteral("last6");
    QTest::newRow("case number") << QStringLiteral("c.number") << QStringLiteral("whole");
}

void TestDemoData::searchFindsDemoCases()
{
    QFETCH(QString, column);
    QFETCH(QString, kind);
    const QString where = kind == QStringLiteral("latin")
        ? QStringLiteral("a.id_number LIKE '8%'")
        : QStringLiteral("a.id_kind = 'resident-id' AND a.id_number NOT LIKE '8%' AND "
                         "length(a.name) = 3");
    QSqlQuery pick(database().connection());
    QVERIFY(pick.exec(QStringLiteral("SELECT c.id, %1 FROM cases c JOIN applicants a ON a.id = "
                                     "c.applicant_id WHERE %2 ORDER BY c.rowid LIMIT 5")
                          .arg(column, where)));
    int searched = 0;
    while (pick.next()) {
        const QUuid id = QUuid::fromString(pick.value(0).toString());
        const QString value = pick.value(1).toString();
        QString query = value;
        if (kind == QStringLiteral("given")) {
            query = value.mid(1);
        } else if (kind == QStringLiteral("latin")) {
            query = value.section(QLatin1Char(' '), -1).toLower();
        } else if (kind == QStringLiteral("last4")) {
            query = value.right(4);
        } else if (kind == QStringLiteral("last6")) {
            query = value.right(6);
        }
        QVERIFY2(test::searchHits(database(), m_clerk, query).contains(id), qPrintable(kind));
        ++searched;
    }
    QVERIFY(searched > 0);
}

void TestDemoData::attachmentsAreStoredOnceByTheirHash()
{
    QVERIFY(m_summary.attachments > kCases / 10);
    QVERIFY(m_summary.files > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachments")), m_summary.attachments);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_files")), m_summary.files);
    // Many cases share each file, which is kept once.
    QVERIFY(m_summary.files * 10 < m_summary.attachments);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachments WHERE sha256 NOT IN (SELECT "
                                  "sha256 FROM attachment_files)")),
             0);

    QSqlQuery files(database().connection());
    QVERIFY(files.exec(QStringLiteral(
        "SELECT sha256, media_type, size, page_count, content FROM attachment_files")));
    while (files.next()) {
        const QByteArray content = files.value(4).toByteArray();
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()),
                 files.value(0).toString());
        QCOMPARE(files.value(2).toLongLong(), qint64(content.size()));
        QVERIFY(files.value(3).toInt() >= 1);
        if (files.value(1).toString() == QStringLiteral("application/pdf")) {
            QVERIFY(content.startsWith("%PDF-1.4\n"));
            QVERIFY(content.endsWith("%%EOF\n"));
        } else {
            QCOMPARE(files.value(1).toString(), QStringLiteral("image/png"));
            QVERIFY(content.startsWith("\x89PNG\r\n\x1a\n"));
        }
    }

    // A document that accepts only PDFs never gets a PNG.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachments WHERE document = "
                                  "'change_application_form' AND file_name NOT LIKE '%.pdf'")),
             0);
}

void TestDemoData::aRunWritesOneAuditRowAndNoChangeJournalRows()
{
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_journal WHERE action = "
                                  "'case.demo-generate'")),
             1);
    QCOMPARE(m_changeRowsAfter, m_changeRowsBefore);
    const auto verified = AuditJournal(database(), m_clock).verify();
    QVERIFY(verified.ok() && verified.value().intact());
    // The run writes with a rollback journal and leaves the store in WAL as it found it.
    QSqlQuery mode(database().connection());
    QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
    QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
}

void TestDemoData::everyReferenceHoldsAndForeignKeysAreCheckedAgain()
{
    // The run writes without checking references one by one; every one of them holds.
    QSqlQuery check(database().connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY2(!check.next(),
             qPrintable(check.isValid() ? check.value(0).toString() : QStringLiteral("?")));
    // And the connection checks them again afterwards.
    QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_keys")) && check.next());
    QCOMPARE(check.value(0).toInt(), 1);
}

void TestDemoData::theSameSeedGivesTheSameCases()
{
    QList<QStringList> runs;
    for (quint64 seed : {11, 11, 12}) {
        test::TestDataDir dir;
        dir.setUpWithAllRoles(m_clock);
        const auto station = dir.workstation(m_clock);
        const auto admin = station->signIn(QStringLiteral("administrator"),
                                           test::TestDataDir::password(Role::Administrator));
        QVERIFY(admin.ok());
        QVERIFY(
            DemoData(*station->database(), m_clock, m_types).generate(admin.value(), 300, seed));
        runs.append(caseFingerprints(*station->database()));
    }
    QCOMPARE(runs.at(0).size(), 300);
    QCOMPARE(runs.at(0), runs.at(1));
    QVERIFY(runs.at(0) != runs.at(2));
}

void TestDemoData::onlyAnAdministratorGeneratesDemoCases()
{
    const qint64 cases = count(QStringLiteral("SELECT count(*) FROM cases"));
    const auto refused = DemoData(database(), m_clock, m_types).generate(m_clerk, 10, 1);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::PermissionDenied);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases")), cases);
}

void TestDemoData::aWorkstationWithoutClerksIsToldToAddOne()
{
    test::TestDataDir dir;
    const auto setUp = Workstation::setUp(dir.directory(),
                                          m_clock,
                                          QStringLiteral("Test Office"),
                                          QStringLiteral("chief"),
                                          QStringLiteral("correct horse staple 9"),
                                          Argon2idParams::interactive());
    QVERIFY(setUp.ok());
    const auto station = dir.workstation(m_clock);
    const auto admin =
        station->signIn(QStringLiteral("chief"), QStringLiteral("correct horse staple 9"));
    QVERIFY(admin.ok());
    const auto refused =
        DemoData(*station->database(), m_clock, m_types).generate(admin.value(), 10, 1);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message().contains(QStringLiteral("clerk")),
             qPrintable(refused.error().message()));
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
