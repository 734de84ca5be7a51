#include "Statement.h"

#include "Database.h"

#include <sqlite3.h>

namespace casedesk {

Statement::Statement(const Database& database, const char* sql)
    : m_database(database)
{
    m_prepareCode = sqlite3_prepare_v2(database.handle(), sql, -1, &m_statement, nullptr);
    if (m_prepareCode != SQLITE_OK) {
        m_prepareCode = sqlite3_extended_errcode(database.handle());
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

void Statement::bind(int index, const QString& text)
{
    if (text.isNull()) {
        bindNull(index);
        return;
    }
    bindUtf8(index, text.toUtf8());
}

void Statement::bindUtf8(int index, const QByteArray& utf8)
{
    // An empty QByteArray may be null; it is still text here, so never bound as NULL.
    m_text.append(utf8);
    const QByteArray& kept = m_text.constLast();
    sqlite3_bind_text64(m_statement,
                        index,
                        kept.constData(),
                        static_cast<sqlite3_uint64>(kept.size()),
                        SQLITE_STATIC,
                        SQLITE_UTF8);
}

void Statement::bind(int index, qint64 number)
{
    sqlite3_bind_int64(m_statement, index, number);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

Result<void> Statement::execute()
{
    if (m_statement == nullptr) {
        return m_database.errorFromCode(m_prepareCode, tr("preparing a change"));
    }
    int rc = sqlite3_step(m_statement);
    while (rc == SQLITE_ROW) {
        rc = sqlite3_step(m_statement);
    }
    const int code = rc == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(m_database.handle());
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_text.clear();
    if (code != SQLITE_OK) {
        return m_database.errorFromCode(code, tr("saving a change"));
    }
    return Result<void>::success();
}

} // namespace casedesk
