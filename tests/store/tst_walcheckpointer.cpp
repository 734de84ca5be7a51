#include "store/Database.h"
#include "store/WalCheckpointer.h"
#include "store/Workstation.h"
#include "support/FakeClock.h"
#include "support/TestDataDir.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

using namespace casedesk;

// The desk's log checkpoints happen from the event loop between saves, not inside them.
class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commitsLeaveTheLogAloneAndTheTimerMovesIt();
    void nothingIsMovedInsideATransaction();
    void theDeskWorkstationCheckpointsBetweenSavesAndStopsOnClose();

private:
    test::FakeClock m_clock;
    test::TestDataDir m_dir;

    [[nodiscard]] static bool insertRows(const Database& database, int rows);
    // What a passive checkpoint finds in the log now: frames in it, frames already moved.
    [[nodiscard]] static std::pair<int, int> logState(const Database& database);
};

void TestWalCheckpointer::initTestCase()
{
    m_dir.setUpWithAllRoles(m_clock);
}

bool TestWalCheckpointer::insertRows(const Database& database, int rows)
{
    if (!database.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS filler (text TEXT)"))) {
        return false;
    }
    QSqlQuery insert(database.connection());
    insert.prepare(QStringLiteral("INSERT INTO filler VALUES (?)"));
    for (int row = 0; row < rows; ++row) {
        insert.addBindValue(QString(2000, QLatin1Char('x')));
        if (!insert.exec()) {
            return false;
        }
    }
    return true;
}

std::pair<int, int> TestWalCheckpointer::logState(const Database& database)
{
    int log = -1;
    int moved = -1;
    sqlite3_wal_checkpoint_v2(database.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &log, &moved);
    return {log, moved};
}

void TestWalCheckpointer::commitsLeaveTheLogAloneAndTheTimerMovesIt()
{
    const auto station = m_dir.workstation(m_clock);
    QVERIFY(station->signIn(QStringLiteral("clerk"), test::TestDataDir::password(Role::Clerk)));
    const Database& database = *station->database();
    WalCheckpointer checkpointer(database);
    QSignalSpy moved(&checkpointer, &WalCheckpointer::checkpointed);

    // Without the checkpointer SQLite would have checkpointed inside a commit after 1000
    // pages.
    QVERIFY(insertRows(database, 3000));
    QVERIFY(moved.isEmpty());
    QVERIFY(moved.wait(WalCheckpointer::kIntervalMs * 3));
    QVERIFY(moved.first().first().toInt() > 1000);
    const auto [log, checkpointed] = logState(database);
    QCOMPARE(checkpointed, log);
}

void TestWalCheckpointer::nothingIsMovedInsideATransaction()
{
    const auto station = m_dir.workstation(m_clock);
    QVERIFY(station->signIn(QStringLiteral("clerk"), test::TestDataDir::password(Role::Clerk)));
    const Database& database = *station->database();
    WalCheckpointer checkpointer(database);
    QVERIFY(insertRows(database, 50));
    Transaction transaction(database);
    QVERIFY(transaction.begin());
    QCOMPARE(checkpointer.checkpoint(), 0);
    QVERIFY(transaction.commit());
    QVERIFY(checkpointer.checkpoint() > 0);
}

void TestWalCheckpointer::theDeskWorkstationCheckpointsBetweenSavesAndStopsOnClose()
{
    const auto station = m_dir.workstation(m_clock);
    station->setCheckpointsBetweenSaves(true);
    QVERIFY(station->signIn(QStringLiteral("clerk"), test::TestDataDir::password(Role::Clerk)));
    // 3000 rows of 2 KB: SQLite alone would have checkpointed and reused a log of about
    // 1000 pages; here the commits only append.
    QVERIFY(insertRows(*station->database(), 3000));
    const QFileInfo log(station->database()->path() + QStringLiteral("-wal"));
    QVERIFY2(log.size() > 1200 * 4096, qPrintable(QString::number(log.size())));

    // Closing takes the checkpointer with the database, and the file opens again.
    station->close();
    QVERIFY(!station->isOpen());
    QVERIFY(station->signIn(QStringLiteral("clerk"), test::TestDataDir::password(Role::Clerk)));
    QSqlQuery count(station->database()->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM filler")) && count.next());
    QVERIFY(count.value(0).toInt() >= 3000);
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
