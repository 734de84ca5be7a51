#include "intake/CaseListModel.h"
#include "intake/CaseRepository.h"
#include "store/Database.h"
#include "store/Workstation.h"
#include "support/FakeClock.h"
#include "support/TestDataDir.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace casedesk;

// The case list over a store with a few pages of cases: every case once, in the order
// asked for, whichever way the view jumps around, and never all of them in memory.
class TestCaseListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void passesTheItemModelTesterThroughFiltersAndSorts();
    void showsTheFirstPageBeforeCountingTheRest();
    void listsEveryCaseOnceNewestFirst();
    void jumpingToTheEndAndBackReadsTheSameRows();
    void sortsByNumberInBothDirections();
    void filtersByStatusTypeClerkAndDay_data();
    void filtersByStatusTypeClerkAndDay();
    void searchListsOnlyTheMatches();
    void holdsOnlyALimitedNumberOfPages();
    void aRoleThatMayNotSeeCasesGetsAnEmptyListAndAReason();
    void refreshShowsNewCases();

private:
    // Small pages, so that the few hundred cases here make many of them and the cache has
    // to let some go.
    static constexpr int kCases = 700;
    static constexpr int kPageSize = 50;
    static constexpr int kCachedPages = 4;

    test::FakeClock m_clock {QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC)};
    test::TestDataDir m_dir;
    std::unique_ptr<Workstation> m_station;
    Session m_clerk;
    Session m_supervisor;
    QStringList m_passportNumbers; // the numbers of the passport cases, in intake order

    [[nodiscard]] QStringList column(CaseListModel& model, int column) const;
    [[nodiscard]] std::unique_ptr<CaseListModel> model(const Session& viewer) const;
    // Waits until the model has counted its rows after a reset.
    static void settle(CaseListModel& list);
};

void TestCaseListModel::initTestCase()
{
    m_dir.setUpWithAllRoles(m_clock);
    m_station = m_dir.workstation(m_clock);
    m_supervisor =
        m_station
            ->signIn(QStringLiteral("supervisor"), test::TestDataDir::password(Role::Supervisor))
            .value();
    m_clerk = m_station->signIn(QStringLiteral("clerk"), test::TestDataDir::password(Role::Clerk))
                  .value();

    // Three cases an hour over several days, every seventh a passport application and every
    // fifth checked, so that pages, days, types and statuses all mix.
    CaseRepository cases(*m_station->database(), m_clock);
    for (int i = 0; i < kCases; ++i) {
        IntakeInput input;
        const bool passport = i % 7 == 0;
        input.caseType =
            passport ? QStringLiteral("passport-application") : QStringLiteral("pension-enrolment");
        input.applicant.name = i == 123 ? QStringLiteral("欧阳修") : QStringLiteral("张伟");
        input.applicant.idKind = QStringLiteral("resident-id");
        input.applicant.idNumber = QStringLiteral("1101051949%1").arg(i, 8, 10, QLatin1Char('0'));
        const auto taken = cases.takeIn(m_clerk, input);
        QVERIFY2(taken.ok(), qPrintable(taken ? QString() : taken.error().fullText()));
        if (passport) {
            m_passportNumbers.append(taken.value().number);
        }
        if (i % 5 == 0) {
            QVERIFY(cases.moveStatus(m_clerk, taken.value().id, CaseStatus::Checked).ok());
        }
        m_clock.advanceSeconds(1200);
    }
}

void TestCaseListModel::cleanupTestCase()
{
    m_station.reset();
}

std::unique_ptr<CaseListModel> TestCaseListModel::model(const Session& viewer) const
{
    auto list = std::make_unique<CaseListModel>(*m_station->database(), viewer);
    list->setPaging(kPageSize, kCachedPages);
    settle(*list);
    return list;
}

void TestCaseListModel::settle(CaseListModel& list)
{
    QVERIFY(QTest::qWaitFor([&list] { return !list.isCounting(); }));
}

QStringList TestCaseListModel::column(CaseListModel& model, int column) const
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values.append(model.index(row, column).data().toString());
    }
    return values;
}

void TestCaseListModel::passesTheItemModelTesterThroughFiltersAndSorts()
{
    auto list = model(m_supervisor);
    QAbstractItemModelTester tester(list.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list->rowCount(), kCases);
    list->sort(CaseListModel::NumberColumn, Qt::AscendingOrder);
    settle(*list);
    list->setFilter({CaseStatus::Checked, {}, {}, {}, {}, {}});
    settle(*list);
    list->setFilter({{}, QStringLiteral("passport-application"), {}, {}, {}, {}});
    settle(*list);
    list->sort(CaseListModel::StatusColumn, Qt::DescendingOrder);
    settle(*list);
    list->setFilter({{}, {}, {}, {}, {}, QStringLiteral("欧阳")});
    settle(*list);
    list->refresh();
    settle(*list);
    QCOMPARE(list->rowCount(), 1);
}

void TestCaseListModel::showsTheFirstPageBeforeCountingTheRest()
{
    CaseListModel list(*m_station->database(), m_clerk);
    list.setPaging(kPageSize, kCachedPages);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&list, &CaseListModel::countFinished);
    QSignalSpy inserted(&list, &QAbstractItemModel::rowsInserted);
    QCOMPARE(list.rowCount(), kPageSize);
    QVERIFY(list.isCounting());
    QVERIFY(!list.index(kPageSize - 1, 0).data().toString().isEmpty());

    QVERIFY(counted.wait());
    QCOMPARE(list.rowCount(), kCases);
    QVERIFY(!list.isCounting());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), kPageSize);
    QCOMPARE(inserted.first().at(2).toInt(), kCases - 1);
}

void TestCaseListModel::listsEveryCaseOnceNewestFirst()
{
    auto list = model(m_clerk);
    QCOMPARE(list->rowCount(), kCases);
    const QStringList received = column(*list, CaseListModel::ReceivedColumn);
    const QStringList numbers = column(*list, CaseListModel::NumberColumn);
    QCOMPARE(QSet<QString>(numbers.cbegin(), numbers.cend()).size(), kCases);
    for (int row = 1; row < kCases; ++row) {
        QVERIFY2(received.at(row - 1) >= received.at(row), qPrintable(QString::number(row)));
    }
    QVERIFY(!list->index(0, 0).data(CaseListModel::CaseIdRole).toUuid().isNull());
    QCOMPARE(list->index(0, CaseListModel::ClerkColumn).data().toString(), QStringLiteral("clerk"));
    QVERIFY(list->errorString().isEmpty());
}

void TestCaseListModel::jumpingToTheEndAndBackReadsTheSameRows()
{
    auto inOrder = model(m_clerk);
    const QStringList expected = column(*inOrder, CaseListModel::NumberColumn);

    // The last page first, then the middle, then the start: each read without neighbours.
    auto jumping = model(m_clerk);
    QStringList seen(kCases);
    for (int row : {kCases - 1, kCases / 2, 0}) {
        seen[row] = jumping->index(row, CaseListModel::NumberColumn).data().toString();
    }
    for (int row = kCases - 1; row >= 0; --row) {
        seen[row] = jumping->index(row, CaseListModel::NumberColumn).data().toString();
    }
    QCOMPARE(seen, expected);
}

void TestCaseListModel::sortsByNumberInBothDirections()
{
    auto list = model(m_clerk);
    list->sort(CaseListModel::NumberColumn, Qt::AscendingOrder);
    settle(*list);
    QStringList ascending = column(*list, CaseListModel::NumberColumn);
    QStringList sorted = ascending;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(ascending, sorted);

    list->sort(CaseListModel::NumberColumn, Qt::DescendingOrder);
    settle(*list);
    std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(column(*list, CaseListModel::NumberColumn), sorted);

    // The applicant column has no index and stays in the order before.
    list->sort(CaseListModel::ApplicantColumn, Qt::AscendingOrder);
    settle(*list);
    QCOMPARE(column(*list, CaseListModel::NumberColumn), sorted);
}

void TestCaseListModel::filtersByStatusTypeClerkAndDay_data()
{
    QTest::addColumn<CaseListFilter>("filter");
    QTest::addColumn<int>("expected");
    QTest::newRow("checked") << CaseListFilter {CaseStatus::Checked, {}, {}, {}, {}, {}}
                             << kCases / 5;
    QTest::newRow("approved") << CaseListFilter {CaseStatus::Approved, {}, {}, {}, {}, {}} << 0;
    QTest::newRow("passports")
        << CaseListFilter {{}, QStringLiteral("passport-application"), {}, {}, {}, {}}
        << (kCases + 6) / 7;
    QTest::newRow("checked passports") << CaseListFilter {CaseStatus::Checked,
                                                          QStringLiteral("passport-application"),
                                                          {},
                                                          {},
                                                          {},
                                                          {}}
                                       << (kCases + 34) / 35;
    // 72 cases a day from 08:00 UTC on 2 November; test runs in any time zone, so count by
    // the day in UTC+0 only when the zone is UTC. The whole span always holds them all.
    QTest::newRow("the whole span")
        << CaseListFilter {{}, {}, {}, QDate(2026, 11, 1), QDate(2026, 11, 30), {}} << kCases;
    QTest::newRow("before the first")
        << CaseListFilter {{}, {}, {}, {}, QDate(2026, 10, 31), {}} << 0;
}

void TestCaseListModel::filtersByStatusTypeClerkAndDay()
{
    QFETCH(CaseListFilter, filter);
    QFETCH(int, expected);
    auto list = model(m_supervisor);
    list->setFilter(filter);
    settle(*list);
    QCOMPARE(list->rowCount(), expected);
    for (int row = 0; row < list->rowCount(); ++row) {
        QVERIFY(!list->index(row, CaseListModel::NumberColumn).data().toString().isEmpty());
        if (filter.status) {
            QCOMPARE(list->index(row, 0).data(CaseListModel::StatusRole).toInt(),
                     int(*filter.status));
        }
    }

    CaseListFilter byClerk = filter;
    byClerk.takenInBy = m_supervisor.userId;
    list->setFilter(byClerk);
    settle(*list);
    QCOMPARE(list->rowCount(), 0);
}

void TestCaseListModel::searchListsOnlyTheMatches()
{
    auto list = model(m_clerk);
    list->setFilter({{}, {}, {}, {}, {}, QStringLiteral("欧阳修")});
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->index(0, CaseListModel::ApplicantColumn).data().toString(),
             QStringLiteral("欧阳修"));

    // A case number found by search, and narrowed further by the type filter.
    const QString number = m_passportNumbers.at(3);
    list->setFilter({{}, {}, {}, {}, {}, number});
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->index(0, CaseListModel::NumberColumn).data().toString(), number);
    list->setFilter({{}, QStringLiteral("pension-enrolment"), {}, {}, {}, number});
    QCOMPARE(list->rowCount(), 0);
}

void TestCaseListModel::holdsOnlyALimitedNumberOfPages()
{
    auto list = model(m_clerk);
    for (int row = 0; row < list->rowCount(); ++row) {
        QVERIFY(list->index(row, 0).data().isValid());
        QVERIFY(list->cachedRowCount() <= kPageSize * kCachedPages);
    }
    QVERIFY(list->cachedRowCount() > 0);
}

void TestCaseListModel::aRoleThatMayNotSeeCasesGetsAnEmptyListAndAReason()
{
    const auto secretary = m_station->signIn(QStringLiteral("hearing-secretary"),
                                             test::TestDataDir::password(Role::HearingSecretary));
    QVERIFY(secretary.ok());
    auto list = model(secretary.value());
    QSignalSpy failed(list.get(), &CaseListModel::readFailed);
    QCOMPARE(list->rowCount(), 0);
    QVERIFY(!list->errorString().isEmpty());
    QTRY_VERIFY(!failed.isEmpty());
    QCOMPARE(failed.constFirst().constFirst().toString(), list->errorString());
}

void TestCaseListModel::refreshShowsNewCases()
{
    auto list = model(m_clerk);
    const int before = list->rowCount();
    IntakeInput input;
    input.caseType = QStringLiteral("pension-enrolment");
    input.applicant = {{},
                       QStringLiteral("司马光"),
                       QStringLiteral("resident-id"),
                       QStringLiteral("110105194912310021"),
                       {},
                       0};
    m_clock.advanceSeconds(3600);
    const auto taken = CaseRepository(*m_station->database(), m_clock).takeIn(m_clerk, input);
    QVERIFY(taken.ok());
    QCOMPARE(list->rowCount(), before);
    list->refresh();
    settle(*list);
    QCOMPARE(list->rowCount(), before + 1);
    QCOMPARE(list->index(0, CaseListModel::NumberColumn).data().toString(), taken.value().number);
}

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
