#include "Migrations.h"

#include "Database.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <sqlite3.h>

namespace casedesk {

namespace {

struct Migration
{
    int version;
    QString file;
};

// The migrations in the resources, ordered by the number their file name starts with.
QList<Migration> knownMigrations()
{
    QList<Migration> migrations;
    const QStringList files = QDir(QStringLiteral(":/migrations"))
                                  .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        migrations.append(
            {file.section(QLatin1Char('_'), 0, 0).toInt(), QStringLiteral(":/migrations/") + file});
    }
    return migrations;
}

} // namespace

int Migrations::latestVersion()
{
    const QList<Migration> migrations = knownMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Result<void> Migrations::apply(const Database& database)
{
    if (auto created = database.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
            "name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
        !created) {
        return created;
    }

    const int current = database.schemaVersion();
    const int latest = latestVersion();
    if (current > latest) {
        return Error(ErrorKind::Incompatible,
                     tr("This database was written by a newer version of CaseDesk (schema %1; "
                        "this program knows up to %2). Install the newer version. Nothing was "
                        "changed.")
                         .arg(current)
                         .arg(latest));
    }

    for (const Migration& migration : knownMigrations()) {
        if (migration.version <= current) {
            continue;
        }
        QFile file(migration.file);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(
                ErrorKind::Internal,
                tr("A schema migration is missing from this program. Reinstall CaseDesk."));
        }
        const QByteArray script = file.readAll();

        Transaction transaction(database);
        if (auto begun = transaction.begin(); !begun) {
            return begun;
        }
        char* message = nullptr;
        const int rc =
            sqlite3_exec(database.handle(), script.constData(), nullptr, nullptr, &message);
        const QString detail = QString::fromUtf8(message != nullptr ? message : "");
        sqlite3_free(message);
        if (rc != SQLITE_OK) {
            const Error error = database.errorFromCode(sqlite3_extended_errcode(database.handle()),
                                                       tr("updating the database schema"));
            return Error(error.kind(), error.message(), detail);
        }
        QSqlQuery record(database.connection());
        record.prepare(QStringLiteral(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(QFileInfo(migration.file).completeBaseName());
        record.addBindValue(QDateTime::currentDateTimeUtc());
        if (!record.exec()) {
            return database.errorFrom(record.lastError(), tr("updating the database schema"));
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed;
        }
        qCInfo(lcStore) << "Applied schema migration" << migration.version;
    }
    return Result<void>::success();
}

} // namespace casedesk
