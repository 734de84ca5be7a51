#pragma once

#include "core/Result.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

#include <optional>

namespace casedesk {

class Clock;
class Database;

// The intake form as the clerk left it: the case type and every answer typed so far,
// the applicant's included, and the files already kept for it.
struct Draft
{
    QUuid id;
    QString caseType;
    // What the form holds, in the form's own shape: {"fields": {...}, "applicant": {...},
    // "attachments": [{"document", "sha256", "fileName"}, ...]}.
    QJsonObject content;
    QDateTime updatedAt;
};

// Saves the form while the clerk types, so a crash or a power cut loses nothing: each save
// is one committed write with synchronous = FULL. Each clerk has at most one draft, the
// form they are filling in. Drafts are the clerk's own work in progress, not records of
// the office, so saving one writes no audit row; taking the case in does.
class DraftRepository
{
    Q_DECLARE_TR_FUNCTIONS(DraftRepository)

public:
    DraftRepository(const Database& database, const Clock& clock);

    // Saves the clerk's draft, replacing the one before; a draft without id gets one.
    [[nodiscard]] Result<Draft> save(const Session& clerk, const Draft& draft);

    // The clerk's draft, if they left one.
    [[nodiscard]] Result<std::optional<Draft>> load(const Session& clerk) const;

    // Drops the clerk's draft, after the case was taken in or the clerk cleared the form.
    [[nodiscard]] Result<void> discard(const Session& clerk);

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace casedesk
