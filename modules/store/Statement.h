#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

struct sqlite3_stmt;

namespace casedesk {

class Database;

// A prepared statement on the database's own SQLCipher handle, for the few hot paths
// (bulk inserts, imports, demo data) where QSqlQuery's per-value bookkeeping costs more
// than the work itself. Everything else goes through QSqlQuery.
class Statement
{
    Q_DECLARE_TR_FUNCTIONS(Statement)

public:
    Statement(const Database& database, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Whether preparing worked; execute() reports the reason when it did not.
    [[nodiscard]] bool isPrepared() const { return m_statement != nullptr; }

    // Parameters count from 1, as in SQL. Text is bound as UTF-8.
    void bind(int index, const QString& text);
    // Text already in UTF-8, as a bulk writer makes it on another thread; shared, not copied.
    // Always text, even when empty: NULL is bindNull's.
    void bindUtf8(int index, const QByteArray& utf8);
    void bind(int index, qint64 number);
    void bindNull(int index);

    // Runs the statement to its end and makes it ready for the next set of values.
    [[nodiscard]] Result<void> execute();

private:
    const Database& m_database;
    sqlite3_stmt* m_statement = nullptr;
    int m_prepareCode = 0;
    // The UTF-8 of bound text, alive until the next execute so SQLite need not copy it.
    QList<QByteArray> m_text;
};

} // namespace casedesk
