#include "store/sqlcipher/CipherDriver.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTime>
#include <QUrl>
#include <QUuid>

// SQLCipher's header declares sqlite3_key() only for builds with the codec, which it is.
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlite3.h>

#include <array>
#include <limits>

using namespace casedesk;

// Fails the test with the driver's own message when a step that returns an error text failed.
#define VERIFY_SUCCEEDS(step)                                                                      \
    do {                                                                                           \
        const QString stepError = (step);                                                          \
        QVERIFY2(stepError.isEmpty(), qPrintable(stepError));                                      \
    } while (false)

namespace {

const QString kMain = QStringLiteral("main");

QByteArray randomKey()
{
    std::array<quint32, 8> words {};
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    return QByteArray(reinterpret_cast<const char*>(words.data()), sizeof(words));
}

QString describe(const QSqlError& error)
{
    return QStringLiteral("%1 [native code %2]").arg(error.text(), error.nativeErrorCode());
}

// Opens a connection and keys it the way the store does: a raw 32-byte key and every cipher
// setting, before anything reads the file. Returns why it failed, or nothing.
QString openKeyed(const QString& connection,
                  const QString& path,
                  const QByteArray& key,
                  const QString& options = {})
{
    QSqlDatabase database =
        QSqlDatabase::addDatabase(QString(CipherDriver::kDriverName), connection);
    database.setDatabaseName(path);
    database.setConnectOptions(options);
    if (!database.open()) {
        return describe(database.lastError());
    }

    sqlite3* handle = CipherDriver::nativeHandle(database);
    const QByteArray rawKey = "x'" + key.toHex() + "'";
    if (sqlite3_key(handle, rawKey.constData(), static_cast<int>(rawKey.size())) != SQLITE_OK) {
        return QString::fromUtf8(sqlite3_errmsg(handle));
    }
    QSqlQuery query(database);
    for (const QString& pragma : {QStringLiteral("PRAGMA cipher_page_size = 4096"),
                                  QStringLiteral("PRAGMA cipher_use_hmac = ON")}) {
        if (!query.exec(pragma)) {
            return describe(query.lastError());
        }
    }
    return {};
}

QString run(const QString& sql, const QString& connection = kMain)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    return query.exec(sql) ? QString() : describe(query.lastError());
}

} // namespace

// Each scenario starts from a new encrypted file in its own folder, keyed with a new random key
// on the connection "main".
class TestCipherDriver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void theFileIsEncryptedAndSqlcipherAnswers();
    void aWrongKeyFailsOnTheFirstReadAsNotADatabase();
    void positionalPlaceholdersBindInOrder();
    void aNamedPlaceholderUsedTwiceTakesOneValue();
    void aBatchRunsTheStatementOncePerRow();
    void valuesRoundTrip_data();
    void valuesRoundTrip();
    void formatValueWritesWhatBindingStores_data();
    void formatValueWritesWhatBindingStores();
    void aValueWithoutAStoredFormIsRefused();
    void aForwardOnlyQueryStreamsEveryRowOnce();
    void aScrollableQueryMovesBackAndForth();
    void aCommittedTransactionIsKept();
    void aRolledBackTransactionLeavesNoTrace();
    void insertsReportTheirRowIdAndChangesTheirRowCount();
    void theSchemaIsDescribedByTablesRecordAndPrimaryIndex();
    void aQueryModelPassesTheModelTester();
    void aTableModelPassesTheModelTesterAndStoresEdits();
    void aConstraintViolationCarriesTheExtendedCode_data();
    void aConstraintViolationCarriesTheExtendedCode();
    void aTextWithTwoStatementsIsRefused();
    void aSecondWriterGetsBusyAfterItsTimeout();
    void theNativeHandleIsTheConnectionsSqlite3();
    void closingTheConnectionFinalizesItsStatements();
    void aMissingFileIsNotCreatedWhenAskedNotTo();
    void aReadOnlyConnectionReadsButRefusesWrites();
    void anUnknownOptionOrAPasswordIsRefused_data();
    void anUnknownOptionOrAPasswordIsRefused();
    void neitherQtsSqlitePluginNorPlainSqliteIsLoaded();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_key;
    QString m_path;

    [[nodiscard]] static QSqlDatabase db() { return QSqlDatabase::database(kMain, false); }
    [[nodiscard]] static QString fillNumbers(int count);
};

void TestCipherDriver::initTestCase()
{
    registerCipherDriver();
    registerCipherDriver();
}

void TestCipherDriver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    m_key = randomKey();
    m_path = m_dir->filePath(QStringLiteral("store.casedesk"));
    VERIFY_SUCCEEDS(openKeyed(kMain, m_path, m_key));
}

void TestCipherDriver::cleanup()
{
    const QStringList connections = QSqlDatabase::connectionNames();
    for (const QString& connection : connections) {
        QSqlDatabase::database(connection, false).close();
        QSqlDatabase::removeDatabase(connection);
    }
    m_dir.reset();
}

QString TestCipherDriver::fillNumbers(int count)
{
    if (QString error = run(QStringLiteral("CREATE TABLE number(n INTEGER NOT NULL)"));
        !error.isEmpty()) {
        return error;
    }
    QSqlDatabase database = db();
    if (!database.transaction()) {
        return describe(database.lastError());
    }
    QSqlQuery insert(database);
    if (!insert.prepare(QStringLiteral("INSERT INTO number(n) VALUES (?)"))) {
        return describe(insert.lastError());
    }
    for (int n = 1; n <= count; ++n) {
        insert.bindValue(0, n);
        if (!insert.exec()) {
            return describe(insert.lastError());
        }
    }
    return database.commit() ? QString() : describe(database.lastError());
}

void TestCipherDriver::theFileIsEncryptedAndSqlcipherAnswers()
{
    QSqlQuery query(db());
    QVERIFY2(query.exec(QStringLiteral("PRAGMA cipher_version")),
             qPrintable(describe(query.lastError())));
    QVERIFY(query.next());
    QVERIFY(!query.value(0).toString().isEmpty());

    VERIFY_SUCCEEDS(run(QStringLiteral("CREATE TABLE note(body TEXT)")));
    VERIFY_SUCCEEDS(
        run(QStringLiteral("INSERT INTO note(body) VALUES ('readable only with the key')")));
    db().close();

    QFile file(m_path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray content = file.readAll();
    QVERIFY(content.size() >= 4096);
    QVERIFY(!content.startsWith("SQLite format 3"));
    QVERIFY(!content.contains("readable only with the key"));
}

void TestCipherDriver::aWrongKeyFailsOnTheFirstReadAsNotADatabase()
{
    VERIFY_SUCCEEDS(run(QStringLiteral("CREATE TABLE note(body TEXT)")));

    // Opening and keying read nothing, so they succeed whatever the key.
    VERIFY_SUCCEEDS(openKeyed(QStringLiteral("intruder"), m_path, randomKey()));

    QSqlQuery query(QSqlDatabase::database(QStringLiteral("intruder"), false));
    QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM note")));
    QCOMPARE(query.lastError().nativeErrorCode(), QString::number(SQLITE_NOTADB));
    QCOMPARE(query.lastError().type(), QSqlError::StatementError);
    QVERIFY(!query.lastError().driverText().isEmpty());
    QVERIFY(!query.lastError().databaseText().isEmpty());
}

void TestCipherDriver::positionalPlaceholdersBindInOrder()
{
    VERIFY_SUCCEEDS(run(QStringLiteral("CREATE TABLE pair(first TEXT, second INTEGER)")));
    QSqlQuery insert(db());
    QVERIFY2(insert.prepare(QStringLiteral("INSERT INTO pair(first, second) VALUES (?, ?)")),
             qPrintable(describe(insert.lastError())));
    insert.addBindValue(QStringLiteral("one"));
    insert.addBindValue(1);
    QVERIFY2(insert.exec(), qPrintable(describe(insert.lastError())));
    insert.bindValue(1, 2);
    insert.bindValue(0, QStringLiteral("two"));
    QVERIFY2(insert.exec(), qPrintable(describe(insert.lastError())));

    QSqlQuery select(db());
    QVERIFY2(select.exec(QStringLiteral("SELECT first, second FROM pair ORDER BY second")),
             qPrintable(describe(select.lastError())));
    QVERIFY(select.next());
    QCOMPARE(select.value(0).toString(), QStringLiteral("one"));
    QCOMPARE(select.value(1).toLongLong(), 1);
    QVERIFY(select.next());
    QCOMPARE(select.value(0).toString(), QStringLiteral("two"));
    QCOMPARE(select.value(1).toLongLong(), 2);
    QVERIFY(!select.next());

    // Too few values is an error, not a silent NULL.
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO pair(first, second) VALUES (?, ?)")));
    insert.addBindValue(QStringLiteral("three"));
    QVERIFY(!insert.exec());
    QCOMPARE(insert.lastError().type(), QSqlError::StatementError);
}

void TestCipherDriver::aNamedPlaceholderUsedTwiceTakesOneValue()
{
    VERIFY_SUCCEEDS(
        run(QStringLiteral("CREATE TABLE pair(first TEXT, second INTEGER, again TEXT)")));
    QSqlQuery insert(db());
    QVERIFY2(insert.prepare(QStringLiteral("INSERT INTO pair(first, second, again) "
                                           "VALUES (:word, :number, :word)")),
             qPrintable(describe(insert.lastError())));
    insert.bindValue(QStringLiteral(":word"), QStringLiteral("same"));
    insert.bindValue(QStringLiteral(":number"), 7);
    QVERIFY2(insert.exec(), qPrintable(describe(insert.lastError())));

    // A name inside a string literal is text, not a placeholder.
    QSqlQuery select(db());
    QVERIFY(select.prepare(QStringLiteral("SELECT first, second, again, ':word' FROM pair "
                                          "WHERE second = :number")));
    select.bindValue(QStringLiteral(":number"), 7);
    QVERIFY2(select.exec(), qPrintable(describe(select.lastError())));
    QVERIFY(select.next());
    QCOMPARE(select.value(0).toString(), QStringLiteral("same"));
    QCOMPARE(select.value(1).toLongLong(), 7);
    QCOMPARE(select.value(2).toString(), QStringLiteral("same"));
    QCOMPARE(select.value(3).toString(), QStringLiteral(":word"));
}

void TestCipherDriver::aBatchRunsTheStatementOncePerRow()
{
    VERIFY_SUCCEEDS(run(QStringLiteral("CREATE TABLE pair(first TEXT, second INTEGER)")));
    QSqlQuery insert(db());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO pair(first, second) VALUES (?, ?)")));
    insert.addBindValue(
        QVariantList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    insert.addBindValue(QVariantList {1, 2, 3});
    QVERIFY2(insert.execBatch(), qPrintable(describe(insert.lastError())));

    QSqlQuery select(db());
    QVERIFY(select.exec(QStringLiteral("SELECT group_concat(first || second, ',') FROM pair")));
    QVERIFY(select.next());
    QCOMPARE(select.value(0).toString(), QStringLiteral("a1,b2,c3"));
}

void TestCipherDriver::valuesRoundTrip_data()
{
    QTest::addColumn<QString>("declaredType");
    QTest::addColumn<QVariant>("written");
    QTest::addColumn<QVariant>("read");

    const QVariant nullText(QMetaType::fromType<QString>());
    const QVariant nullInteger(QMetaType::fromType<qlonglong>());
    const qlonglong largest = std::numeric_limits<qlonglong>::max();
    const qlonglong smallest = std::numeric_limits<qlonglong>::min();
    const QString text = QStringLiteral("\u00c5sa \u00d8stergaard, \u6f22\u5b57 \U0001F642");
    const QByteArray bytes("\x00\x01\x7f\xff", 4);
    const QUuid id(QStringLiteral("{0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b}"));

    QTest::newRow("null into TEXT") << QStringLiteral("TEXT") << QVariant() << nullText;
    QTest::newRow("null QString") << QStringLiteral("VARCHAR(20)") << QVariant(QString())
                                  << nullText;
    QTest::newRow("null int into INTEGER")
        << QStringLiteral("INTEGER") << QVariant(QMetaType::fromType<int>()) << nullInteger;
    QTest::newRow("null into a column without type") << QString() << QVariant() << QVariant();
    QTest::newRow("true") << QStringLiteral("BOOLEAN") << QVariant(true) << QVariant(qlonglong(1));
    QTest::newRow("false") << QStringLiteral("BOOLEAN") << QVariant(false)
                           << QVariant(qlonglong(0));
    QTest::newRow("int") << QStringLiteral("INTEGER") << QVariant(-42) << QVariant(qlonglong(-42));
    QTest::newRow("uint") << QStringLiteral("INTEGER") << QVariant(4000000000U)
                          << QVariant(qlonglong(4000000000));
    QTest::newRow("largest int64")
        << QStringLiteral("INTEGER") << QVariant(largest) << QVariant(largest);
    QTest::newRow("smallest int64")
        << QStringLiteral("INTEGER") << QVariant(smallest) << QVariant(smallest);
    QTest::newRow("double") << QStringLiteral("REAL") << QVariant(-1234.5678)
                            << QVariant(-1234.5678);
    QTest::newRow("float") << QStringLiteral("REAL") << QVariant(0.5F) << QVariant(0.5);
    QTest::newRow("text") << QStringLiteral("TEXT") << QVariant(text) << QVariant(text);
    QTest::newRow("empty text") << QStringLiteral("TEXT") << QVariant(QStringLiteral(""))
                                << QVariant(QStringLiteral(""));
    QTest::newRow("blob") << QStringLiteral("BLOB") << QVariant(bytes) << QVariant(bytes);
    QTest::newRow("empty blob") << QStringLiteral("BLOB") << QVariant(QByteArray(""))
                                << QVariant(QByteArray(""));
    QTest::newRow("date") << QStringLiteral("DATE") << QVariant(QDate(2026, 3, 1))
                          << QVariant(QStringLiteral("2026-03-01"));
    QTest::newRow("time") << QStringLiteral("TIME") << QVariant(QTime(9, 5, 7, 42))
                          << QVariant(QStringLiteral("09:05:07.042"));
    QTest::newRow("UTC date-time") << QStringLiteral("DATETIME")
                                   << QVariant(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC))
                                   << QVariant(QStringLiteral("2026-03-01T09:00:00.000Z"));
    QTest::newRow("date-time with an offset")
        << QStringLiteral("DATETIME")
        << QVariant(QDateTime(QDate(2026, 3, 1), QTime(10, 30, 0, 250), Qt::OffsetFromUTC, 3600))
        << QVariant(QStringLiteral("2026-03-01T09:30:00.250Z"));
    QTest::newRow("uuid") << QStringLiteral("TEXT") << QVariant(id)
                          << QVariant(QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"));
    QTest::newRow("anything else by its text")
        << QStringLiteral("TEXT")
        << QVariant(QUrl(QStringLiteral("https://casedesk.example.org/a")))
        << QVariant(QStringLiteral("https://casedesk.example.org/a"));
}

void TestCipherDriver::valuesRoundTrip()
{
    QFETCH(QString, declaredType);
    QFETCH(QVariant, written);
    QFETCH(QVariant, read);

    VERIFY_SUCCEEDS(run(QStringLiteral("CREATE TABLE sample(value %1)").arg(declaredType)));
    QSqlQuery insert(db());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO sample(value) VALUES (?)")));
    insert.addBindValue(written);
    QVERIFY2(insert.exec(), qPrintable(describe(insert.lastError())));

    QSqlQuery select(db());
    QVERIFY2(select.exec(QStringLiteral("SELECT value FROM sample")),
             qPrintable(describe(select.lastError())));
    QVERIFY(select.next());
    const QVariant value = select.value(0);
    QCOMPARE(value.typeName(), read.typeName());
    QCOMPARE(value.isNull(), read.isNull());
    QCOMPARE(value, read);
}

void TestCipherDriver::formatValueWritesWhatBindingStores_data()
{
    valuesRoundTrip_data();
}

void TestCipherDriver::formatValueWritesWhatBindingStores()
{
    QFETCH(QString, declaredType);
    QFETCH(QVariant, written);
    QFETCH(QVariant, read);

    QSqlField field(QStringLiteral("value"), written.metaType());
    field.setValue(written);
    const QString literal = db().driver()->formatValue(field);
    QVERIFY(!literal.isEmpty());

    VERIFY_SUCCEEDS(run(QStringLiteral("CREATE TABLE sample(value %1)").arg(declaredType)));
    VERIFY_SUCCEEDS(run(QStringLiteral("INSERT INTO sample(value) VALUES (%1)").arg(literal)));
    QSqlQuery select(db());
    QVERIFY2(select.exec(QStringLiteral("SELECT value FROM sample")),
             qPrintable(describe(select.lastError())));
    QVERIFY(select.next());
    QCOMPARE(select.value(0).typeName(), read.typeName());
    QCOMPARE(select.value(0), read);
}

void TestCipherDriver::aValueWithoutAStoredFormIsRefused()
{
    VERIFY_SUCCEEDS(run(QStringLiteral("CREATE TABLE sample(value INTEGER)")));
    QSqlQuery insert(db());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO sample(value) VALUES (?)")));
    insert.addBindValue(std::numeric_limits<qulonglong>::max());
    QVERIFY(!insert.exec());
    QCOMPARE(insert.lastError().type(), QSqlError::StatementError);

    QSqlQuery count(db());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM sample")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toLongLong(), 0);
}

void TestCipherDriver::aForwardOnlyQueryStreamsEveryRowOnce()
{
    VERIFY_SUCCEEDS(fillNumbers(1000));
    QSqlQuery query(db());
    query.setForwardOnly(true);
    QVERIFY2(query.exec(QStringLiteral("SELECT n FROM number ORDER BY n")),
             qPrintable(describe(query.lastError())));
    QCOMPARE(query.size(), -1);

    qlonglong expected = 1;
    while (query.next()) {
        QCOMPARE(query.at(), expected - 1);
        QCOMPARE(query.value(0).toLongLong(), expected);
        ++expected;
    }
    QCOMPARE(expected, 1001);
    QCOMPARE(query.at(), int(QSql::AfterLastRow));
    QVERIFY2(!query.lastError().isValid(), qPrintable(describe(query.lastError())));

    QVERIFY(query.exec(QStringLiteral("SELECT n FROM number ORDER BY n")));
    QVERIFY(query.last());
    QCOMPARE(query.value(0).toLongLong(), 1000);
}

void TestCipherDriver::aScrollableQueryMovesBackAndForth()
{
    VERIFY_SUCCEEDS(fillNumbers(5));
    QSqlQuery query(db());
    QVERIFY(!query.isForwardOnly());
    QVERIFY2(query.exec(QStringLiteral("SELECT n FROM number ORDER BY n")),
             qPrintable(describe(query.lastError())));

    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 1);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 2);
    QVERIFY(query.previous());
    QCOMPARE(query.value(0).toLongLong(), 1);
    QVERIFY(!query.previous());
    QCOMPARE(query.at(), int(QSql::BeforeFirstRow));

    QVERIFY(query.last());
    QCOMPARE(query.at(), 4);
    QCOMPARE(query.value(0).toLongLong(), 5);
    QVERIFY(query.first());
    QCOMPARE(query.value(0).toLongLong(), 1);
    QVERIFY(query.seek(3));
    QCOMPARE(query.value(0).toLongLong(), 4);
    QVERIFY(query.seek(-2, true));
    QCOMPARE(query.value(0).toLongLong(), 2);
    QVERIFY(!query.seek(5));
    QCOMPARE(query.at(), int(QSql::AfterLastRow));
    QVERIFY(query.previous());
    QCOMPARE(query.value(0).toLongLong(), 5);
}

void TestCipherDriver::aCommittedTransactionIsKept()
{
    VERIFY_SUCCEEDS(run(QStringLiteral("CREATE TABLE ledger(entry TEXT)")));
    QSqlDatabase database = db();
    QVERIFY2(database.transaction(), qPrintable(describe(database.lastError())));
    VERIFY_SUCCEEDS(run(QStringLiteral("INSERT INTO ledger(entry) VALUES ('kept')")));
    QVERIFY2(database.commit(), qPrintable(describe(database.lastError())));

    VERIFY_SUCCEEDS(openKeyed(QStringLiteral("reader"), m_path, m_key));
    QSqlQuery count(QSqlDatabase::database(QStringLiteral("reader"), false));
    QVERIFY2(count.exec(QStringLiteral("SELECT count(*) FROM ledger")),
             qPrintable(describe(count.lastError())));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toLongLong(), 1);

    // Committing with no transaction open is an error the caller can see.
    QVERIFY(!database.commit());
    QCOMPARE(database.lastError().type(), QSqlError::TransactionError);
    QCOMPARE(database.lastError().nativeErrorCode(), QString::number(SQLITE_ERROR));
}

void TestCipherDriver::aRolledBackTransactionLeavesNoTrace()
{
    VERIFY_SUCCEEDS(run(QStringLiteral("CREATE TABLE ledger(entry TEXT)")));
    QSqlDatabase database = db();
    QVERIFY2(database.transaction(), qPrintable(describe(database.lastError())));
    VERIFY_SUCCEEDS(run(QStringLiteral("INSERT INTO ledger(entry) VALUES ('dropped')")));
    VERIFY_SUCCEEDS(run(QStringLiteral("INSERT INTO ledger(entry) VALUES ('dropped too')")));
    QVERIFY2(database.rollback(), qPrintable(describe(database.lastError())));

    QSqlQuery count(database);
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM ledger")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toLongLong(), 0);
}

void TestCipherDriver::insertsReportTheirRowIdAndChangesTheirRowCount()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE item(id INTEGER PRIMARY KEY, label TEXT)")));
    QCOMPARE(query.numRowsAffected(), 0);

    QVERIFY(query.prepare(QStringLiteral("INSERT INTO item(label) VALUES (?)")));
    for (const qlonglong expectedId : {1, 2}) {
        query.bindValue(0, QStringLiteral("label"));
        QVERIFY2(query.exec(), qPrintable(describe(query.lastError())));
        QCOMPARE(query.lastInsertId(), QVariant(expectedId));
        QCOMPARE(query.numRowsAffected(), 1);
    }
    QVERIFY(query.exec(QStringLiteral("INSERT INTO item(id, label) VALUES (40, 'forty')")));
    QCOMPARE(query.lastInsertId(), QVariant(qlonglong(40)));

    QVERIFY(query.exec(QStringLiteral("UPDATE item SET label = 'renamed' WHERE id < 10")));
    QCOMPARE(query.numRowsAffected(), 2);
    QVERIFY(!query.lastInsertId().isValid());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM item WHERE id = 12345")));
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM item")));
    QCOMPARE(query.numRowsAffected(), 3);

    QVERIFY(query.exec(QStringLiteral("SELECT * FROM item")));
    QCOMPARE(query.numRowsAffected(), -1);
    QCOMPARE(query.size(), -1);
}

void TestCipherDriver::theSchemaIsDescribedByTablesRecordAndPrimaryIndex()
{
    VERIFY_SUCCEEDS(run(QStringLiteral(
        "CREATE TABLE case_file(id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT 'it''s new', "
        "fee REAL DEFAULT 12.5, opened DATE, scan BLOB)")));
    VERIFY_SUCCEEDS(run(QStringLiteral("CREATE TABLE hearing_seat(hearing TEXT NOT NULL, "
                                       "seat INTEGER NOT NULL, PRIMARY KEY (seat, hearing))")));
    VERIFY_SUCCEEDS(
        run(QStringLiteral("CREATE VIEW open_case AS SELECT id, title FROM case_file")));
    VERIFY_SUCCEEDS(run(QStringLiteral("CREATE TABLE \"odd \"\"name\"\"\"(x TEXT)")));
    QSqlDatabase database = db();

    QCOMPARE(database.tables(QSql::Tables),
             QStringList({QStringLiteral("case_file"),
                          QStringLiteral("hearing_seat"),
                          QStringLiteral("odd \"name\"")}));
    QCOMPARE(database.tables(QSql::Views), QStringList {QStringLiteral("open_case")});
    QVERIFY(database.tables(QSql::SystemTables).contains(QStringLiteral("sqlite_master")));

    const QSqlRecord caseFile = database.record(QStringLiteral("case_file"));
    QCOMPARE(caseFile.count(), 5);
    QCOMPARE(caseFile.fieldName(0), QStringLiteral("id"));
    QCOMPARE(caseFile.field(0).metaType(), QMetaType::fromType<qlonglong>());
    QVERIFY(caseFile.field(0).isAutoValue());
    QCOMPARE(caseFile.fieldName(1), QStringLiteral("title"));
    QCOMPARE(caseFile.field(1).metaType(), QMetaType::fromType<QString>());
    QCOMPARE(caseFile.field(1).requiredStatus(), QSqlField::Required);
    QCOMPARE(caseFile.field(1).defaultValue(), QVariant(QStringLiteral("it's new")));
    QCOMPARE(caseFile.field(2).metaType(), QMetaType::fromType<double>());
    QCOMPARE(caseFile.field(2).requiredStatus(), QSqlField::Optional);
    QCOMPARE(caseFile.field(2).defaultValue(), QVariant(12.5));
    QCOMPARE(caseFile.field(3).metaType(), QMetaType::fromType<QString>());
    QCOMPARE(caseFile.field(4).metaType(), QMetaType::fromType<QByteArray>());
    QVERIFY(!caseFile.field(4).isAutoValue());

    const QSqlIndex seatKey = database.primaryIndex(QStringLiteral("hearing_seat"));
    QCOMPARE(seatKey.count(), 2);
    QCOMPARE(seatKey.fieldName(0), QStringLiteral("seat"));
    QCOMPARE(seatKey.fieldName(1), QStringLiteral("hearing"));
    QVERIFY(!database.record(QStringLiteral("hearing_seat")).field(1).isAutoValue());
    QCOMPARE(database.primaryIndex(QStringLiteral("case_file")).fieldName(0), QStringLiteral("id"));

    const QString odd = QStringLiteral("odd \"name\"");
    QCOMPARE(database.driver()->escapeIdentifier(odd, QSqlDriver::TableName),
             QStringLiteral("\"odd \"\"name\"\"\""));
    QCOMPARE(database.record(odd).fieldName(0), QStringLiteral("x"));

    // A result describes its columns from their declared types too.
    QSqlQuery select(database);
    QVERIFY(select.exec(QStringLiteral("SELECT id, fee, opened FROM case_file")));
    const QSqlRecord columns = select.record();
    QCOMPARE(columns.count(), 3);
    QCOMPARE(columns.field(1).name(), QStringLiteral("fee"));
    QCOMPARE(columns.field(1).metaType(), QMetaType::fromType<double>());
    QCOMPARE(columns.field(2).metaType(), QMetaType::fromType<QString>());
}

void TestCipherDriver::aQueryModelPassesTheModelTester()
{
    // More rows than the model fetches at once.
    VERIFY_SUCCEEDS(fillNumbers(600));
    QSqlQueryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The tester would fetch from inside modelReset, where QSqlQueryModel cannot yet announce
    // rows, whatever the driver; the test fetches afterwards, under the tester's eyes.
    tester.setUseFetchMore(false);

    model.setQuery(
        QSqlQuery(QStringLiteral("SELECT n, n * 2 AS twice FROM number ORDER BY n"), db()));
    QVERIFY2(!model.lastError().isValid(), qPrintable(describe(model.lastError())));
    while (model.canFetchMore()) {
        model.fetchMore();
    }
    QCOMPARE(model.rowCount(), 600);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("twice"));
    QCOMPARE(model.data(model.index(599, 1)).toLongLong(), 1200);
    QCOMPARE(model.data(model.index(0, 0)).toLongLong(), 1);
}

void TestCipherDriver::aTableModelPassesTheModelTesterAndStoresEdits()
{
    VERIFY_SUCCEEDS(run(QStringLiteral("CREATE TABLE counter_note(id INTEGER PRIMARY KEY, "
                                       "body TEXT NOT NULL, taken DATETIME)")));
    for (const QString& body :
         {QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")}) {
        VERIFY_SUCCEEDS(
            run(QStringLiteral("INSERT INTO counter_note(body) VALUES ('%1')").arg(body)));
    }

    QSqlTableModel model(nullptr, db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setTable(QStringLiteral("counter_note"));
    model.setSort(0, Qt::AscendingOrder);
    QVERIFY2(model.select(), qPrintable(describe(model.lastError())));
    QCOMPARE(model.rowCount(), 3);
    const int body = model.fieldIndex(QStringLiteral("body"));
    const int taken = model.fieldIndex(QStringLiteral("taken"));
    QCOMPARE(model.data(model.index(1, body)).toString(), QStringLiteral("second"));

    const QDateTime when(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    QVERIFY(model.setData(model.index(1, body), QStringLiteral("second, edited")));
    QVERIFY(model.setData(model.index(1, taken), when));
    QVERIFY(model.removeRow(0));
    QVERIFY(model.insertRow(model.rowCount()));
    QVERIFY(model.setData(model.index(3, body), QStringLiteral("added")));
    QVERIFY2(model.submitAll(), qPrintable(describe(model.lastError())));
    QCOMPARE(model.rowCount(), 3);

    QSqlQuery stored(db());
    QVERIFY(stored.exec(QStringLiteral("SELECT id, body, taken FROM counter_note ORDER BY id")));
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toLongLong(), 2);
    QCOMPARE(stored.value(1).toString(), QStringLiteral("second, edited"));
    QCOMPARE(stored.value(2).toString(), QStringLiteral("2026-03-01T09:00:00.000Z"));
    QVERIFY(stored.next());
    QCOMPARE(stored.value(1).toString(), QStringLiteral("third"));
    QVERIFY(stored.isNull(2));
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toLongLong(), 4);
    QCOMPARE(stored.value(1).toString(), QStringLiteral("added"));
    QVERIFY(!stored.next());
}

void TestCipherDriver::aConstraintViolationCarriesTheExtendedCode_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<int>("code");

    QTest::newRow("unique") << QStringLiteral("INSERT INTO person_ref(code) VALUES ('A')")
                            << SQLITE_CONSTRAINT_UNIQUE;
    QTest::newRow("not null") << QStringLiteral("INSERT INTO person_ref(code) VALUES (NULL)")
                              << SQLITE_CONSTRAINT_NOTNULL;
    QTest::newRow("check") << QStringLiteral("INSERT INTO person_ref(code, age) VALUES ('B', -1)")
                           << SQLITE_CONSTRAINT_CHECK;
    QTest::newRow("primary key") << QStringLiteral(
        "INSERT INTO person_ref(id, code) VALUES (1, 'C')")
                                 << SQLITE_CONSTRAINT_PRIMARYKEY;
}

void TestCipherDriver::aConstraintViolationCarriesTheExtendedCode()
{
    QFETCH(QString, statement);
    QFETCH(int, code);

    VERIFY_SUCCEEDS(
        run(QStringLiteral("CREATE TABLE person_ref(id INTEGER PRIMARY KEY, "
                           "code TEXT NOT NULL UNIQUE, age INTEGER CHECK (age >= 0))")));
    VERIFY_SUCCEEDS(
        run(QStringLiteral("INSERT INTO person_ref(id, code, age) VALUES (1, 'A', 1)")));

    QSqlQuery query(db());
    QVERIFY(!query.exec(statement));
    const QSqlError error = query.lastError();
    QCOMPARE(error.type(), QSqlError::StatementError);
    QCOMPARE(error.nativeErrorCode(), QString::number(code));
    QCOMPARE(error.nativeErrorCode().toInt() & 0xff, SQLITE_CONSTRAINT);
    QVERIFY(!error.driverText().isEmpty());
    QVERIFY2(error.databaseText().contains(QStringLiteral("constraint failed")),
             qPrintable(error.databaseText()));
}

void TestCipherDriver::aTextWithTwoStatementsIsRefused()
{
    QSqlQuery query(db());
    QVERIFY(!query.exec(QStringLiteral("CREATE TABLE first_one(x); CREATE TABLE second_one(x)")));
    QCOMPARE(query.lastError().type(), QSqlError::StatementError);
    QVERIFY(db().tables(QSql::Tables).isEmpty());

    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE only_one(x);  \n")),
             qPrintable(describe(query.lastError())));
}

void TestCipherDriver::aSecondWriterGetsBusyAfterItsTimeout()
{
    VERIFY_SUCCEEDS(run(QStringLiteral("CREATE TABLE ledger(entry TEXT)")));
    const QString secondName = QStringLiteral("second");
    VERIFY_SUCCEEDS(
        openKeyed(secondName, m_path, m_key, QStringLiteral("CIPHER_BUSY_TIMEOUT=100")));
    QSqlDatabase second = QSqlDatabase::database(secondName, false);

    QSqlDatabase first = db();
    QVERIFY2(first.transaction(), qPrintable(describe(first.lastError())));
    VERIFY_SUCCEEDS(run(QStringLiteral("INSERT INTO ledger(entry) VALUES ('first')")));

    QElapsedTimer timer;
    timer.start();
    QSqlQuery write(second);
    QVERIFY(!write.exec(QStringLiteral("INSERT INTO ledger(entry) VALUES ('second')")));
    const qint64 waited = timer.elapsed();
    QCOMPARE(write.lastError().nativeErrorCode(), QString::number(SQLITE_BUSY));
    // It waited for its own timeout, not the default five seconds.
    QVERIFY2(waited >= 50 && waited < CipherDriver::kDefaultBusyTimeoutMs / 2,
             qPrintable(QString::number(waited)));

    QVERIFY(!second.transaction());
    QCOMPARE(second.lastError().type(), QSqlError::TransactionError);
    QCOMPARE(second.lastError().nativeErrorCode(), QString::number(SQLITE_BUSY));

    QVERIFY2(first.commit(), qPrintable(describe(first.lastError())));
    QVERIFY2(write.exec(QStringLiteral("INSERT INTO ledger(entry) VALUES ('second')")),
             qPrintable(describe(write.lastError())));
}

void TestCipherDriver::theNativeHandleIsTheConnectionsSqlite3()
{
    QSqlDatabase database = db();
    sqlite3* handle = CipherDriver::nativeHandle(database);
    QVERIFY(handle != nullptr);
    const QVariant variant = database.driver()->handle();
    QCOMPARE(variant.typeName(), "sqlite3*");
    QVERIFY(variant.value<sqlite3*>() == handle);

    QCOMPARE(sqlite3_exec(handle,
                          "CREATE TABLE native(x); INSERT INTO native VALUES (7)",
                          nullptr,
                          nullptr,
                          nullptr),
             SQLITE_OK);
    QSqlQuery query(database);
    QVERIFY(query.exec(QStringLiteral("SELECT x FROM native")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 7);
    QCOMPARE(QFileInfo(QString::fromUtf8(sqlite3_db_filename(handle, "main"))).canonicalFilePath(),
             QFileInfo(m_path).canonicalFilePath());

    QVERIFY(CipherDriver::nativeHandle(QSqlDatabase()) == nullptr);
    database.close();
    QVERIFY(CipherDriver::nativeHandle(database) == nullptr);
}

void TestCipherDriver::closingTheConnectionFinalizesItsStatements()
{
    VERIFY_SUCCEEDS(fillNumbers(10));
    QSqlQuery reading(db());
    QVERIFY(reading.exec(QStringLiteral("SELECT n FROM number")));
    QVERIFY(reading.next());

    db().close();
    QVERIFY(!reading.isActive());

    // Nothing of the closed connection holds the file any more.
    const QString otherName = QStringLiteral("other");
    VERIFY_SUCCEEDS(openKeyed(otherName, m_path, m_key, QStringLiteral("CIPHER_BUSY_TIMEOUT=0")));
    VERIFY_SUCCEEDS(run(QStringLiteral("BEGIN EXCLUSIVE"), otherName));
    VERIFY_SUCCEEDS(run(QStringLiteral("COMMIT"), otherName));
}

void TestCipherDriver::aMissingFileIsNotCreatedWhenAskedNotTo()
{
    const QString missing = m_dir->filePath(QStringLiteral("missing.casedesk"));
    QSqlDatabase database =
        QSqlDatabase::addDatabase(QString(CipherDriver::kDriverName), QStringLiteral("missing"));
    database.setDatabaseName(missing);
    database.setConnectOptions(QStringLiteral("CIPHER_NO_CREATE"));

    QVERIFY(!database.open());
    QCOMPARE(database.lastError().type(), QSqlError::ConnectionError);
    QCOMPARE(database.lastError().nativeErrorCode(), QString::number(SQLITE_CANTOPEN));
    QVERIFY2(database.lastError().text().contains(missing),
             qPrintable(database.lastError().text()));
    QVERIFY(!QFile::exists(missing));
}

void TestCipherDriver::aReadOnlyConnectionReadsButRefusesWrites()
{
    VERIFY_SUCCEEDS(run(QStringLiteral("CREATE TABLE ledger(entry TEXT)")));
    VERIFY_SUCCEEDS(run(QStringLiteral("INSERT INTO ledger(entry) VALUES ('kept')")));
    const QString readerName = QStringLiteral("reader");
    VERIFY_SUCCEEDS(openKeyed(readerName,
                              m_path,
                              m_key,
                              QStringLiteral("CIPHER_OPEN_READONLY; CIPHER_BUSY_TIMEOUT=200")));

    QSqlQuery query(QSqlDatabase::database(readerName, false));
    QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM ledger")),
             qPrintable(describe(query.lastError())));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 1);
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO ledger(entry) VALUES ('refused')")));
    QCOMPARE(query.lastError().nativeErrorCode().toInt() & 0xff, SQLITE_READONLY);
}

void TestCipherDriver::anUnknownOptionOrAPasswordIsRefused_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("password");

    QTest::newRow("another driver's option")
        << QStringLiteral("QSQLITE_BUSY_TIMEOUT=10") << QString();
    QTest::newRow("a malformed timeout") << QStringLiteral("CIPHER_BUSY_TIMEOUT=soon") << QString();
    QTest::newRow("a password") << QString() << QStringLiteral("not the way to key");
}

void TestCipherDriver::anUnknownOptionOrAPasswordIsRefused()
{
    QFETCH(QString, options);
    QFETCH(QString, password);

    const QString path = m_dir->filePath(QStringLiteral("refused.casedesk"));
    QSqlDatabase database =
        QSqlDatabase::addDatabase(QString(CipherDriver::kDriverName), QStringLiteral("refused"));
    database.setDatabaseName(path);
    database.setConnectOptions(options);
    database.setPassword(password);

    QVERIFY(!database.open());
    QCOMPARE(database.lastError().type(), QSqlError::ConnectionError);
    QVERIFY2(database.lastError().text().contains(path), qPrintable(database.lastError().text()));
    QVERIFY(!database.lastError().text().contains(QStringLiteral("not the way to key")));
    QVERIFY(!QFile::exists(path));
}

// Runs last: everything above went through the driver without Qt loading its own SQLite.
void TestCipherDriver::neitherQtsSqlitePluginNorPlainSqliteIsLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    QVERIFY2(maps.open(QIODevice::ReadOnly), qPrintable(maps.errorString()));
    const QByteArray mapped = maps.readAll();
    QVERIFY(mapped.contains("libsqlcipher"));
    QVERIFY2(!mapped.contains("libqsqlite"), "Qt's QSQLITE plugin is loaded");
    QVERIFY2(!mapped.contains("libsqlite3.so"), "the plain libsqlite3 is loaded");
}

QTEST_GUILESS_MAIN(TestCipherDriver)

#include "tst_cipherdriver.moc"
