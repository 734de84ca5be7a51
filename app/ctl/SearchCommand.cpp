#include "SearchCommand.h"

#include "core/Clock.h"
#include "intake/CaseRepository.h"
#include "store/Database.h"
#include "store/Workstation.h"

#include <QDateTime>
#include <QSqlQuery>

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
    const Database& database = *m_workstation->database();
    const auto found =
        CaseRepository(database, SystemClock::instance()).search(session.value(), query, maximum);
    if (!found) {
        return fail(found.error());
    }
    if (found.value().isEmpty()) {
        std::fputs((tr("No case matches.") + QLatin1Char('\n')).toUtf8().constData(), stderr);
        return ExitSuccess;
    }

    QSqlQuery row(database.connection());
    row.setForwardOnly(true);
    row.prepare(
        QStringLiteral("SELECT c.number, c.case_type, c.status, c.created_at, a.name FROM "
                       "cases c JOIN applicants a ON a.id = c.applicant_id WHERE c.id = ?"));
    for (const QUuid& id : found.value()) {
        row.addBindValue(id.toString(QUuid::WithoutBraces));
        if (!row.exec()) {
            return fail(database.errorFrom(row.lastError(), tr("reading the cases found")));
        }
        if (!row.next()) {
            continue; // removed since the search
        }
        const QDateTime received =
            QDateTime::fromString(row.value(3).toString(), Qt::ISODateWithMs).toLocalTime();
        print(QStringList {row.value(0).toString(),
                           row.value(1).toString(),
                           row.value(2).toString(),
                           received.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           row.value(4).toString()}
                  .join(QLatin1Char('\t')));
        row.finish();
    }
    return ExitSuccess;
}

} // namespace casedesk
