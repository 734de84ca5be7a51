#include "Logging.h"

Q_LOGGING_CATEGORY(lcCore, "casedesk.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "casedesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIntake, "casedesk.intake", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChecks, "casedesk.checks", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPdf, "casedesk.pdf", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHearings, "casedesk.hearings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApprovals, "casedesk.approvals", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "casedesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRegistry, "casedesk.registry", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDesk, "casedesk.desk", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCtl, "casedesk.ctl", QtInfoMsg)

namespace casedesk {

void installLogFormat()
{
    qSetMessagePattern(QStringLiteral(
        "%{time yyyy-MM-ddTHH:mm:ss.zzz} %{if-category}%{category} %{endif}%{type}: %{message}"));
}

} // namespace casedesk
