#include "CaseStatus.h"

namespace casedesk {

QString CaseStatusRules::id(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Received:
        return QStringLiteral("received");
    case CaseStatus::Checked:
        return QStringLiteral("checked");
    case CaseStatus::AwaitingApproval:
        return QStringLiteral("awaiting-approval");
    case CaseStatus::Approved:
        return QStringLiteral("approved");
    case CaseStatus::Rejected:
        return QStringLiteral("rejected");
    case CaseStatus::Closed:
        return QStringLiteral("closed");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<CaseStatus> CaseStatusRules::fromId(const QString& text)
{
    for (CaseStatus status : all()) {
        if (id(status) == text) {
            return status;
        }
    }
    return std::nullopt;
}

QList<CaseStatus> CaseStatusRules::all()
{
    return {CaseStatus::Received,
            CaseStatus::Checked,
            CaseStatus::AwaitingApproval,
            CaseStatus::Approved,
            CaseStatus::Rejected,
            CaseStatus::Closed};
}

QString CaseStatusRules::displayName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Received:
        return tr("Received");
    case CaseStatus::Checked:
        return tr("Checked");
    case CaseStatus::AwaitingApproval:
        return tr("Awaiting approval");
    case CaseStatus::Approved:
        return tr("Approved");
    case CaseStatus::Rejected:
        return tr("Rejected");
    case CaseStatus::Closed:
        return tr("Closed");
    }
    Q_UNREACHABLE();
    return {};
}

QList<CaseStatus> CaseStatusRules::next(CaseStatus from)
{
    switch (from) {
    case CaseStatus::Received:
        return {CaseStatus::Checked};
    case CaseStatus::Checked:
        return {CaseStatus::AwaitingApproval};
    case CaseStatus::AwaitingApproval:
        return {CaseStatus::Approved, CaseStatus::Rejected};
    case CaseStatus::Approved:
    case CaseStatus::Rejected:
        return {CaseStatus::Closed};
    case CaseStatus::Closed:
        break;
    }
    return {};
}

Result<void> CaseStatusRules::checkMove(const Session& actor,
                                        const QUuid& takenInBy,
                                        CaseStatus from,
                                        CaseStatus to)
{
    if (!next(from).contains(to)) {
        return Error(ErrorKind::InvalidInput,
                     tr("A case that is \"%1\" cannot become \"%2\".")
                         .arg(displayName(from), displayName(to)));
    }
    const bool deciding = to == CaseStatus::Approved || to == CaseStatus::Rejected;
    if (deciding) {
        if (!actor.may(Permission::ApproveCases)) {
            return Error(ErrorKind::PermissionDenied,
                         tr("Only a supervisor may approve or reject a case."));
        }
        if (actor.userId == takenInBy) {
            return Error(ErrorKind::PermissionDenied,
                         tr("You took this case in yourself, so another supervisor must decide "
                            "it."));
        }
        return Result<void>::success();
    }
    const bool allowed = to == CaseStatus::Closed
        ? actor.may(Permission::TakeInCases) || actor.may(Permission::ApproveCases)
        : actor.may(Permission::TakeInCases);
    if (!allowed) {
        return Error(ErrorKind::PermissionDenied,
                     tr("Your role may not move a case to \"%1\".").arg(displayName(to)));
    }
    return Result<void>::success();
}

} // namespace casedesk
