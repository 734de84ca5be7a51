#include "store/Database.h"
#include "store/Statement.h"
#include "store/crypto/SecureBytes.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;

// The bulk-write path on the native handle: what it binds is what QSqlQuery reads back,
// and its failures are the store's usual errors.
class TestStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void boundValuesReadBackThroughTheDriver();
    void aStatementRunsAgainWithNewValues();
    void utf8TextIsBoundAsTextEvenWhenEmpty();
    void aConstraintViolationIsAnErrorAndTheStatementStaysUsable();
    void aStatementThatDoesNotPrepareSaysSoOnExecute();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void TestStatement::init()
{
    auto opened = Database::open(m_dir.filePath(QStringLiteral("statement.db")),
                                 SecureBytes::random(32),
                                 Database::Mode::CreateNew);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().fullText()));
    m_database = std::move(opened).value();
    QVERIFY(m_database
                ->exec(QStringLiteral(
                    "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT)"))
                .ok());
}

void TestStatement::cleanup()
{
    m_database.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("statement.db")));
    QFile::remove(m_dir.filePath(QStringLiteral("statement.db-wal")));
    QFile::remove(m_dir.filePath(QStringLiteral("statement.db-shm")));
}

void TestStatement::boundValuesReadBackThroughTheDriver()
{
    Statement insert(*m_database, "INSERT INTO t (id, name, note) VALUES (?, ?, ?)");
    QVERIFY(insert.isPrepared());
    insert.bind(1, qint64(7));
    insert.bind(2, QStringLiteral("张伟 Zhang Wei"));
    insert.bindNull(3);
    QVERIFY(insert.execute().ok());

    QSqlQuery read(m_database->connection());
    QVERIFY(read.exec(QStringLiteral("SELECT id, name, note FROM t")) && read.next());
    QCOMPARE(read.value(0).toLongLong(), 7);
    QCOMPARE(read.value(1).toString(), QStringLiteral("张伟 Zhang Wei"));
    QVERIFY(read.value(2).isNull());
}

void TestStatement::utf8TextIsBoundAsTextEvenWhenEmpty()
{
    Statement insert(*m_database, "INSERT INTO t (id, name, note) VALUES (?, ?, ?)");
    insert.bind(1, qint64(1));
    insert.bindUtf8(2, QStringLiteral("王芳 Wang Fang").toUtf8());
    // Both an empty and a null QByteArray are empty text here: NOT NULL holds, note is ''.
    insert.bindUtf8(3, QByteArray());
    QVERIFY(insert.execute().ok());
    insert.bind(1, qint64(2));
    insert.bindUtf8(2, QByteArray(""));
    insert.bindUtf8(3, QByteArray(""));
    QVERIFY(insert.execute().ok());

    QSqlQuery read(m_database->connection());
    QVERIFY(read.exec(QStringLiteral("SELECT name, note, typeof(note) FROM t ORDER BY id")));
    QVERIFY(read.next());
    QCOMPARE(read.value(0).toString(), QStringLiteral("王芳 Wang Fang"));
    QCOMPARE(read.value(2).toString(), QStringLiteral("text"));
    QVERIFY(read.next());
    QCOMPARE(read.value(0).toString(), QString());
    QCOMPARE(read.value(2).toString(), QStringLiteral("text"));
}

void TestStatement::aStatementRunsAgainWithNewValues()
{
    Statement insert(*m_database, "INSERT INTO t (name) VALUES (?)");
    for (int i = 0; i < 100; ++i) {
        insert.bind(1, QStringLiteral("row %1").arg(i));
        QVERIFY(insert.execute().ok());
    }
    QSqlQuery count(m_database->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*), max(name) FROM t")) && count.next());
    QCOMPARE(count.value(0).toInt(), 100);
    QCOMPARE(count.value(1).toString(), QStringLiteral("row 99"));
}

void TestStatement::aConstraintViolationIsAnErrorAndTheStatementStaysUsable()
{
    Statement insert(*m_database, "INSERT INTO t (id, name) VALUES (?, ?)");
    insert.bind(1, qint64(1));
    insert.bind(2, QStringLiteral("first"));
    QVERIFY(insert.execute().ok());
    insert.bind(1, qint64(1));
    insert.bind(2, QStringLiteral("again"));
    const auto duplicate = insert.execute();
    QVERIFY(!duplicate.ok());
    QVERIFY(!duplicate.error().message().isEmpty());
    insert.bind(1, qint64(2));
    insert.bind(2, QStringLiteral("second"));
    QVERIFY(insert.execute().ok());
}

void TestStatement::aStatementThatDoesNotPrepareSaysSoOnExecute()
{
    Statement broken(*m_database, "INSERT INTO no_such_table VALUES (?)");
    QVERIFY(!broken.isPrepared());
    const auto result = broken.execute();
    QVERIFY(!result.ok());
    QVERIFY(!result.error().detail().isEmpty());
}

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
