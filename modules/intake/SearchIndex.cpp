#include "SearchIndex.h"

#include "SearchTokens.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QElapsedTimer>
#include <QSqlQuery>

namespace casedesk {

SearchIndex::SearchIndex(const Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{ }

Result<bool> SearchIndex::isCurrent() const
{
    QSqlQuery state(m_database.connection());
    if (!state.exec(QStringLiteral("SELECT tokens_version FROM search_index_state WHERE id = 1"))) {
        return m_database.errorFrom(state.lastError(), tr("reading the state of the search index"));
    }
    return state.next() && state.value(0).toInt() == SearchTokens::kVersion;
}

Result<qint64> SearchIndex::bringUpToDate(const Progress& progress)
{
    const auto current = isCurrent();
    if (!current) {
        return current.error();
    }
    if (current.value()) {
        return qint64(0);
    }
    const QString what = tr("indexing the cases for search");

    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    // Made again empty from its own definition, whatever the last migration declared, so
    // rows another writer added to the stale index meanwhile are not indexed twice.
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND "
                                   "name = 'case_search'"))
        || !query.next()) {
        return m_database.errorFrom(query.lastError(), what);
    }
    const QString definition = query.value(0).toString();
    query.finish();
    if (auto dropped = m_database.exec(QStringLiteral("DROP TABLE case_search")); !dropped) {
        return dropped.error();
    }
    if (auto created = m_database.exec(definition); !created) {
        return created.error();
    }
    if (!query.exec(QStringLiteral("SELECT count(*) FROM cases")) || !query.next()) {
        return m_database.errorFrom(query.lastError(), what);
    }
    const qint64 total = query.value(0).toLongLong();

    QElapsedTimer timer;
    timer.start();
    QSqlQuery cases(m_database.connection());
    cases.setForwardOnly(true);
    if (!cases.exec(QStringLiteral("SELECT c.rowid, a.name, a.id_number, a.phone, c.number "
                                   "FROM cases c JOIN applicants a ON a.id = c.applicant_id "
                                   "ORDER BY c.rowid"))) {
        return m_database.errorFrom(cases.lastError(), what);
    }
    Statement insert(m_database, "INSERT INTO case_search (docid, tokens) VALUES (?, ?)");
    qint64 done = 0;
    while (cases.next()) {
        insert.bind(1, cases.value(0).toLongLong());
        insert.bind(2,
                    SearchTokens::forCase(cases.value(1).toString(),
                                          cases.value(2).toString(),
                                          cases.value(3).toString(),
                                          cases.value(4).toString()));
        if (auto added = insert.execute(); !added) {
            return added.error();
        }
        if (++done % kProgressStep == 0 && progress) {
            progress(done, total);
        }
    }
    if (cases.lastError().isValid()) {
        return m_database.errorFrom(cases.lastError(), what);
    }
    cases.finish();

    QSqlQuery state(m_database.connection());
    state.prepare(QStringLiteral("INSERT OR REPLACE INTO search_index_state (id, tokens_version, "
                                 "indexed_at) VALUES (1, ?, ?)"));
    state.addBindValue(SearchTokens::kVersion);
    state.addBindValue(Database::timeText(m_clock.now()));
    if (!state.exec()) {
        return m_database.errorFrom(state.lastError(), what);
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    if (progress) {
        progress(done, total);
    }
    qCInfo(lcIntake,
           "Indexed %lld cases for search in %.1f s",
           qlonglong(done),
           double(timer.elapsed()) / 1000.0);
    return done;
}

} // namespace casedesk
