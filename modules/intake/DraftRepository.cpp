#include "DraftRepository.h"

#include "core/Clock.h"
#include "core/IdGenerator.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace casedesk {

namespace {

Result<void> requireClerk(const Session& clerk)
{
    if (!clerk.may(Permission::TakeInCases)) {
        return Error(ErrorKind::PermissionDenied,
                     DraftRepository::tr("Only a clerk fills in intake forms."));
    }
    return Result<void>::success();
}

} // namespace

DraftRepository::DraftRepository(const Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{ }

Result<Draft> DraftRepository::save(const Session& clerk, const Draft& draft)
{
    if (auto allowed = requireClerk(clerk); !allowed) {
        return allowed.error();
    }
    Draft saved = draft;
    if (saved.id.isNull()) {
        saved.id = newId();
    }
    saved.updatedAt = m_clock.now();

    // One statement, so the write is its own transaction and commits with synchronous FULL.
    QSqlQuery upsert(m_database.connection());
    upsert.prepare(QStringLiteral("INSERT OR REPLACE INTO drafts (user_id, id, case_type, "
                                  "content, updated_at) VALUES (?, ?, ?, ?, ?)"));
    upsert.addBindValue(Database::idText(clerk.userId));
    upsert.addBindValue(Database::idText(saved.id));
    upsert.addBindValue(Database::notNull(saved.caseType));
    upsert.addBindValue(
        QString::fromUtf8(QJsonDocument(saved.content).toJson(QJsonDocument::Compact)));
    upsert.addBindValue(Database::timeText(saved.updatedAt));
    if (!upsert.exec()) {
        return m_database.errorFrom(upsert.lastError(), tr("saving the form as a draft"));
    }
    return saved;
}

Result<std::optional<Draft>> DraftRepository::load(const Session& clerk) const
{
    if (auto allowed = requireClerk(clerk); !allowed) {
        return allowed.error();
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, case_type, content, updated_at FROM drafts WHERE user_id = ?"));
    query.addBindValue(Database::idText(clerk.userId));
    if (!query.exec()) {
        return m_database.errorFrom(query.lastError(), tr("reading the draft"));
    }
    if (!query.next()) {
        return std::optional<Draft>();
    }
    Draft draft;
    draft.id = QUuid::fromString(query.value(0).toString());
    draft.caseType = query.value(1).toString();
    draft.content = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
    draft.updatedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    return std::optional<Draft>(draft);
}

Result<void> DraftRepository::discard(const Session& clerk)
{
    if (auto allowed = requireClerk(clerk); !allowed) {
        return allowed.error();
    }
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM drafts WHERE user_id = ?"));
    remove.addBindValue(Database::idText(clerk.userId));
    if (!remove.exec()) {
        return m_database.errorFrom(remove.lastError(), tr("discarding the draft"));
    }
    return Result<void>::success();
}

} // namespace casedesk
