#include "Database.h"

#include "Migrations.h"
#include "core/IdGenerator.h"
#include "core/Logging.h"
#include "store/crypto/SecureBytes.h"
#include "store/sqlcipher/CipherDriver.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <sqlite3.h>

namespace casedesk {

namespace {

constexpr int kBusyTimeoutMs = 5000;

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen()) {
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::looksUnencrypted(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    return file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

Result<std::unique_ptr<Database>>
Database::open(const QString& path, const SecureBytes& key, Mode mode)
{
    registerCipherDriver();

    const bool exists = QFileInfo::exists(path);
    if (mode == Mode::OpenExisting && !exists) {
        return Error(ErrorKind::NotFound,
                     tr("The database file %1 is missing. Restore it from a backup, or set the "
                        "workstation up again.")
                         .arg(path));
    }
    if (mode == Mode::CreateNew && exists) {
        return Error(ErrorKind::InvalidInput,
                     tr("A database already exists at %1. Nothing was changed.").arg(path));
    }
    if (exists && looksUnencrypted(path)) {
        return Error(ErrorKind::Damaged,
                     tr("The database file %1 is not encrypted. CaseDesk refuses to use it; "
                        "restore the workstation's own database from a backup.")
                         .arg(path));
    }

    if (mode == Mode::CreateNew) {
        // SQLite gives its -wal and -shm files the main file's mode: owner only, from the start.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return Error(ErrorKind::Io,
                         tr("The database file %1 could not be created. Check that the data "
                            "folder belongs to you and the disk has room.")
                             .arg(path),
                         file.errorString());
        }
    }

    const QString connectionName =
        QStringLiteral("casedesk-") + newId().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(path, connectionName));
    QSqlDatabase connection =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), connectionName);
    connection.setDatabaseName(path);
    QString options = QStringLiteral("CIPHER_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (mode == Mode::OpenExisting) {
        options += QStringLiteral(";CIPHER_NO_CREATE");
    }
    connection.setConnectOptions(options);
    if (!connection.open()) {
        return database->errorFrom(connection.lastError(), tr("opening the database"));
    }
    database->m_handle = CipherDriver::nativeHandle(connection);
    if (database->m_handle == nullptr) {
        return Error(ErrorKind::Internal,
                     tr("The database driver did not start. Reinstall CaseDesk."));
    }

    if (auto configured = database->configure(key); !configured) {
        return configured.error();
    }
    if (auto migrated = Migrations::apply(*database); !migrated) {
        return migrated.error();
    }
    if (looksUnencrypted(path)) {
        return Error(ErrorKind::Internal,
                     tr("The database was written without encryption. CaseDesk stopped so no "
                        "personal data is stored unprotected. Reinstall CaseDesk."));
    }
    database->logSettings();
    return database;
}

Result<void> Database::configure(const SecureBytes& key)
{
    const SecureBytes spec = key.sqlCipherKeySpec();
    if (spec.isEmpty()) {
        return Error(ErrorKind::Internal,
                     tr("The database key could not be prepared: the computer is short of "
                        "locked memory."));
    }
    if (sqlite3_key(m_handle, spec.constData(), int(spec.size())) != SQLITE_OK) {
        return errorFromCode(sqlite3_extended_errcode(m_handle), tr("applying the database key"));
    }

    // Every cipher setting is explicit, so a later SQLCipher with other defaults reads
    // the file the same way; these must be set before the first page is read.
    for (const QString& pragma : {QStringLiteral("PRAGMA cipher_page_size = 4096"),
                                  QStringLiteral("PRAGMA cipher_use_hmac = ON")}) {
        if (auto done = exec(pragma); !done) {
            return done;
        }
    }

    {
        // The first read is where a wrong key or a damaged first page shows.
        QSqlQuery probe(connection());
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            return errorFrom(probe.lastError(), tr("reading the database"));
        }
    }
    if (pragmaText(QStringLiteral("cipher_version")).isEmpty()) {
        return Error(ErrorKind::Internal,
                     tr("The database library in use does not encrypt. CaseDesk refuses to run "
                        "without SQLCipher; reinstall CaseDesk."));
    }

    if (pragmaText(QStringLiteral("journal_mode = WAL"))
            .compare(QStringLiteral("wal"), Qt::CaseInsensitive)
        != 0) {
        return Error(ErrorKind::Io,
                     tr("The database could not be switched to write-ahead logging. Check that "
                        "the data folder is on a local disk."));
    }
    // Temporary tables and sort spills stay in memory, never in an unencrypted temp file; a
    // 32 MiB page cache keeps a large transaction from writing (and encrypting) pages twice.
    for (const QString& pragma : {QStringLiteral("PRAGMA synchronous = FULL"),
                                  QStringLiteral("PRAGMA foreign_keys = ON"),
                                  QStringLiteral("PRAGMA temp_store = MEMORY"),
                                  QStringLiteral("PRAGMA cache_size = -32768")}) {
        if (auto done = exec(pragma); !done) {
            return done;
        }
    }
    return Result<void>::success();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

Result<void> Database::exec(const QString& sql) const
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        return errorFrom(query.lastError(), tr("changing the database"));
    }
    return Result<void>::success();
}

QString Database::pragmaText(const QString& pragma) const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

void Database::logSettings() const
{
    qCInfo(lcStore).noquote() << "Opened" << m_path << "schema" << schemaVersion() << "SQLCipher"
                              << pragmaText(QStringLiteral("cipher_version")) << "SQLite"
                              << QString::fromLatin1(sqlite3_libversion()) << "page size"
                              << pragmaText(QStringLiteral("cipher_page_size")) << "journal"
                              << pragmaText(QStringLiteral("journal_mode")) << "synchronous"
                              << pragmaText(QStringLiteral("synchronous")) << "foreign keys"
                              << pragmaText(QStringLiteral("foreign_keys"));
}

Error Database::errorFrom(const QSqlError& error, const QString& what) const
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    Error mapped = errorFromCode(ok ? code : SQLITE_ERROR, what);
    return Error(mapped.kind(), mapped.message(), error.text());
}

Error Database::errorFromCode(int code, const QString& what) const
{
    const QString detail =
        QStringLiteral("%1: %2 (%3)").arg(what, QString::fromUtf8(sqlite3_errstr(code))).arg(code);
    qCWarning(lcStore).noquote() << "Database error while" << detail;
    switch (code & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(ErrorKind::Busy,
                     tr("The database is in use by another program. Close other CaseDesk windows "
                        "or tools working on this workstation's data, then try again."),
                     detail);
    case SQLITE_FULL:
        return Error(ErrorKind::Io,
                     tr("The disk is full. Nothing was saved; free some space and try again."),
                     detail);
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return Error(ErrorKind::Damaged,
                     tr("The database file %1 is damaged or was changed outside CaseDesk (its "
                        "integrity check failed). Restore it from a backup.")
                         .arg(m_path),
                     detail);
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
        return Error(ErrorKind::Io,
                     tr("The database file %1 cannot be opened for writing. Check that the data "
                        "folder belongs to you and is not read-only.")
                         .arg(m_path),
                     detail);
    case SQLITE_IOERR:
        return Error(ErrorKind::Io,
                     tr("The disk reported an error while %1. Nothing was saved; check the disk "
                        "and try again.")
                         .arg(what),
                     detail);
    default:
        return Error(ErrorKind::Internal,
                     tr("The database refused the change while %1. Nothing was saved.").arg(what),
                     detail);
    }
}

Result<void> Database::rekey(const SecureBytes& newKey)
{
    const SecureBytes spec = newKey.sqlCipherKeySpec();
    if (spec.isEmpty()) {
        return Error(ErrorKind::Internal,
                     tr("The database key could not be prepared: the computer is short of "
                        "locked memory."));
    }
    // SQLCipher cannot re-encrypt a file in WAL mode; the journal is switched back after.
    if (auto rolled = exec(QStringLiteral("PRAGMA journal_mode = DELETE")); !rolled) {
        return rolled;
    }
    const int rc = sqlite3_rekey(m_handle, spec.constData(), int(spec.size()));
    const Result<void> restored = exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (rc != SQLITE_OK) {
        return errorFromCode(sqlite3_extended_errcode(m_handle), tr("re-encrypting the database"));
    }
    return restored;
}

Result<void> Database::backupTo(const QString& target, const SecureBytes& key) const
{
    if (QFileInfo::exists(target)) {
        return Error(ErrorKind::InvalidInput,
                     tr("%1 already exists. Choose a new file name for the backup.").arg(target));
    }
    // ATTACH opens with the main connection's flags, which do not allow creating a file;
    // an empty file is a valid new database to SQLite.
    QFile empty(target);
    if (!empty.open(QIODevice::WriteOnly)
        || !empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return Error(ErrorKind::Io,
                     tr("The backup file %1 could not be created. Check the folder and the free "
                        "space.")
                         .arg(target),
                     empty.errorString());
    }
    empty.close();

    const SecureBytes spec = key.sqlCipherKeySpec();
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(
        m_handle, "ATTACH DATABASE ?1 AS backup KEY ?2", -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        const QByteArray targetUtf8 = target.toUtf8();
        sqlite3_bind_text(
            statement, 1, targetUtf8.constData(), int(targetUtf8.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(statement,
                          2,
                          reinterpret_cast<const char*>(spec.constData()),
                          int(spec.size()),
                          SQLITE_STATIC);
        rc = sqlite3_step(statement);
        rc = (rc == SQLITE_DONE) ? SQLITE_OK : rc;
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_OK) {
        QFile::remove(target);
        return errorFromCode(sqlite3_extended_errcode(m_handle), tr("creating the backup file"));
    }

    // sqlcipher_export copies schema and rows inside one read transaction, so the copy is
    // consistent even while the desk keeps writing through its own connection.
    const char* script = "PRAGMA backup.cipher_page_size = 4096;"
                         "PRAGMA backup.cipher_use_hmac = ON;"
                         "SELECT sqlcipher_export('backup');"
                         "UPDATE backup.device SET restored = 1;";
    char* message = nullptr;
    rc = sqlite3_exec(m_handle, script, nullptr, nullptr, &message);
    sqlite3_free(message);
    const int exportCode = rc == SQLITE_OK ? SQLITE_OK : sqlite3_extended_errcode(m_handle);
    sqlite3_exec(m_handle, "DETACH DATABASE backup", nullptr, nullptr, nullptr);
    if (exportCode != SQLITE_OK) {
        QFile::remove(target);
        return errorFromCode(exportCode, tr("writing the backup"));
    }
    return Result<void>::success();
}

Result<QStringList> Database::integrityCheck() const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return errorFrom(query.lastError(), tr("checking the database"));
    }
    QStringList lines;
    while (query.next()) {
        lines.append(query.value(0).toString());
    }
    return lines;
}

Transaction::Transaction(const Database& database)
    : m_database(database)
{ }

Transaction::~Transaction()
{
    if (m_open) {
        m_database.connection().rollback();
    }
}

Result<void> Transaction::begin()
{
    QSqlDatabase connection = m_database.connection();
    if (!connection.transaction()) {
        return m_database.errorFrom(connection.lastError(), Database::tr("starting a change"));
    }
    m_open = true;
    return Result<void>::success();
}

Result<void> Transaction::commit()
{
    QSqlDatabase connection = m_database.connection();
    if (!connection.commit()) {
        const QSqlError error = connection.lastError();
        connection.rollback();
        m_open = false;
        return m_database.errorFrom(error, Database::tr("saving the change"));
    }
    m_open = false;
    return Result<void>::success();
}

} // namespace casedesk
