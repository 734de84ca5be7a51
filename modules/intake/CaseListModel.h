#pragma once

#include "core/CaseStatus.h"
#include "core/Result.h"
#include "core/Session.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QUuid>
#include <QVariantList>

#include <optional>
#include <utility>

namespace casedesk {

class Database;

// Which cases the list shows. Empty members filter nothing.
struct CaseListFilter
{
    std::optional<CaseStatus> status;
    QString caseType;
    QUuid takenInBy;
    QDate from; // the day of intake, in local time, inclusive
    QDate to;
    // What was typed into the search box; when set, the list shows the best matches
    // (CaseRepository::search) and the other members narrow them further.
    QString search;

    bool operator==(const CaseListFilter& other) const = default;
};

// The cases of the workstation as a table, without ever holding them all: the model reads
// the rows a view asks for in pages, keeping only the pages last used, and counts the
// matching cases only after it has shown the first page. Sorting and filtering happen in
// SQL on the case indexes.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        CaseTypeColumn,
        ApplicantColumn,
        StatusColumn,
        ReceivedColumn,
        ClerkColumn,
        ColumnCount
    };

    enum Role
    {
        CaseIdRole = Qt::UserRole + 1,
        StatusRole, // the CaseStatus, as int
    };

    static constexpr int kDefaultPageSize = 256;
    static constexpr int kDefaultCachedPages = 64;

    CaseListModel(const Database& database, const Session& viewer, QObject* parent = nullptr);

    // Case type ids are shown with these labels; unknown ids are shown as they are.
    void setCaseTypeLabels(const QHash<QString, QString>& labels);

    [[nodiscard]] const CaseListFilter& filter() const { return m_filter; }
    void setFilter(const CaseListFilter& filter);
    // Reads the matching cases again, after cases were taken in or changed.
    void refresh();

    // At most this many matches of a search are listed, best first.
    static constexpr int kMaximumSearchHits = 1000;

    // The clerks of this workstation, by name, for filtering by who took a case in.
    [[nodiscard]] QList<std::pair<QUuid, QString>> clerks() const;

    // How many rows one read brings and how many such pages are kept; smaller values let a
    // test walk many pages over a small store. Resets the model.
    void setPaging(int pageSize, int cachedPages);
    // How many rows the model holds in memory now; never more than pageSize * cachedPages.
    [[nodiscard]] int cachedRowCount() const;

    // The message of the last failed read; empty while the model reads fine.
    [[nodiscard]] const QString& errorString() const { return m_errorString; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorts by number, type, status, intake time or clerk; the applicant column cannot be
    // sorted, since names have no index that could order a million cases quickly.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    [[nodiscard]] static bool isSortable(int column);

    // True from a reset until the matching cases are counted: meanwhile the model holds
    // its first page only, and rows are inserted once the count is known.
    [[nodiscard]] bool isCounting() const { return m_counting; }

Q_SIGNALS:
    // A read failed; the list shows what it had before.
    void readFailed(const QString& message);
    // The matching cases are counted and every row is there to be read.
    void countFinished();

private:
    struct Row
    {
        qint64 rowId = 0;
        QUuid id;
        QString number;
        QString caseType;
        QString applicant;
        CaseStatus status = CaseStatus::Received;
        QDateTime receivedAt;
        QUuid takenInBy;
        // The row's sort key, for reading the page after or before this one.
        QVariantList key;
    };
    struct Page
    {
        QList<Row> rows;
    };

    // The SQL pieces of the current filter and sort, with the values they bind.
    struct Query
    {
        QString where;
        QVariantList values;
        QStringList keyColumns; // the sort key, ending in c.rowid, as the index orders it
    };

    [[nodiscard]] const Row* rowAt(int row) const;
    [[nodiscard]] Result<Page> readPage(int page) const;
    [[nodiscard]] Result<QList<Row>> readRows(const QString& sql, const QVariantList& values) const;
    [[nodiscard]] Result<int> countRows() const;
    [[nodiscard]] Result<QList<qint64>> searchRowIds() const;
    [[nodiscard]] Query query() const;
    [[nodiscard]] QString clerkName(const QUuid& id) const;
    void cachePage(int page, Page rows) const;
    void reportError(const Error& error) const;
    void reset();
    void finishCount(quint64 generation);

    const Database& m_database;
    Session m_viewer;
    QHash<QString, QString> m_caseTypeLabels;
    CaseListFilter m_filter;
    int m_sortColumn = ReceivedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_rowCount = 0;
    quint64 m_generation = 0; // counts resets, so a late count can tell it is stale
    bool m_counting = false;
    int m_pageSize = kDefaultPageSize;
    int m_cachedPages = kDefaultCachedPages;
    // The matches, in order, when the filter has a search; their rows are read by rowid.
    QList<qint64> m_searchHits;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
    mutable QHash<QUuid, QString> m_clerkNames;
    mutable QString m_errorString;
};

} // namespace casedesk
