#include "BenchReport.h"
#include "BenchSuite.h"
#include "core/Clock.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/crypto/Argon2idParams.h"
#include "store/crypto/KeySlotFile.h"
#include "store/crypto/SecureBytes.h"
#include "store/sqlcipher/CipherDriver.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace casedesk::bench {

namespace {

constexpr int kRows = 100'000;
constexpr int kSingleCommits = 400;

const char* const kCreateTable = "CREATE TABLE bench_cases (id TEXT PRIMARY KEY, number TEXT NOT "
                                 "NULL, type TEXT NOT NULL, status TEXT NOT NULL, applicant "
                                 "TEXT NOT NULL, id_number TEXT NOT NULL, phone TEXT NOT NULL, "
                                 "fields TEXT NOT NULL, fee_fen INTEGER NOT NULL, created_at "
                                 "TEXT NOT NULL)";
const char* const kInsert = "INSERT INTO bench_cases VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// The columns of one case-sized row (about 600 bytes), the same for every contender.
struct CaseRow
{
    QByteArray id, number, type, status, applicant, idNumber, phone, fields, createdAt;
    qint64 fee = 0;
};

std::vector<CaseRow> makeRows(int count)
{
    std::vector<CaseRow> rows;
    rows.reserve(size_t(count));
    const QByteArray fields = QByteArray(480, 'f');
    for (int i = 0; i < count; ++i) {
        rows.push_back({QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
                        "BJ-01-20261203-" + QByteArray::number(i),
                        "pension-enrolment",
                        "received",
                        "Applicant " + QByteArray::number(i),
                        "11010519491231002X",
                        "13800138000",
                        fields,
                        "2026-12-03T09:00:00.000Z",
                        2000 + i % 100});
    }
    return rows;
}

bool rawExec(sqlite3* db, const char* sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

// A raw SQLCipher connection with the same key and settings as Database::open uses.
sqlite3* openRaw(const QString& path, const SecureBytes* key)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(
        path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (key != nullptr) {
        const SecureBytes spec = key->sqlCipherKeySpec();
        sqlite3_key(db, spec.constData(), int(spec.size()));
        rawExec(db, "PRAGMA cipher_page_size = 4096; PRAGMA cipher_use_hmac = ON;");
    }
    rawExec(db,
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"
            "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768;");
    rawExec(db, kCreateTable);
    return db;
}

void bindRow(sqlite3_stmt* statement, const CaseRow& row)
{
    const auto text = [statement](int index, const QByteArray& value) {
        sqlite3_bind_text(statement, index, value.constData(), int(value.size()), SQLITE_STATIC);
    };
    text(1, row.id);
    text(2, row.number);
    text(3, row.type);
    text(4, row.status);
    text(5, row.applicant);
    text(6, row.idNumber);
    text(7, row.phone);
    text(8, row.fields);
    sqlite3_bind_int64(statement, 9, row.fee);
    text(10, row.createdAt);
}

double
rawInsertSeconds(const QString& path, const SecureBytes& key, const std::vector<CaseRow>& rows)
{
    sqlite3* db = openRaw(path, &key);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, kInsert, -1, &statement, nullptr);
    QElapsedTimer timer;
    timer.start();
    rawExec(db, "BEGIN IMMEDIATE");
    for (const CaseRow& row : rows) {
        bindRow(statement, row);
        sqlite3_step(statement);
        sqlite3_reset(statement);
    }
    rawExec(db, "COMMIT");
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(statement);
    sqlite3_close_v2(db);
    return seconds;
}

// The same row as a repository holds it: text in QString, ready to bind.
struct CaseValues
{
    QVariantList values;
};

std::vector<CaseValues> toValues(const std::vector<CaseRow>& rows)
{
    std::vector<CaseValues> converted;
    converted.reserve(rows.size());
    for (const CaseRow& row : rows) {
        converted.push_back({{QString::fromLatin1(row.id),
                              QString::fromLatin1(row.number),
                              QString::fromLatin1(row.type),
                              QString::fromLatin1(row.status),
                              QString::fromLatin1(row.applicant),
                              QString::fromLatin1(row.idNumber),
                              QString::fromLatin1(row.phone),
                              QString::fromLatin1(row.fields),
                              row.fee,
                              QString::fromLatin1(row.createdAt)}});
    }
    return converted;
}

// Inserts through QSqlQuery on the QSQLCIPHER driver, the layer every repository uses.
double driverInsertSeconds(QSqlDatabase connection, const std::vector<CaseValues>& rows)
{
    QSqlQuery create(connection);
    create.exec(QString::fromLatin1(kCreateTable));
    QSqlQuery insert(connection);
    insert.prepare(QString::fromLatin1(kInsert));
    QElapsedTimer timer;
    timer.start();
    connection.transaction();
    for (const CaseValues& row : rows) {
        for (int column = 0; column < row.values.size(); ++column) {
            insert.bindValue(column, row.values.at(column));
        }
        insert.exec();
    }
    connection.commit();
    return double(timer.nsecsElapsed()) / 1e9;
}

// Inserts through Statement, the store's path for bulk writes on the native handle.
double statementInsertSeconds(const Database& database, const std::vector<CaseValues>& rows)
{
    (void)database.exec(QString::fromLatin1(kCreateTable));
    Statement insert(database, kInsert);
    QElapsedTimer timer;
    timer.start();
    Transaction transaction(database);
    (void)transaction.begin();
    for (const CaseValues& row : rows) {
        for (int column = 0; column < row.values.size(); ++column) {
            const QVariant& value = row.values.at(column);
            if (value.typeId() == QMetaType::QString) {
                insert.bind(column + 1, value.toString());
            } else {
                insert.bind(column + 1, value.toLongLong());
            }
        }
        (void)insert.execute();
    }
    (void)transaction.commit();
    return double(timer.nsecsElapsed()) / 1e9;
}

// A plain connection through our driver with the same settings, but no key.
QSqlDatabase openUnencrypted(const QString& path)
{
    registerCipherDriver();
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), path);
    connection.setDatabaseName(path);
    connection.open();
    QSqlQuery pragmas(connection);
    pragmas.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    pragmas.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    pragmas.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    pragmas.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    return connection;
}

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(fraction * double(values.size()))));
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void measureInserts(BenchReport& report, const QTemporaryDir& dir)
{
    constexpr int kRounds = 3;
    const std::vector<CaseRow> rows = makeRows(kRows);
    const std::vector<CaseValues> values = toValues(rows);
    const SecureBytes key = SecureBytes::random(32);

    // Rounds alternate the contenders, each on a fresh file, so all see the same load.
    std::vector<double> raw;
    std::vector<double> statement;
    std::vector<double> ours;
    std::vector<double> plain;
    for (int round = 0; round < kRounds; ++round) {
        const QString suffix = QString::number(round) + QStringLiteral(".db");
        raw.push_back(rawInsertSeconds(dir.filePath(QStringLiteral("raw") + suffix), key, rows));
        {
            auto database = Database::open(
                dir.filePath(QStringLiteral("statement") + suffix), key, Database::Mode::CreateNew);
            statement.push_back(statementInsertSeconds(*database.value(), values));
        }
        {
            auto database = Database::open(
                dir.filePath(QStringLiteral("ours") + suffix), key, Database::Mode::CreateNew);
            ours.push_back(driverInsertSeconds(database.value()->connection(), values));
        }
        const QString plainPath = dir.filePath(QStringLiteral("plain") + suffix);
        plain.push_back(driverInsertSeconds(openUnencrypted(plainPath), values));
        QSqlDatabase::removeDatabase(plainPath);
    }
    const double rawSeconds = median(raw);
    const double oursSeconds = median(ours);
    const double plainSeconds = median(plain);
    const double statementSeconds = median(statement);
    report.add(Figure {QStringLiteral("insert_100k_one_tx"),
                       QStringLiteral("rows/s"),
                       kRows / statementSeconds,
                       QStringLiteral("raw_sqlcipher"),
                       kRows / rawSeconds,
                       rawSeconds / statementSeconds,
                       qint64(kRows) * kRounds});
    report.add(Figure {QStringLiteral("insert_100k_one_tx_qsqlquery"),
                       QStringLiteral("rows/s"),
                       kRows / oursSeconds,
                       QStringLiteral("raw_sqlcipher"),
                       kRows / rawSeconds,
                       rawSeconds / oursSeconds,
                       qint64(kRows) * kRounds});
    report.add(Figure {QStringLiteral("encrypted_vs_plain_slowdown"),
                       QStringLiteral("x"),
                       oursSeconds / plainSeconds,
                       QStringLiteral("plain_via_driver"),
                       1.0,
                       oursSeconds / plainSeconds,
                       qint64(kRows) * kRounds});
}

void measureSingleCommits(BenchReport& report, const QTemporaryDir& dir)
{
    const std::vector<CaseRow> rows = makeRows(kSingleCommits);
    const SecureBytes key = SecureBytes::random(32);
    auto database =
        Database::open(dir.filePath(QStringLiteral("commits.db")), key, Database::Mode::CreateNew);
    QSqlDatabase connection = database.value()->connection();
    QSqlQuery create(connection);
    create.exec(QString::fromLatin1(kCreateTable));
    QSqlQuery insert(connection);
    insert.prepare(QString::fromLatin1(kInsert));

    sqlite3* raw = openRaw(dir.filePath(QStringLiteral("commits-raw.db")), &key);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(raw, kInsert, -1, &statement, nullptr);

    std::vector<double> ours;
    std::vector<double> peer;
    QElapsedTimer timer;
    for (const CaseRow& row : rows) {
        timer.start();
        connection.transaction();
        insert.bindValue(0, QString::fromLatin1(row.id));
        for (int column = 1; column < 10; ++column) {
            insert.bindValue(column,
                             column == 8 ? QVariant(row.fee)
                                         : QVariant(QString::fromLatin1(row.fields.left(40))));
        }
        insert.exec();
        connection.commit();
        ours.push_back(double(timer.nsecsElapsed()) / 1e6);

        timer.start();
        rawExec(raw, "BEGIN IMMEDIATE");
        bindRow(statement, row);
        sqlite3_step(statement);
        sqlite3_reset(statement);
        rawExec(raw, "COMMIT");
        peer.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    sqlite3_finalize(statement);
    sqlite3_close_v2(raw);

    for (double fraction : {0.5, 0.99}) {
        const double value = percentile(ours, fraction);
        const double peerValue = percentile(peer, fraction);
        report.add(Figure {fraction < 0.9 ? QStringLiteral("single_commit_p50")
                                          : QStringLiteral("single_commit_p99"),
                           QStringLiteral("ms"),
                           value,
                           QStringLiteral("raw_sqlcipher"),
                           peerValue,
                           value / peerValue,
                           kSingleCommits});
    }
}

void measureUnlock(BenchReport& report, const QTemporaryDir& dir)
{
    const SecureBytes key = SecureBytes::random(32);
    const Argon2idParams params = Argon2idParams::calibrate();
    const QString databasePath = dir.filePath(QStringLiteral("unlock.db"));
    (void)Database::open(databasePath, key, Database::Mode::CreateNew);
    KeySlotFile slots(dir.filePath(QStringLiteral("unlock.keys")), SystemClock::instance());
    (void)slots.createNew();
    (void)slots.addSlot(QStringLiteral("bench"),
                        QUuid::createUuid(),
                        QStringLiteral("bench passphrase"),
                        key,
                        params);

    QElapsedTimer timer;
    timer.start();
    KeySlotFile reading(dir.filePath(QStringLiteral("unlock.keys")), SystemClock::instance());
    (void)reading.load();
    auto unlocked = reading.unlock(QStringLiteral("bench"), QStringLiteral("bench passphrase"));
    if (!unlocked) {
        std::fprintf(stderr, "The unlock benchmark could not unlock its slot.\n");
        return;
    }
    auto database =
        Database::open(databasePath, unlocked.value().databaseKey, Database::Mode::OpenExisting);
    QSqlQuery first(database.value()->connection());
    first.exec(QStringLiteral("SELECT count(*) FROM schema_version"));
    first.next();
    const double unlock = double(timer.nsecsElapsed()) / 1e9;

    // The peer: one Argon2id derivation with the same parameters, the floor of any unlock.
    SecureBytes derived = SecureBytes::random(32);
    const QByteArray salt(crypto_pwhash_SALTBYTES, 's');
    timer.start();
    const int derivedOk = crypto_pwhash(derived.data(),
                                        derived.size(),
                                        "bench passphrase",
                                        16,
                                        reinterpret_cast<const unsigned char*>(salt.constData()),
                                        params.opsLimit,
                                        size_t(params.memLimitBytes),
                                        crypto_pwhash_ALG_ARGON2ID13);
    const double derive = double(timer.nsecsElapsed()) / 1e9;
    if (derivedOk != 0 || !unlocked.ok()) {
        std::fprintf(stderr, "The unlock benchmark could not run: out of memory?\n");
        return;
    }
    report.add(Figure {QStringLiteral("unlock"),
                       QStringLiteral("s"),
                       unlock,
                       QStringLiteral("argon2id_derive"),
                       derive,
                       unlock / derive,
                       1});
}

void measureStore(BenchReport& report)
{
    QTemporaryDir dir;
    measureInserts(report, dir);
    measureSingleCommits(report, dir);
    measureUnlock(report, dir);
}

} // namespace

BenchSuite storeSuite()
{
    return {QStringLiteral("store"),
            QStringLiteral("SQLCipher through the QSQLCIPHER driver against the raw C API, "
                           "encrypted against plain, single commits, unlock time"),
            [](BenchReport& report, const BenchOptions&) {
                measureStore(report);
            }};
}

} // namespace casedesk::bench
