#include "CipherResult.h"

#include "CipherDriver.h"

#include <QDate>
#include <QDateTime>
#include <QSqlField>
#include <QTime>
#include <QUuid>

#include <sqlite3.h>

#include <initializer_list>
#include <limits>

namespace casedesk {

namespace {

bool containsAny(const QByteArray& text, std::initializer_list<const char*> words)
{
    for (const char* word : words) {
        if (text.contains(word)) {
            return true;
        }
    }
    return false;
}

// SQLite sets last_insert_rowid only when a row is inserted, but the same number can come
// twice in a row; the statement's first keyword settles it.
bool isInsertStatement(const QString& query)
{
    const QString start = query.trimmed().left(7).toUpper();
    return start.startsWith(QStringLiteral("INSERT"))
        || start.startsWith(QStringLiteral("REPLACE"));
}

} // namespace

CipherResult::CipherResult(const CipherDriver* driver)
    : QSqlResult(driver)
{
    if (driver != nullptr) {
        driver->m_results.append(this);
    }
}

CipherResult::~CipherResult()
{
    finalize();
    if (const auto* cipherDriver = static_cast<const CipherDriver*>(driver())) {
        cipherDriver->m_results.removeOne(this);
    }
}

QVariant CipherResult::handle() const
{
    return QVariant::fromValue(m_stmt);
}

bool CipherResult::prepare(const QString& query)
{
    finalize();
    setSelect(false);
    sqlite3* db = connection();
    if (db == nullptr) {
        setLastError(QSqlError(QStringLiteral("Could not prepare the statement: the database is "
                                              "not open"),
                               {},
                               QSqlError::ConnectionError));
        return false;
    }

    const QByteArray sql = query.toUtf8();
    const char* tail = nullptr;
    const int rc =
        sqlite3_prepare_v2(db, sql.constData(), static_cast<int>(sql.size()) + 1, &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setError(rc, QStringLiteral("Could not prepare the statement"));
        finalize();
        return false;
    }
    if (m_stmt == nullptr) {
        setLastError(QSqlError(QStringLiteral("Could not prepare the statement: it is empty"),
                               {},
                               QSqlError::StatementError));
        return false;
    }

    // SQLite would silently skip whatever follows the first statement.
    sqlite3_stmt* next = nullptr;
    const int nextRc = sqlite3_prepare_v2(db, tail, -1, &next, nullptr);
    sqlite3_finalize(next);
    if (nextRc != SQLITE_OK || next != nullptr) {
        finalize();
        setLastError(QSqlError(QStringLiteral("Could not prepare the statement: the text holds "
                                              "more than one statement"),
                               {},
                               QSqlError::StatementError));
        return false;
    }

    const int columns = sqlite3_column_count(m_stmt);
    m_columnTypes.reserve(columns);
    for (int column = 0; column < columns; ++column) {
        m_columnTypes.append(columnType(sqlite3_column_decltype(m_stmt, column)));
    }
    m_isInsert = isInsertStatement(query);
    return true;
}

bool CipherResult::exec()
{
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    clearRows();
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    if (m_stmt == nullptr || connection() == nullptr) {
        setLastError(QSqlError(QStringLiteral("Could not execute the statement: it is not "
                                              "prepared or the database is closed"),
                               {},
                               QSqlError::StatementError));
        return false;
    }

    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_boundText.clear();
    if (!bindValues()) {
        return false;
    }
    return runFirstStep();
}

bool CipherResult::reset(const QString& query)
{
    return prepare(query) && exec();
}

QVariant CipherResult::data(int column)
{
    const Row* row = currentRow();
    return row != nullptr ? row->value(column) : QVariant();
}

bool CipherResult::isNull(int column)
{
    return data(column).isNull();
}

bool CipherResult::fetch(int row)
{
    // A forward-only query has dropped the rows before the current one.
    if (!isActive() || !isSelect() || row < 0 || row < m_firstCachedRow) {
        return false;
    }
    while (row >= m_firstCachedRow + m_rows.size()) {
        if (stepRow() != Step::Row) {
            return false;
        }
    }
    setAt(row);
    return true;
}

bool CipherResult::fetchFirst()
{
    return fetch(0);
}

bool CipherResult::fetchLast()
{
    if (!isActive() || !isSelect()) {
        return false;
    }
    Step step = Step::Row;
    while (step == Step::Row) {
        step = stepRow();
    }
    const int last = m_firstCachedRow + static_cast<int>(m_rows.size()) - 1;
    if (step == Step::Failed || last < 0) {
        return false;
    }
    setAt(last);
    return true;
}

int CipherResult::size()
{
    return -1;
}

int CipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord CipherResult::record() const
{
    QSqlRecord record;
    if (m_stmt == nullptr) {
        return record;
    }
    const int columns = sqlite3_column_count(m_stmt);
    for (int column = 0; column < columns; ++column) {
        QMetaType type = m_columnTypes.value(column);
        // An expression has no declared type; the first value read is the best guess.
        if (!type.isValid() && !m_rows.isEmpty()) {
            type = m_rows.constFirst().value(column).metaType();
        }
        const char* table = sqlite3_column_table_name(m_stmt, column);
        QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, column)),
                        type,
                        table != nullptr ? QString::fromUtf8(table) : QString());
        record.append(field);
    }
    return record;
}

QVariant CipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

void CipherResult::detachFromResultSet()
{
    if (m_stmt != nullptr) {
        sqlite3_reset(m_stmt);
    }
    m_atEnd = true;
}

std::optional<QVariant> CipherResult::storedForm(const QVariant& value)
{
    if (isNullValue(value)) {
        return QVariant();
    }
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return QVariant(qlonglong(value.toBool() ? 1 : 0));
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return QVariant(value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const qulonglong number = value.toULongLong();
        if (number > qulonglong(std::numeric_limits<qlonglong>::max())) {
            return std::nullopt;
        }
        return QVariant(qlonglong(number));
    }
    case QMetaType::Float:
    case QMetaType::Double:
        return QVariant(value.toDouble());
    case QMetaType::QString:
    case QMetaType::QByteArray:
        return value;
    case QMetaType::QDate:
        return QVariant(value.toDate().toString(QStringLiteral("yyyy-MM-dd")));
    case QMetaType::QTime:
        return QVariant(value.toTime().toString(QStringLiteral("HH:mm:ss.zzz")));
    case QMetaType::QDateTime:
        return QVariant(
            value.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")));
    case QMetaType::QUuid:
        return QVariant(value.toUuid().toString(QUuid::WithoutBraces));
    default:
        if (!value.canConvert<QString>()) {
            return std::nullopt;
        }
        return QVariant(value.toString());
    }
}

QMetaType CipherResult::columnType(const char* declaredType)
{
    if (declaredType == nullptr || *declaredType == '\0') {
        return {};
    }
    // SQLite's affinity rules, in SQLite's order.
    const QByteArray type = QByteArray(declaredType).toUpper();
    if (type.contains("INT")) {
        return QMetaType::fromType<qlonglong>();
    }
    if (containsAny(type, {"CHAR", "CLOB", "TEXT"})) {
        return QMetaType::fromType<QString>();
    }
    if (type.contains("BLOB")) {
        return QMetaType::fromType<QByteArray>();
    }
    if (containsAny(type, {"REAL", "FLOA", "DOUB"})) {
        return QMetaType::fromType<double>();
    }
    // Numeric affinity: these hold what this driver writes for dates, times, ids and booleans.
    if (containsAny(type, {"DATE", "TIME", "UUID"})) {
        return QMetaType::fromType<QString>();
    }
    if (type.startsWith("BOOL")) {
        return QMetaType::fromType<qlonglong>();
    }
    return {};
}

// Qt's own drivers store these as NULL too, so code keeps its meaning across drivers.
bool CipherResult::isNullValue(const QVariant& value)
{
    if (value.isNull()) {
        return true;
    }
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return !value.toDate().isValid();
    case QMetaType::QTime:
        return !value.toTime().isValid();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    case QMetaType::QUuid:
        return value.toUuid().isNull();
    default:
        return false;
    }
}

sqlite3* CipherResult::connection() const
{
    const auto* cipherDriver = static_cast<const CipherDriver*>(driver());
    return cipherDriver != nullptr ? cipherDriver->m_db : nullptr;
}

// QSqlResult rewrites each ? into a name and records every placeholder occurrence in order,
// so occurrence k carries boundValueName(k). SQLite gives a name used twice one parameter.
bool CipherResult::bindValues()
{
    const QList<QVariant>& values = boundValues();
    const int parameterCount = sqlite3_bind_parameter_count(m_stmt);
    QList<bool> bound(parameterCount, false);

    const auto refuseCount = [&] {
        setLastError(QSqlError(QStringLiteral("Could not execute the statement: it has %1 "
                                              "placeholders but %2 values were bound")
                                   .arg(parameterCount)
                                   .arg(values.size()),
                               {},
                               QSqlError::StatementError));
        return false;
    };

    if (m_parameterIndexes.size() != values.size()) {
        m_parameterIndexes.clear();
        for (int occurrence = 0; occurrence < values.size(); ++occurrence) {
            const QByteArray name = boundValueName(occurrence).toUtf8();
            int index = sqlite3_bind_parameter_index(m_stmt, name.constData());
            // A placeholder QSqlResult does not parse, such as ?1 or $name, binds by position.
            if (index == 0 && occurrence < parameterCount) {
                index = occurrence + 1;
            }
            m_parameterIndexes.append(index);
        }
    }

    for (int occurrence = 0; occurrence < values.size(); ++occurrence) {
        const int index = m_parameterIndexes.at(occurrence);
        if (index == 0) {
            return refuseCount();
        }
        if (!bindParameter(index, values.at(occurrence))) {
            return false;
        }
        bound[index - 1] = true;
    }
    if (bound.contains(false)) {
        return refuseCount();
    }
    return true;
}

bool CipherResult::bindParameter(int index, const QVariant& value)
{
    const std::optional<QVariant> stored = storedForm(value);
    if (!stored) {
        setLastError(QSqlError(QStringLiteral("Could not bind parameter %1: a value of type %2 "
                                              "cannot be stored")
                                   .arg(index)
                                   .arg(QString::fromLatin1(value.metaType().name())),
                               {},
                               QSqlError::StatementError));
        return false;
    }

    int rc = SQLITE_OK;
    switch (stored->metaType().id()) {
    case QMetaType::LongLong:
        rc = sqlite3_bind_int64(m_stmt, index, stored->toLongLong());
        break;
    case QMetaType::Double:
        rc = sqlite3_bind_double(m_stmt, index, stored->toDouble());
        break;
    case QMetaType::QString: {
        m_boundText.append(stored->toString().toUtf8());
        const QByteArray& text = m_boundText.constLast();
        rc = sqlite3_bind_text64(m_stmt,
                                 index,
                                 text.constData(),
                                 static_cast<sqlite3_uint64>(text.size()),
                                 SQLITE_STATIC,
                                 SQLITE_UTF8);
        break;
    }
    case QMetaType::QByteArray: {
        const QByteArray bytes = stored->toByteArray();
        // A null data pointer would bind NULL instead of an empty blob.
        rc = bytes.isEmpty() ? sqlite3_bind_zeroblob(m_stmt, index, 0)
                             : sqlite3_bind_blob64(m_stmt,
                                                   index,
                                                   bytes.constData(),
                                                   static_cast<sqlite3_uint64>(bytes.size()),
                                                   SQLITE_TRANSIENT);
        break;
    }
    default:
        rc = sqlite3_bind_null(m_stmt, index);
        break;
    }

    if (rc != SQLITE_OK) {
        setError(rc, QStringLiteral("Could not bind parameter %1").arg(index));
        return false;
    }
    return true;
}

// The first step runs the statement, so its errors (constraints, locks, a wrong key) belong
// to exec(); a row it yields is kept for the first fetch.
bool CipherResult::runFirstStep()
{
    sqlite3* db = connection();
    const int changesBefore = sqlite3_total_changes(db);
    const sqlite3_int64 rowIdBefore = sqlite3_last_insert_rowid(db);

    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_rows.append(readRow());
        m_atEnd = false;
        setSelect(true);
        setActive(true);
        return true;
    }
    if (rc != SQLITE_DONE) {
        setError(rc, QStringLiteral("Could not execute the statement"));
        sqlite3_reset(m_stmt);
        return false;
    }

    const bool select = sqlite3_column_count(m_stmt) > 0;
    if (!select) {
        // sqlite3_changes() keeps the count of the last INSERT, UPDATE or DELETE, even
        // across other statements.
        const bool changed = sqlite3_total_changes(db) != changesBefore;
        m_rowsAffected = changed ? sqlite3_changes(db) : 0;
        const sqlite3_int64 rowId = sqlite3_last_insert_rowid(db);
        if (changed && (rowId != rowIdBefore || m_isInsert)) {
            m_lastInsertId = QVariant(qlonglong(rowId));
        }
    }
    sqlite3_reset(m_stmt);
    m_atEnd = true;
    setSelect(select);
    setActive(true);
    return true;
}

CipherResult::Step CipherResult::stepRow()
{
    if (m_atEnd || m_stmt == nullptr) {
        return Step::Done;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        if (isForwardOnly()) {
            m_firstCachedRow += static_cast<int>(m_rows.size());
            m_rows.clear();
        }
        m_rows.append(readRow());
        return Step::Row;
    }

    m_atEnd = true;
    // Resetting ends the read at once, releasing its lock on the file.
    if (rc != SQLITE_DONE) {
        setError(rc, QStringLiteral("Could not read the next row"));
        sqlite3_reset(m_stmt);
        return Step::Failed;
    }
    sqlite3_reset(m_stmt);
    return Step::Done;
}

CipherResult::Row CipherResult::readRow() const
{
    const int columns = sqlite3_data_count(m_stmt);
    Row row;
    row.reserve(columns);
    for (int column = 0; column < columns; ++column) {
        switch (sqlite3_column_type(m_stmt, column)) {
        case SQLITE_INTEGER:
            row.append(QVariant(qlonglong(sqlite3_column_int64(m_stmt, column))));
            break;
        case SQLITE_FLOAT:
            switch (numericalPrecisionPolicy()) {
            case QSql::LowPrecisionInt32:
                row.append(QVariant(sqlite3_column_int(m_stmt, column)));
                break;
            case QSql::LowPrecisionInt64:
                row.append(QVariant(qlonglong(sqlite3_column_int64(m_stmt, column))));
                break;
            default:
                row.append(QVariant(sqlite3_column_double(m_stmt, column)));
                break;
            }
            break;
        case SQLITE_TEXT: {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
            const int bytes = sqlite3_column_bytes(m_stmt, column);
            row.append(QVariant(QString::fromUtf8(text, bytes)));
            break;
        }
        case SQLITE_BLOB: {
            const auto* blob = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
            const int bytes = sqlite3_column_bytes(m_stmt, column);
            row.append(QVariant(bytes > 0 ? QByteArray(blob, bytes) : QByteArray("")));
            break;
        }
        default:
            row.append(QVariant(m_columnTypes.value(column)));
            break;
        }
    }
    return row;
}

const CipherResult::Row* CipherResult::currentRow() const
{
    const qsizetype index = qsizetype(at()) - m_firstCachedRow;
    if (at() < 0 || index < 0 || index >= m_rows.size()) {
        return nullptr;
    }
    return &m_rows.at(index);
}

void CipherResult::setError(int resultCode, const QString& attempted)
{
    setLastError(
        CipherDriver::makeError(connection(), resultCode, attempted, QSqlError::StatementError));
}

void CipherResult::clearRows()
{
    m_rows.clear();
    m_firstCachedRow = 0;
    m_atEnd = true;
}

void CipherResult::finalize()
{
    clearRows();
    m_parameterIndexes.clear();
    m_boundText.clear();
    m_columnTypes.clear();
    m_isInsert = false;
    if (m_stmt != nullptr) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        setActive(false);
    }
}

} // namespace casedesk
