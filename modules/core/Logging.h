#pragma once

#include <QLoggingCategory>

// One logging category per module, all at info by default. Log what an operator needs
// (versions, paths, settings, durations, underlying errors); never case data, names,
// id numbers, passwords or keys.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcIntake)
Q_DECLARE_LOGGING_CATEGORY(lcChecks)
Q_DECLARE_LOGGING_CATEGORY(lcPdf)
Q_DECLARE_LOGGING_CATEGORY(lcHearings)
Q_DECLARE_LOGGING_CATEGORY(lcApprovals)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcRegistry)
Q_DECLARE_LOGGING_CATEGORY(lcDesk)
Q_DECLARE_LOGGING_CATEGORY(lcCtl)

namespace casedesk {

// Sets the message pattern every CaseDesk program prints its log with.
void installLogFormat();

} // namespace casedesk
