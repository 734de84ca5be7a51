#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QUuid>

#include <memory>

struct sqlite3;

namespace casedesk {

class SecureBytes;

// One open connection to the workstation's SQLCipher database, keyed with the raw
// 32-byte database key, with the settings the design fixes (page size 4096, HMAC on,
// WAL, synchronous FULL, foreign keys) checked at open and the schema migrated.
// It refuses to run unless the file is really encrypted.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode
    {
        CreateNew,
        OpenExisting
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (or creates) the database at path and brings its schema up to date.
    [[nodiscard]] static Result<std::unique_ptr<Database>>
    open(const QString& path, const SecureBytes& key, Mode mode);

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] sqlite3* handle() const { return m_handle; }
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;

    // Runs a statement that returns no rows.
    [[nodiscard]] Result<void> exec(const QString& sql) const;

    // Turns a driver error into one a person can act on. what says what was being done.
    [[nodiscard]] Error errorFrom(const QSqlError& error, const QString& what) const;
    [[nodiscard]] Error errorFromCode(int code, const QString& what) const;

    // Re-encrypts the whole file with a new key.
    [[nodiscard]] Result<void> rekey(const SecureBytes& newKey);

    // Writes a consistent encrypted copy, keyed with the same key, to target. Works while
    // other connections keep writing.
    [[nodiscard]] Result<void> backupTo(const QString& target, const SecureBytes& key) const;

    // PRAGMA integrity_check; the list holds "ok" alone when the file is sound.
    [[nodiscard]] Result<QStringList> integrityCheck() const;

    // How the store writes ids and times into its text columns: ids without braces, times
    // in UTC as ISO 8601 with milliseconds, so that text order is time order.
    [[nodiscard]] static QString idText(const QUuid& id)
    {
        return id.toString(QUuid::WithoutBraces);
    }
    [[nodiscard]] static QString timeText(const QDateTime& at)
    {
        return at.toUTC().toString(Qt::ISODateWithMs);
    }

    // A null QString binds as SQL NULL; columns declared NOT NULL take the empty text instead.
    [[nodiscard]] static QString notNull(const QString& text)
    {
        return text.isNull() ? QStringLiteral("") : text;
    }

    // True when the first bytes of the file are those of a plain, unencrypted SQLite file.
    [[nodiscard]] static bool looksUnencrypted(const QString& path);

private:
    Database(QString path, QString connectionName);

    [[nodiscard]] Result<void> configure(const SecureBytes& key);
    [[nodiscard]] QString pragmaText(const QString& pragma) const;
    void logSettings() const;

    QString m_path;
    QString m_connectionName;
    sqlite3* m_handle = nullptr;
};

// A write transaction (BEGIN IMMEDIATE) that rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(const Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();

private:
    const Database& m_database;
    bool m_open = false;
};

} // namespace casedesk
