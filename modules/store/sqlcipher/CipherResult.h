#pragma once

#include <QList>
#include <QMetaType>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt*)
Q_DECLARE_METATYPE(sqlite3_stmt*)

namespace casedesk {

class CipherDriver;

// One prepared statement on a CipherDriver connection, keeping the rows read so far when the
// query is scrollable so that QSqlQuery can move back (CipherDriver.h describes the values).
class CipherResult final : public QSqlResult
{
public:
    explicit CipherResult(const CipherDriver* driver);
    ~CipherResult() override;

    // The sqlite3_stmt* of the prepared statement, or a null one.
    [[nodiscard]] QVariant handle() const override;

protected:
    bool prepare(const QString& query) override;
    bool exec() override;
    bool reset(const QString& query) override;
    QVariant data(int column) override;
    bool isNull(int column) override;
    bool fetch(int row) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    // Always -1: SQLite only knows how many rows there are after reading them all.
    int size() override;
    int numRowsAffected() override;
    [[nodiscard]] QSqlRecord record() const override;
    [[nodiscard]] QVariant lastInsertId() const override;
    // Ends the statement so that it no longer holds a read lock; rows already read stay.
    void detachFromResultSet() override;

private:
    friend class CipherDriver;

    using Row = QList<QVariant>;

    enum class Step
    {
        Row,
        Done,
        Failed,
    };

    // The value as SQLite stores it: a null QVariant, qlonglong, double, QString or
    // QByteArray; nothing when the value has no stored form.
    [[nodiscard]] static std::optional<QVariant> storedForm(const QVariant& value);
    [[nodiscard]] static QMetaType columnType(const char* declaredType);
    [[nodiscard]] static bool isNullValue(const QVariant& value);

    [[nodiscard]] sqlite3* connection() const;
    [[nodiscard]] bool bindValues();
    [[nodiscard]] bool bindParameter(int index, const QVariant& value);
    [[nodiscard]] bool runFirstStep();
    [[nodiscard]] Step stepRow();
    [[nodiscard]] Row readRow() const;
    [[nodiscard]] const Row* currentRow() const;
    void setError(int resultCode, const QString& attempted);
    void clearRows();
    // Drops the statement; the connection calls this before it closes.
    void finalize();

    sqlite3_stmt* m_stmt = nullptr;
    bool m_isInsert = false;
    // The SQLite parameter index of each bound value, worked out on the first exec after
    // prepare; the placeholders cannot change until the next prepare.
    QList<int> m_parameterIndexes;
    // The UTF-8 of bound text, kept until the next exec so SQLite need not copy it.
    QList<QByteArray> m_boundText;
    // The declared type of each column, so that a NULL reads as a null of that type.
    QList<QMetaType> m_columnTypes;
    // The rows read so far; a forward-only query keeps only the current one.
    QList<Row> m_rows;
    int m_firstCachedRow = 0;
    bool m_atEnd = true;
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

} // namespace casedesk
