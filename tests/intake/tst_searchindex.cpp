#include "intake/CaseRepository.h"
#include "intake/SearchIndex.h"
#include "intake/SearchTokens.h"
#include "store/Database.h"
#include "store/Workstation.h"
#include "support/FakeClock.h"
#include "support/IntakeFixtures.h"
#include "support/TestDataDir.h"

#include <QSqlQuery>
#include <QTest>

using namespace casedesk;

// Making the search index again after an update, against the real encrypted store.
class TestSearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void aNewStoreIsCurrentAndNothingIsIndexedAgain();
    void anEmptiedIndexIsFilledFromEveryCase();
    void tokensOfTheOldIndexAreGone();

private:
    test::FakeClock m_clock {QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC)};
    test::TestDataDir m_dir;
    std::unique_ptr<Workstation> m_station;
    Session m_clerk;

    void takeIn(const QString& name, const QString& idNumber, const QString& phone);
    int found(const QString& query) const;
    qint64 count(const QString& sql) const;
    // What a migration that changes the tokens does: an empty index, no version.
    void emptyTheIndexAsAnUpdateWould() const;
};

void TestSearchIndex::initTestCase()
{
    m_dir.setUpWithAllRoles(m_clock);
}

void TestSearchIndex::init()
{
    m_station = m_dir.workstation(m_clock);
    const auto clerk =
        m_station->signIn(QStringLiteral("clerk"), test::TestDataDir::password(Role::Clerk));
    QVERIFY(clerk.ok());
    m_clerk = clerk.value();
}

void TestSearchIndex::cleanup()
{
    m_station.reset();
}

void TestSearchIndex::takeIn(const QString& name, const QString& idNumber, const QString& phone)
{
    const auto taken = CaseRepository(*m_station->database(), m_clock)
                           .takeIn(m_clerk, test::pensionIntake(name, idNumber, phone));
    QVERIFY2(taken.ok(), qPrintable(taken ? QString() : taken.error().fullText()));
}

int TestSearchIndex::found(const QString& query) const
{
    return int(test::searchHits(*m_station->database(), m_clerk, query).size());
}

qint64 TestSearchIndex::count(const QString& sql) const
{
    QSqlQuery query(m_station->database()->connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

void TestSearchIndex::emptyTheIndexAsAnUpdateWould() const
{
    const Database& database = *m_station->database();
    QVERIFY(database.exec(QStringLiteral("DROP TABLE case_search")).ok());
    QVERIFY(database
                .exec(QStringLiteral("CREATE VIRTUAL TABLE case_search USING fts4 (content=\"\", "
                                     "matchinfo=fts3, tokens)"))
                .ok());
    QVERIFY(database.exec(QStringLiteral("DELETE FROM search_index_state")).ok());
}

void TestSearchIndex::aNewStoreIsCurrentAndNothingIsIndexedAgain()
{
    SearchIndex index(*m_station->database(), m_clock);
    QCOMPARE(index.isCurrent().value(), true);
    takeIn(QStringLiteral("李秀英"), QStringLiteral("110101195001010015"), QString());
    bool called = false;
    const auto indexed = index.bringUpToDate([&called](qint64, qint64) { called = true; });
    QVERIFY(indexed.ok());
    QCOMPARE(indexed.value(), 0);
    QVERIFY(!called);
    QCOMPARE(found(QStringLiteral("李秀英")), 1);
}

void TestSearchIndex::anEmptiedIndexIsFilledFromEveryCase()
{
    takeIn(QStringLiteral("欧阳娜娜"),
           QStringLiteral("110105198803150028"),
           QStringLiteral("13800138000"));
    takeIn(QStringLiteral("Chan Tai Man"), QStringLiteral("440304197507210031"), QString());
    const qint64 cases = count(QStringLiteral("SELECT count(*) FROM cases"));
    QVERIFY(cases >= 2);

    emptyTheIndexAsAnUpdateWould();
    QCOMPARE(found(QStringLiteral("欧阳")), 0);
    SearchIndex index(*m_station->database(), m_clock);
    QCOMPARE(index.isCurrent().value(), false);

    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    const auto indexed = index.bringUpToDate([&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
    });
    QVERIFY2(indexed.ok(), qPrintable(indexed ? QString() : indexed.error().fullText()));
    QCOMPARE(indexed.value(), cases);
    QCOMPARE(lastDone, cases);
    QCOMPARE(lastTotal, cases);
    QCOMPARE(index.isCurrent().value(), true);
    QCOMPARE(count(QStringLiteral("SELECT tokens_version FROM search_index_state")),
             qint64(SearchTokens::kVersion));

    // Found by name, by the last digits of the id number, by phone and by case number.
    QCOMPARE(found(QStringLiteral("欧阳")), 1);
    QCOMPARE(found(QStringLiteral("chan")), 1);
    QCOMPARE(found(QStringLiteral("0031")), 1);
    QCOMPARE(found(QStringLiteral("13800138000")), 1);
    QSqlQuery number(m_station->database()->connection());
    QVERIFY(number.exec(QStringLiteral("SELECT number FROM cases ORDER BY rowid DESC LIMIT 1"))
            && number.next());
    QCOMPARE(found(number.value(0).toString()), 1);

    // A second start finds it current.
    QCOMPARE(index.bringUpToDate().value(), 0);
}

void TestSearchIndex::tokensOfTheOldIndexAreGone()
{
    takeIn(QStringLiteral("司马光"), QStringLiteral("110108196002020018"), QString());
    // An index made by an older SearchTokens, holding a token this version no longer makes.
    const Database& database = *m_station->database();
    QVERIFY(database
                .exec(QStringLiteral("INSERT INTO case_search (docid, tokens) SELECT rowid, "
                                     "'oldstyle' FROM cases ORDER BY rowid DESC LIMIT 1"))
                .ok());
    QVERIFY(database.exec(QStringLiteral("DELETE FROM search_index_state")).ok());
    QCOMPARE(found(QStringLiteral("oldstyle")), 1);

    const auto indexed = SearchIndex(database, m_clock).bringUpToDate();
    QVERIFY2(indexed.ok(), qPrintable(indexed ? QString() : indexed.error().fullText()));
    QCOMPARE(indexed.value(), count(QStringLiteral("SELECT count(*) FROM cases")));
    QCOMPARE(found(QStringLiteral("oldstyle")), 0);
    QCOMPARE(found(QStringLiteral("司马光")), 1);
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
