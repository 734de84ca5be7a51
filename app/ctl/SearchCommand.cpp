#include "SearchCommand.h"

#include "core/Clock.h"
#include "intake/CaseListModel.h"
#include "store/Database.h"
#include "store/Workstation.h"

#include <algorithm>
#include <cstdio>

namespace casedesk {

QString SearchCommand::summary() const
{
    return tr("Finds cases the way the desk's search box does: by the applicant's name, "
              "Chinese or Latin, whole or in part; by an id number or phone number, whole or "
              "by its last four or more digits; or by case number. Every word must match. "
              "Prints the newest matches first, one a line: number, case type, status, "
              "intake time and applicant, separated by tabs. The applicant's name is personal "
              "data: it is shown on this terminal only, never logged.");
}

int SearchCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, true);
    const QCommandLineOption limit(
        QStringLiteral("limit"),
        tr("Show at most N cases (default %1, at most %2).").arg(kDefaultLimit).arg(kMaximumLimit),
        tr("N"),
        QString::number(kDefaultLimit));
    parser.addOption(limit);
    parser.addPositionalArgument(QStringLiteral("query"), tr("What to look for."));
    if (const int code = parse(parser, arguments); code >= 0) {
        return code;
    }
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty()) {
        return usageError(tr("Say what to look for."));
    }
    bool limitOk = false;
    const int maximum = parser.value(limit).toInt(&limitOk);
    if (!limitOk || maximum < 1 || maximum > kMaximumLimit) {
        return usageError(tr("--limit takes a number from 1 to %1.").arg(kMaximumLimit));
    }
    if (!parser.isSet(QStringLiteral("password-stdin"))) {
        return usageError(tr("Give your password on standard input with --password-stdin."));
    }

    const auto session = signIn(parser);
    if (!session) {
        return fail(session.error());
    }
    if (!session.value().may(Permission::ViewCases)) {
        return fail(Error(ErrorKind::PermissionDenied, tr("Your role may not search cases.")));
    }
    // The same list the Cases page shows for a search: best matches, newest first.
    CaseListModel matches(*m_workstation->database(), session.value());
    matches.setFilter({{}, {}, {}, {}, {}, query});
    if (!matches.errorString().isEmpty()) {
        return fail(Error(ErrorKind::Io, matches.errorString()));
    }
    if (matches.rowCount() == 0) {
        std::fputs((tr("No case matches.") + QLatin1Char('\n')).toUtf8().constData(), stderr);
        return ExitSuccess;
    }
    const int rows = std::min(matches.rowCount(), maximum);
    for (int row = 0; row < rows; ++row) {
        QStringList columns;
        for (int column : {CaseListModel::NumberColumn,
                           CaseListModel::CaseTypeColumn,
                           CaseListModel::StatusColumn,
                           CaseListModel::ReceivedColumn,
                           CaseListModel::ApplicantColumn}) {
            columns.append(matches.index(row, column).data().toString());
        }
        print(columns.join(QLatin1Char('\t')));
    }
    return ExitSuccess;
}

} // namespace casedesk
