#include "CaseListModel.h"

#include "SearchTokens.h"
#include "core/Logging.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace casedesk {

namespace {

// The columns every page reads; the sort key follows them.
const QString kSelectedColumns =
    QStringLiteral("c.rowid, c.id, c.number, c.case_type, (SELECT name FROM applicants WHERE id = "
                   "c.applicant_id), c.status, c.created_at, c.taken_in_by");
constexpr int kSelectedColumnCount = 8;

// The start of a local day, as the store writes times.
QString dayStartText(const QDate& day)
{
    return Database::timeText(QDateTime(day, QTime(0, 0), QTimeZone::systemTimeZone()));
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
}

} // namespace

CaseListModel::CaseListModel(const Database& database, const Session& viewer, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_viewer(viewer)
{
    reset();
}

void CaseListModel::setCaseTypeLabels(const QHash<QString, QString>& labels)
{
    m_caseTypeLabels = labels;
    if (m_rowCount > 0) {
        Q_EMIT dataChanged(index(0, CaseTypeColumn), index(m_rowCount - 1, CaseTypeColumn));
    }
}

void CaseListModel::setFilter(const CaseListFilter& filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    refresh();
}

void CaseListModel::refresh()
{
    beginResetModel();
    reset();
    endResetModel();
}

bool CaseListModel::isSortable(int column)
{
    return column >= 0 && column < ColumnCount && column != ApplicantColumn;
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder)) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

void CaseListModel::reset()
{
    ++m_generation;
    m_counting = false;
    m_pages.clear();
    m_pageUse.clear();
    m_clerkNames.clear();
    m_searchHits.clear();
    m_errorString.clear();
    m_rowCount = 0;

    if (!m_viewer.may(Permission::ViewCases)) {
        reportError(Error(ErrorKind::PermissionDenied, tr("Your role may not see the cases.")));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    if (!m_filter.search.trimmed().isEmpty()) {
        auto hits = searchRowIds();
        if (!hits) {
            reportError(hits.error());
            return;
        }
        m_searchHits = std::move(hits).value();
        m_rowCount = int(m_searchHits.size());
    } else {
        // The first page now, the count after it: counting a million cases takes longer
        // than a screen should wait, so the list shows its first rows and grows after.
        m_rowCount = m_pageSize;
        auto first = readPage(0);
        if (!first) {
            m_rowCount = 0;
            reportError(first.error());
            return;
        }
        m_rowCount = int(first.value().rows.size());
        const bool more = m_rowCount == m_pageSize;
        cachePage(0, std::move(first).value());
        if (more) {
            m_counting = true;
            QMetaObject::invokeMethod(
                this,
                [this, generation = m_generation] { finishCount(generation); },
                Qt::QueuedConnection);
        }
    }
    qCDebug(lcIntake) << "Case list shows" << m_rowCount << "rows after" << timer.elapsed() << "ms";
}

void CaseListModel::finishCount(quint64 generation)
{
    // A newer filter or sort has started over since this count was asked for.
    if (generation != m_generation) {
        return;
    }
    m_counting = false;
    QElapsedTimer timer;
    timer.start();
    const auto counted = countRows();
    if (!counted) {
        reportError(counted.error());
        return;
    }
    qCDebug(lcIntake) << "Case list counted" << counted.value() << "rows in" << timer.elapsed()
                      << "ms";
    if (counted.value() > m_rowCount) {
        beginInsertRows({}, m_rowCount, counted.value() - 1);
        m_rowCount = counted.value();
        endInsertRows();
    }
    Q_EMIT countFinished();
}

void CaseListModel::reportError(const Error& error) const
{
    qCWarning(lcIntake) << "Reading the case list failed:" << error.detail();
    m_errorString = error.message();
    // data() is const and may run inside a view's paint; tell the view afterwards.
    QMetaObject::invokeMethod(
        const_cast<CaseListModel*>(this),
        [this, message = error.message()] {
            Q_EMIT const_cast<CaseListModel*>(this)->readFailed(message);
        },
        Qt::QueuedConnection);
}

CaseListModel::Query CaseListModel::query() const
{
    Query query;
    QStringList conditions;
    if (m_filter.status) {
        conditions.append(QStringLiteral("c.status = ?"));
        query.values.append(CaseStatusRules::id(*m_filter.status));
    }
    if (!m_filter.caseType.isEmpty()) {
        conditions.append(QStringLiteral("c.case_type = ?"));
        query.values.append(m_filter.caseType);
    }
    if (!m_filter.takenInBy.isNull()) {
        conditions.append(QStringLiteral("c.taken_in_by = ?"));
        query.values.append(m_filter.takenInBy.toString(QUuid::WithoutBraces));
    }
    if (m_filter.from.isValid()) {
        conditions.append(QStringLiteral("c.created_at >= ?"));
        query.values.append(dayStartText(m_filter.from));
    }
    if (m_filter.to.isValid()) {
        conditions.append(QStringLiteral("c.created_at < ?"));
        query.values.append(dayStartText(m_filter.to.addDays(1)));
    }
    query.where = conditions.isEmpty() ? QString() : conditions.join(QStringLiteral(" AND "));

    // Each key matches an index of the cases table (which ends in the rowid), so SQLite
    // walks the index instead of sorting.
    switch (m_sortColumn) {
    case NumberColumn:
        query.keyColumns = {QStringLiteral("c.number")};
        break;
    case CaseTypeColumn:
        query.keyColumns = {QStringLiteral("c.case_type"), QStringLiteral("c.created_at")};
        break;
    case StatusColumn:
        query.keyColumns = {QStringLiteral("c.status"), QStringLiteral("c.created_at")};
        break;
    case ClerkColumn:
        query.keyColumns = {QStringLiteral("c.taken_in_by"), QStringLiteral("c.created_at")};
        break;
    default:
        query.keyColumns = {QStringLiteral("c.created_at")};
        break;
    }
    query.keyColumns.append(QStringLiteral("c.rowid"));
    return query;
}

Result<int> CaseListModel::countRows() const
{
    const Query q = query();
    QSqlQuery count(m_database.connection());
    count.setForwardOnly(true);
    count.prepare(QStringLiteral("SELECT count(*) FROM cases c")
                  + (q.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + q.where));
    bindAll(count, q.values);
    if (!count.exec() || !count.next()) {
        return m_database.errorFrom(count.lastError(), tr("counting the cases"));
    }
    return int(std::min<qint64>(count.value(0).toLongLong(), std::numeric_limits<int>::max()));
}

Result<QList<qint64>> CaseListModel::searchRowIds() const
{
    const QString expression = SearchTokens::matchExpression(m_filter.search);
    if (expression.isEmpty()) {
        return QList<qint64>();
    }
    const Query q = query();
    QStringList order;
    for (const QString& column : q.keyColumns) {
        order.append(column
                     + (m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC")
                                                          : QStringLiteral(" DESC")));
    }
    QSqlQuery select(m_database.connection());
    select.setForwardOnly(true);
    select.prepare(
        QStringLiteral("SELECT c.rowid FROM case_search s JOIN cases c ON c.rowid = s.docid "
                       "WHERE s.tokens MATCH ?")
        + (q.where.isEmpty() ? QString() : QStringLiteral(" AND ") + q.where)
        + QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "))
        + QStringLiteral(" LIMIT ?"));
    select.addBindValue(expression);
    bindAll(select, q.values);
    select.addBindValue(kMaximumSearchHits);
    if (!select.exec()) {
        return m_database.errorFrom(select.lastError(), tr("searching the cases"));
    }
    QList<qint64> rowIds;
    while (select.next()) {
        rowIds.append(select.value(0).toLongLong());
    }
    return rowIds;
}

Result<QList<CaseListModel::Row>> CaseListModel::readRows(const QString& sql,
                                                          const QVariantList& values) const
{
    QSqlQuery select(m_database.connection());
    select.setForwardOnly(true);
    select.prepare(sql);
    bindAll(select, values);
    if (!select.exec()) {
        return m_database.errorFrom(select.lastError(), tr("reading the case list"));
    }
    QList<Row> rows;
    rows.reserve(m_pageSize);
    const int keyCount = select.record().count() - kSelectedColumnCount;
    while (select.next()) {
        Row row;
        row.rowId = select.value(0).toLongLong();
        row.id = QUuid::fromString(select.value(1).toString());
        row.number = select.value(2).toString();
        row.caseType = select.value(3).toString();
        row.applicant = select.value(4).toString();
        row.status =
            CaseStatusRules::fromId(select.value(5).toString()).value_or(CaseStatus::Received);
        row.receivedAt = QDateTime::fromString(select.value(6).toString(), Qt::ISODateWithMs);
        row.takenInBy = QUuid::fromString(select.value(7).toString());
        for (int i = 0; i < keyCount; ++i) {
            row.key.append(select.value(kSelectedColumnCount + i));
        }
        rows.append(std::move(row));
    }
    return rows;
}

Result<CaseListModel::Page> CaseListModel::readPage(int page) const
{
    if (!m_searchHits.isEmpty()) {
        const auto hits = m_searchHits.mid(qsizetype(page) * m_pageSize, m_pageSize);
        QVariantList values;
        for (qint64 rowId : hits) {
            values.append(rowId);
        }
        auto rows = readRows(QStringLiteral("SELECT ") + kSelectedColumns
                                 + QStringLiteral(" FROM cases c WHERE c.rowid IN (")
                                 + placeholders(values.size()) + QLatin1Char(')'),
                             values);
        if (!rows) {
            return rows.error();
        }
        // IN () answers in rowid order; the search decided the order.
        QHash<qint64, Row> byRowId;
        QList<Row> read = std::move(rows).value();
        for (Row& row : read) {
            byRowId.insert(row.rowId, std::move(row));
        }
        Page result;
        for (qint64 rowId : hits) {
            if (byRowId.contains(rowId)) {
                result.rows.append(byRowId.take(rowId));
            }
        }
        return result;
    }

    // The neighbouring page's key lets SQLite seek straight to this one; without a
    // neighbour, the page is counted from the nearer end of the list.
    const Query q = query();
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const auto before = m_pages.constFind(page - 1);
    const auto after = m_pages.constFind(page + 1);
    bool reversed = false;
    QString seek;
    QVariantList values = q.values;
    int offset = 0;
    const QString keyTuple =
        QLatin1Char('(') + q.keyColumns.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (before != m_pages.constEnd() && !before->rows.isEmpty()) {
        seek = keyTuple + (ascending ? QStringLiteral(" > (") : QStringLiteral(" < ("))
            + placeholders(q.keyColumns.size()) + QLatin1Char(')');
        values.append(before->rows.constLast().key);
    } else if (after != m_pages.constEnd() && !after->rows.isEmpty()) {
        reversed = true;
        seek = keyTuple + (ascending ? QStringLiteral(" < (") : QStringLiteral(" > ("))
            + placeholders(q.keyColumns.size()) + QLatin1Char(')');
        values.append(after->rows.constFirst().key);
    } else {
        const int start = page * m_pageSize;
        const int end = std::min(start + m_pageSize, m_rowCount);
        reversed = start > m_rowCount - end;
        offset = reversed ? m_rowCount - end : start;
    }

    const bool descending = ascending == reversed;
    QStringList order;
    for (const QString& column : q.keyColumns) {
        order.append(column + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")));
    }
    QStringList conditions;
    if (!q.where.isEmpty()) {
        conditions.append(q.where);
    }
    if (!seek.isEmpty()) {
        conditions.append(seek);
    }
    const int limit = std::min(m_pageSize, m_rowCount - page * m_pageSize);
    values.append(limit);
    values.append(offset);
    auto rows =
        readRows(QStringLiteral("SELECT ") + kSelectedColumns + QStringLiteral(", ")
                     + q.keyColumns.join(QStringLiteral(", ")) + QStringLiteral(" FROM cases c")
                     + (conditions.isEmpty()
                            ? QString()
                            : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")))
                     + QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "))
                     + QStringLiteral(" LIMIT ? OFFSET ?"),
                 values);
    if (!rows) {
        return rows.error();
    }
    Page result {std::move(rows).value()};
    if (reversed) {
        std::reverse(result.rows.begin(), result.rows.end());
    }
    return result;
}

void CaseListModel::cachePage(int page, Page rows) const
{
    m_pages.insert(page, std::move(rows));
    m_pageUse.removeOne(page);
    m_pageUse.append(page);
    while (m_pageUse.size() > m_cachedPages) {
        m_pages.remove(m_pageUse.takeFirst());
    }
}

const CaseListModel::Row* CaseListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount) {
        return nullptr;
    }
    const int page = row / m_pageSize;
    auto found = m_pages.constFind(page);
    if (found == m_pages.constEnd()) {
        auto read = readPage(page);
        if (!read) {
            reportError(read.error());
            return nullptr;
        }
        cachePage(page, std::move(read).value());
        found = m_pages.constFind(page);
    } else if (m_pageUse.constLast() != page) {
        m_pageUse.removeOne(page);
        m_pageUse.append(page);
    }
    const int within = row % m_pageSize;
    return within < found->rows.size() ? &found->rows.at(within) : nullptr;
}

void CaseListModel::setPaging(int pageSize, int cachedPages)
{
    m_pageSize = std::max(pageSize, 1);
    m_cachedPages = std::max(cachedPages, 2);
    refresh();
}

QList<std::pair<QUuid, QString>> CaseListModel::clerks() const
{
    QList<std::pair<QUuid, QString>> clerks;
    QSqlQuery users(m_database.connection());
    users.setForwardOnly(true);
    if (!users.exec(
            QStringLiteral("SELECT id, name FROM users WHERE role = 'clerk' ORDER BY name"))) {
        reportError(m_database.errorFrom(users.lastError(), tr("reading the clerks")));
        return clerks;
    }
    while (users.next()) {
        clerks.append({QUuid::fromString(users.value(0).toString()), users.value(1).toString()});
    }
    return clerks;
}

int CaseListModel::cachedRowCount() const
{
    int rows = 0;
    for (const Page& page : std::as_const(m_pages)) {
        rows += int(page.rows.size());
    }
    return rows;
}

QString CaseListModel::clerkName(const QUuid& id) const
{
    if (m_clerkNames.isEmpty()) {
        QSqlQuery users(m_database.connection());
        users.setForwardOnly(true);
        if (users.exec(QStringLiteral("SELECT id, name FROM users"))) {
            while (users.next()) {
                m_clerkNames.insert(QUuid::fromString(users.value(0).toString()),
                                    users.value(1).toString());
            }
        }
    }
    return m_clerkNames.value(id);
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != CaseIdRole
        && role != StatusRole) {
        return {};
    }
    const Row* row = rowAt(index.row());
    if (!row) {
        return {};
    }
    if (role == CaseIdRole) {
        return row->id;
    }
    if (role == StatusRole) {
        return int(row->status);
    }
    switch (index.column()) {
    case NumberColumn:
        return row->number;
    case CaseTypeColumn:
        return m_caseTypeLabels.value(row->caseType, row->caseType);
    case ApplicantColumn:
        return row->applicant;
    case StatusColumn:
        return CaseStatusRules::displayName(row->status);
    case ReceivedColumn:
        return row->receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case ClerkColumn:
        return clerkName(row->takenInBy);
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NumberColumn:
        return tr("Case number");
    case CaseTypeColumn:
        return tr("Type");
    case ApplicantColumn:
        return tr("Applicant");
    case StatusColumn:
        return tr("Status");
    case ReceivedColumn:
        return tr("Received");
    case ClerkColumn:
        return tr("Clerk");
    default:
        return {};
    }
}

} // namespace casedesk
