#include "CipherDriver.h"

#include "CipherResult.h"

#include <QSqlDriverCreator>
#include <QSqlField>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace casedesk {

namespace {

struct ConnectOptions
{
    int busyTimeoutMs = CipherDriver::kDefaultBusyTimeoutMs;
    bool readOnly = false;
    bool noCreate = false;
    // The first option this driver does not understand, to refuse rather than ignore it.
    QString refused;
};

ConnectOptions parseConnectOptions(const QString& text)
{
    ConnectOptions options;
    const QStringList entries = text.split(u';', Qt::SkipEmptyParts);
    for (const QString& entry : entries) {
        const QString option = entry.trimmed();
        if (option.isEmpty()) {
            continue;
        }
        if (option == QStringLiteral("CIPHER_OPEN_READONLY")) {
            options.readOnly = true;
        } else if (option == QStringLiteral("CIPHER_NO_CREATE")) {
            options.noCreate = true;
        } else if (option.startsWith(QStringLiteral("CIPHER_BUSY_TIMEOUT="))) {
            bool ok = false;
            const int milliseconds = option.section(u'=', 1).trimmed().toInt(&ok);
            if (!ok || milliseconds < 0) {
                options.refused = option;
                return options;
            }
            options.busyTimeoutMs = milliseconds;
        } else {
            options.refused = option;
            return options;
        }
    }
    return options;
}

QVariant columnValue(sqlite3_stmt* stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(stmt, column));
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(stmt, column)));
    }
    case SQLITE_BLOB: {
        const auto* blob = static_cast<const char*>(sqlite3_column_blob(stmt, column));
        return QVariant(QByteArray(blob, sqlite3_column_bytes(stmt, column)));
    }
    default:
        return {};
    }
}

// Runs a statement for the driver's own questions about the schema; nothing on failure.
std::optional<QList<QVariantList>> selectRows(sqlite3* db, const QString& sql)
{
    if (db == nullptr) {
        return std::nullopt;
    }
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, utf8.constData(), -1, &stmt, nullptr) != SQLITE_OK
        || stmt == nullptr) {
        sqlite3_finalize(stmt);
        return std::nullopt;
    }

    QList<QVariantList> rows;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QVariantList row;
        const int columns = sqlite3_data_count(stmt);
        for (int column = 0; column < columns; ++column) {
            row.append(columnValue(stmt, column));
        }
        rows.append(row);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        return std::nullopt;
    }
    return rows;
}

// PRAGMA table_info gives a default as SQL text: 'it''s', 12, 1.5, NULL or an expression
// such as CURRENT_TIMESTAMP, which stays text.
QVariant defaultValue(const QVariant& sqlText)
{
    if (sqlText.isNull()) {
        return {};
    }
    const QString text = sqlText.toString().trimmed();
    if (text.size() >= 2 && text.startsWith(u'\'') && text.endsWith(u'\'')) {
        return QVariant(
            text.mid(1, text.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'")));
    }
    if (text.compare(QStringLiteral("NULL"), Qt::CaseInsensitive) == 0) {
        return {};
    }
    bool ok = false;
    if (const qlonglong integer = text.toLongLong(&ok); ok) {
        return QVariant(integer);
    }
    if (const double real = text.toDouble(&ok); ok) {
        return QVariant(real);
    }
    return QVariant(text);
}

} // namespace

void registerCipherDriver()
{
    // A function-local static is initialised exactly once, even when threads race here.
    static const bool registered = [] {
        // Unless told otherwise SQLite counts every allocation, under one process-wide lock,
        // for statistics nothing here reads. This must precede SQLite's first use; should
        // something in the process have used it already, SQLite refuses it and keeps counting.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        QSqlDatabase::registerSqlDriver(QString(CipherDriver::kDriverName),
                                        new QSqlDriverCreator<CipherDriver>);
        return true;
    }();
    Q_UNUSED(registered);
}

CipherDriver::CipherDriver(QObject* parent)
    : QSqlDriver(parent)
{ }

CipherDriver::~CipherDriver()
{
    close();
}

sqlite3* CipherDriver::nativeHandle(const QSqlDatabase& database)
{
    const auto* driver = qobject_cast<const CipherDriver*>(database.driver());
    return driver != nullptr ? driver->m_db : nullptr;
}

bool CipherDriver::open(const QString& databaseName,
                        const QString& user,
                        const QString& password,
                        const QString& host,
                        int port,
                        const QString& options)
{
    Q_UNUSED(user);
    Q_UNUSED(host);
    Q_UNUSED(port);
    if (isOpen()) {
        close();
    }

    const auto refuse = [this, &databaseName](const QString& why) {
        setLastError(QSqlError(
            QStringLiteral("Could not open the database file %1: %2").arg(databaseName, why),
            {},
            QSqlError::ConnectionError));
        setOpenError(true);
        return false;
    };
    if (!password.isEmpty()) {
        return refuse(QStringLiteral("this driver takes no password; key the connection with "
                                     "sqlite3_key() on its native handle"));
    }
    const ConnectOptions parsed = parseConnectOptions(options);
    if (!parsed.refused.isEmpty()) {
        return refuse(QStringLiteral("unknown or malformed connect option %1").arg(parsed.refused));
    }

    // Qt keeps a connection on the thread that opened it, so SQLite's own per-connection
    // mutex would only add a lock to every call.
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    if (parsed.readOnly) {
        flags |= SQLITE_OPEN_READONLY;
    } else {
        flags |= SQLITE_OPEN_READWRITE | (parsed.noCreate ? 0 : SQLITE_OPEN_CREATE);
    }

    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(databaseName.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(
            makeError(db,
                      rc,
                      QStringLiteral("Could not open the database file %1").arg(databaseName),
                      QSqlError::ConnectionError));
        sqlite3_close_v2(db);
        setOpenError(true);
        return false;
    }
    // Neither call touches the file: the caller still has to key the connection first.
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, parsed.busyTimeoutMs);

    m_db = db;
    setOpen(true);
    setOpenError(false);
    return true;
}

void CipherDriver::close()
{
    for (CipherResult* result : std::as_const(m_results)) {
        result->finalize();
    }
    if (m_db != nullptr) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    if (isOpen()) {
        setOpen(false);
    }
    setOpenError(false);
}

QSqlResult* CipherDriver::createResult() const
{
    return new CipherResult(this);
}

QVariant CipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

bool CipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case NamedPlaceholders:
    case PositionalPlaceholders:
    case LastInsertId:
    case LowPrecisionNumbers:
    case FinishQuery:
        return true;
    // A statement that is still reading holds the file's read lock; QSqlTableModel ends its
    // select before it writes when this is on.
    case SimpleLocking:
        return true;
    case QuerySize:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool CipherDriver::beginTransaction()
{
    return runTransactionStatement("BEGIN IMMEDIATE",
                                   QStringLiteral("Could not begin a transaction"));
}

bool CipherDriver::commitTransaction()
{
    return runTransactionStatement("COMMIT", QStringLiteral("Could not commit the transaction"));
}

bool CipherDriver::rollbackTransaction()
{
    return runTransactionStatement("ROLLBACK",
                                   QStringLiteral("Could not roll back the transaction"));
}

QStringList CipherDriver::tables(QSql::TableType type) const
{
    const QString internal = QStringLiteral("lower(substr(name, 1, 7)) = 'sqlite_'");
    QStringList conditions;
    if ((type & QSql::Tables) != 0) {
        conditions.append(QStringLiteral("(type = 'table' AND NOT %1)").arg(internal));
    }
    if ((type & QSql::SystemTables) != 0) {
        conditions.append(QStringLiteral("(type = 'table' AND %1)").arg(internal));
    }
    if ((type & QSql::Views) != 0) {
        conditions.append(QStringLiteral("type = 'view'"));
    }

    QStringList names;
    if (conditions.isEmpty()) {
        return names;
    }
    // The schema table describes every table but itself.
    if ((type & QSql::SystemTables) != 0) {
        names.append(QStringLiteral("sqlite_master"));
    }
    const QString where = conditions.join(QStringLiteral(" OR "));
    const auto rows = selectRows(m_db,
                                 QStringLiteral("SELECT name FROM sqlite_master WHERE %1 "
                                                "UNION ALL SELECT name FROM sqlite_temp_master "
                                                "WHERE %1 ORDER BY 1")
                                     .arg(where));
    for (const QVariantList& row : rows.value_or(QList<QVariantList>())) {
        names.append(row.value(0).toString());
    }
    return names;
}

QSqlRecord CipherDriver::record(const QString& tableName) const
{
    const QList<QVariantList> columns = tableInfo(tableName);
    const auto keyColumns = std::count_if(columns.cbegin(), columns.cend(), [](const auto& column) {
        return column.value(5).toInt() > 0;
    });
    const bool keyIsRowId = keyColumns == 1 && !hasKeyIndex(tableName);
    const QString table = stripDelimiters(escapeIdentifier(tableName, TableName), TableName);

    QSqlRecord record;
    for (const QVariantList& column : columns) {
        const QByteArray declaredType = column.value(2).toString().toUtf8();
        QSqlField field(
            column.value(1).toString(), CipherResult::columnType(declaredType.constData()), table);
        field.setRequiredStatus(column.value(3).toInt() != 0 ? QSqlField::Required
                                                             : QSqlField::Optional);
        field.setDefaultValue(defaultValue(column.value(4)));
        // Only a lone key declared exactly INTEGER is the rowid, which SQLite fills in.
        field.setAutoValue(keyIsRowId && column.value(5).toInt() > 0
                           && declaredType.trimmed().toUpper() == "INTEGER");
        record.append(field);
    }
    return record;
}

QSqlIndex CipherDriver::primaryIndex(const QString& tableName) const
{
    const QString table = stripDelimiters(escapeIdentifier(tableName, TableName), TableName);
    QList<std::pair<int, QSqlField>> keyFields;
    for (const QVariantList& column : tableInfo(tableName)) {
        const int keyPosition = column.value(5).toInt();
        if (keyPosition > 0) {
            const QByteArray declaredType = column.value(2).toString().toUtf8();
            keyFields.append({keyPosition,
                              QSqlField(column.value(1).toString(),
                                        CipherResult::columnType(declaredType.constData()),
                                        table)});
        }
    }
    std::sort(keyFields.begin(), keyFields.end(), [](const auto& left, const auto& right) {
        return left.first < right.first;
    });

    QSqlIndex index(table);
    for (const auto& keyField : std::as_const(keyFields)) {
        index.append(keyField.second);
    }
    return index;
}

QString CipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type)) {
        return identifier;
    }
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return QStringLiteral("\"%1\"").arg(escaped);
}

QString CipherDriver::formatValue(const QSqlField& field, bool trimStrings) const
{
    const std::optional<QVariant> stored = CipherResult::storedForm(field.value());
    if (!stored) {
        return {};
    }
    switch (stored->metaType().id()) {
    case QMetaType::LongLong:
        return QString::number(stored->toLongLong());
    case QMetaType::Double: {
        const double number = stored->toDouble();
        if (std::isnan(number)) {
            return QStringLiteral("NULL");
        }
        // SQLite reads a literal too large for a double as infinity, as a bound value stays.
        if (std::isinf(number)) {
            return number > 0 ? QStringLiteral("9e999") : QStringLiteral("-9e999");
        }
        QString text = QString::number(number, 'g', std::numeric_limits<double>::max_digits10);
        // Without a point or an exponent SQLite would read the literal as an integer.
        if (!text.contains(u'.') && !text.contains(u'e')) {
            text.append(QStringLiteral(".0"));
        }
        return text;
    }
    case QMetaType::QString: {
        QString text = stored->toString();
        if (trimStrings) {
            qsizetype end = text.size();
            while (end > 0 && text.at(end - 1).isSpace()) {
                --end;
            }
            text.truncate(end);
        }
        text.replace(u'\'', QStringLiteral("''"));
        return QStringLiteral("'%1'").arg(text);
    }
    case QMetaType::QByteArray:
        return QStringLiteral("X'%1'").arg(QString::fromLatin1(stored->toByteArray().toHex()));
    default:
        return QStringLiteral("NULL");
    }
}

QSqlError CipherDriver::makeError(sqlite3* db,
                                  int resultCode,
                                  const QString& attempted,
                                  QSqlError::ErrorType type)
{
    int code = resultCode;
    QString message = QString::fromUtf8(sqlite3_errstr(resultCode));
    // The connection knows the extended code and a more precise message, as long as nothing
    // else failed on it since.
    if (db != nullptr) {
        const int extended = sqlite3_extended_errcode(db);
        if ((extended & 0xff) == (resultCode & 0xff)) {
            code = extended;
            message = QString::fromUtf8(sqlite3_errmsg(db));
        }
    }
    return QSqlError(attempted, message, type, QString::number(code));
}

bool CipherDriver::runTransactionStatement(const char* sql, const QString& attempted)
{
    if (m_db == nullptr) {
        setLastError(QSqlError(attempted + QStringLiteral(": the database is not open"),
                               {},
                               QSqlError::TransactionError));
        return false;
    }
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(m_db, rc, attempted, QSqlError::TransactionError));
        return false;
    }
    return true;
}

QList<QVariantList> CipherDriver::tableInfo(const QString& tableName) const
{
    return selectRows(
               m_db,
               QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName)))
        .value_or(QList<QVariantList>());
}

// A key that is the rowid needs no index of its own; any other key, including an INTEGER key
// of a WITHOUT ROWID table, has one.
bool CipherDriver::hasKeyIndex(const QString& tableName) const
{
    const auto indexes = selectRows(
        m_db, QStringLiteral("PRAGMA index_list(%1)").arg(escapeIdentifier(tableName, TableName)));
    if (!indexes) {
        return true;
    }
    return std::any_of(indexes->cbegin(), indexes->cend(), [](const QVariantList& index) {
        return index.value(3).toString() == QStringLiteral("pk");
    });
}

} // namespace casedesk
