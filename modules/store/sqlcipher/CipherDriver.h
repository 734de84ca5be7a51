#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlIndex>
#include <QSqlRecord>

struct sqlite3;

// Lets a connection's handle() travel in a QVariant under the type name Qt's own SQLite
// driver uses, so code that asks for a "sqlite3*" finds it.
Q_DECLARE_OPAQUE_POINTER(sqlite3*)
Q_DECLARE_METATYPE(sqlite3*)

namespace casedesk {

class CipherResult;

// Opening. open() only opens the file and reads nothing, so that the caller can key the
// connection with sqlite3_key() on nativeHandle() and set the cipher pragmas before the first
// statement. databaseName() is the file path; user name, host and port are ignored and a
// password is refused, because the key never travels as a Qt connection setting. Connect
// options, separated by semicolons; any other option is refused:
//   CIPHER_BUSY_TIMEOUT=<ms>  how long to wait for another connection's lock (default 5000)
//   CIPHER_OPEN_READONLY      open for reading only
//   CIPHER_NO_CREATE          fail when the file does not exist instead of creating it
//
// Values. Placeholders are ? or :name (a name may appear more than once).
//   written                          stored as                 read back as
//   null, null QString/QByteArray,   NULL                      a null QVariant of the column's
//     invalid date/time, null QUuid                              declared type, else QVariant()
//   bool                             INTEGER 0 or 1            qlonglong
//   any integer type                 INTEGER (64-bit)          qlonglong
//   double, float                    REAL                      double (int or qlonglong under
//                                                                LowPrecisionInt32/Int64)
//   QString                          TEXT (UTF-8)              QString
//   QByteArray                       BLOB                      QByteArray
//   QDate                            TEXT "yyyy-MM-dd"         QString
//   QTime                            TEXT "HH:mm:ss.zzz"       QString
//   QDateTime                        TEXT in UTC,              QString
//                                      "2026-03-01T09:00:00.000Z"
//   QUuid                            TEXT without braces       QString
//   anything else                    TEXT of its toString()    QString
// A value with no text form, or an unsigned integer above 2^63 - 1, makes the statement fail.
// Declared column types map by SQLite's affinity rules (INT, CHAR/CLOB/TEXT, BLOB,
// REAL/FLOA/DOUB); of the rest, DATE, TIME and UUID columns are QString and BOOL is qlonglong.
//
// Errors. Every failure sets a QSqlError whose driverText() says what was attempted,
// databaseText() is SQLite's message and nativeErrorCode() is SQLite's extended result code in
// decimal. Its low eight bits are the primary code: 5 busy, 6 locked, 8 read-only, 11 corrupt,
// 13 disk full, 19 constraint, 26 not a database (also a wrong key).

// Registers CipherDriver with Qt SQL as "QSQLCIPHER". Safe to call more than once and from
// any thread; call it before the first QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER")).
void registerCipherDriver();

// A Qt SQL driver for SQLCipher files, so that QSqlQuery and the SQL models work on the
// encrypted store where Qt's QSQLITE plugin, linked to plain SQLite, would ignore the key.
class CipherDriver final : public QSqlDriver
{
    Q_OBJECT

public:
    static constexpr QLatin1StringView kDriverName {"QSQLCIPHER"};
    static constexpr int kDefaultBusyTimeoutMs = 5000;

    explicit CipherDriver(QObject* parent = nullptr);
    ~CipherDriver() override;

    // The connection's SQLCipher handle, or nullptr when the database is not open or does not
    // use this driver. It stays owned by the driver.
    [[nodiscard]] static sqlite3* nativeHandle(const QSqlDatabase& database);

    bool open(const QString& databaseName,
              const QString& user,
              const QString& password,
              const QString& host,
              int port,
              const QString& options) override;
    // Finalizes every statement of this connection and closes the file.
    void close() override;
    [[nodiscard]] QSqlResult* createResult() const override;
    [[nodiscard]] QVariant handle() const override;
    [[nodiscard]] bool hasFeature(DriverFeature feature) const override;

    // BEGIN IMMEDIATE: a writer takes the write lock up front, where waiting is still
    // possible, instead of failing to upgrade a read lock halfway through.
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    [[nodiscard]] QStringList tables(QSql::TableType type) const override;
    [[nodiscard]] QSqlRecord record(const QString& tableName) const override;
    // The primary key's columns in key order.
    [[nodiscard]] QSqlIndex primaryIndex(const QString& tableName) const override;
    [[nodiscard]] QString escapeIdentifier(const QString& identifier,
                                           IdentifierType type) const override;
    // The SQL literal that stores the same value as binding it would.
    [[nodiscard]] QString formatValue(const QSqlField& field,
                                      bool trimStrings = false) const override;

private:
    friend class CipherResult;

    // A QSqlError as described above, read from the connection right after a failed call.
    [[nodiscard]] static QSqlError
    makeError(sqlite3* db, int resultCode, const QString& attempted, QSqlError::ErrorType type);

    [[nodiscard]] bool runTransactionStatement(const char* sql, const QString& attempted);
    [[nodiscard]] QList<QVariantList> tableInfo(const QString& tableName) const;
    [[nodiscard]] bool hasKeyIndex(const QString& tableName) const;

    sqlite3* m_db = nullptr;
    // Statements must be finalized before the connection closes; results register here.
    mutable QList<CipherResult*> m_results;
};

} // namespace casedesk
