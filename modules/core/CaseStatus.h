#pragma once

#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

// Where a case stands. A case moves forward only:
// received → checked → awaiting approval → approved or rejected → closed.
enum class CaseStatus
{
    Received,
    Checked,
    AwaitingApproval,
    Approved,
    Rejected,
    Closed,
};

// The rules for moving a case from one status to the next, and who may move it. Checked in
// the logic layer before any change is written.
class CaseStatusRules
{
    Q_DECLARE_TR_FUNCTIONS(CaseStatusRules)

public:
    // Stable identifiers used in the database, files and the wire format.
    [[nodiscard]] static QString id(CaseStatus status);
    [[nodiscard]] static std::optional<CaseStatus> fromId(const QString& id);
    [[nodiscard]] static QList<CaseStatus> all();

    // The status's name in the user's language.
    [[nodiscard]] static QString displayName(CaseStatus status);

    // The statuses a case may move to from the given one.
    [[nodiscard]] static QList<CaseStatus> next(CaseStatus from);

    // Whether actor may move a case taken in by takenInBy from one status to another.
    // A supervisor never decides a case they took in themselves (the four-eyes rule).
    [[nodiscard]] static Result<void>
    checkMove(const Session& actor, const QUuid& takenInBy, CaseStatus from, CaseStatus to);
};

} // namespace casedesk
