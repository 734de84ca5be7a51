#include "AdministrationCommand.h"
#include "CaseCommand.h"
#include "DemoCommand.h"
#include "InitCommand.h"
#include "SearchCommand.h"
#include "UserCommand.h"
#include "core/Logging.h"
#include "core/Version.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>
#include <vector>

using namespace casedesk;

namespace {

void printText(FILE* stream, const QString& text)
{
    std::fputs((text + QLatin1Char('\n')).toUtf8().constData(), stream);
}

QString overallHelp(const std::vector<std::unique_ptr<CtlCommand>>& commands)
{
    QString text = QCoreApplication::translate(
        "main",
        "Usage: casedeskctl COMMAND [options]\n\n"
        "The administrator's command line for a CaseDesk workstation.\n\n"
        "Commands:\n");
    for (const auto& command : commands) {
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -8).arg(command->brief());
    }
    text += QCoreApplication::translate(
        "main",
        "\nRun 'casedeskctl COMMAND --help' for a command's options.\n\n"
        "Exit codes: 0 success, 1 the operation failed, 2 wrong command line, 3 wrong password "
        "or account locked, 4 not allowed for this role, 5 damaged data.");
    return text;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("casedesk"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    installLogFormat();
    // The command line prints its own results; the log shows only warnings unless
    // QT_LOGGING_RULES asks for more.
    QLoggingCategory::setFilterRules(QStringLiteral("casedesk.*.info=false"));
    installTranslations(chooseLanguage({}));

    std::vector<std::unique_ptr<CtlCommand>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<UserCommand>());
    commands.push_back(
        std::make_unique<AdministrationCommand>(AdministrationCommand::Action::Verify));
    commands.push_back(
        std::make_unique<AdministrationCommand>(AdministrationCommand::Action::Rekey));
    commands.push_back(
        std::make_unique<AdministrationCommand>(AdministrationCommand::Action::Backup));
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<CaseCommand>());
    commands.push_back(std::make_unique<SearchCommand>());

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString first = arguments.value(0);
    if (first.isEmpty() || first == QStringLiteral("--help") || first == QStringLiteral("-h")
        || first == QStringLiteral("help")) {
        printText(first.isEmpty() ? stderr : stdout, overallHelp(commands));
        return first.isEmpty() ? ExitUsage : ExitSuccess;
    }
    if (first == QStringLiteral("--version") || first == QStringLiteral("-v")) {
        printText(stdout, QStringLiteral("casedeskctl %1").arg(QString::fromLatin1(kVersion)));
        return ExitSuccess;
    }
    for (const auto& command : commands) {
        if (command->name() == first) {
            return command->run(arguments);
        }
    }
    printText(stderr, QCoreApplication::translate("main", "Unknown command \"%1\".").arg(first));
    printText(stderr,
              QCoreApplication::translate("main", "Run 'casedeskctl --help' for the commands."));
    return ExitUsage;
}
