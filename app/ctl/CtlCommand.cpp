#include "CtlCommand.h"

#include "core/Clock.h"
#include "intake/SearchIndex.h"
#include "store/DataDirectory.h"
#include "store/Workstation.h"

#include <QLocale>

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

namespace casedesk {

namespace {

void printError(const QString& text)
{
    std::fputs((text + QLatin1Char('\n')).toUtf8().constData(), stderr);
}

// Turns terminal echo off for as long as it lives.
class EchoOff
{
public:
    EchoOff()
        : m_active(isatty(STDIN_FILENO) != 0 && tcgetattr(STDIN_FILENO, &m_saved) == 0)
    {
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    ~EchoOff()
    {
        if (m_active) {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
            std::fputc('\n', stderr);
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios m_saved {};
    bool m_active;
};

} // namespace

CtlCommand::CtlCommand() = default;

CtlCommand::~CtlCommand() = default;

int CtlCommand::exitCodeFor(const Error& error)
{
    switch (error.kind()) {
    case ErrorKind::InvalidInput:
        return ExitUsage;
    case ErrorKind::WrongPassword:
    case ErrorKind::AccountLocked:
        return ExitNotAuthenticated;
    case ErrorKind::PermissionDenied:
        return ExitPermissionDenied;
    case ErrorKind::Damaged:
    case ErrorKind::Incompatible:
        return ExitDamaged;
    case ErrorKind::NotFound:
    case ErrorKind::Unavailable:
    case ErrorKind::Io:
    case ErrorKind::Busy:
    case ErrorKind::Internal:
        break;
    }
    return ExitFailure;
}

void CtlCommand::addCommonOptions(QCommandLineParser& parser, bool signIn)
{
    parser.addHelpOption();
    m_dataDirOption = QCommandLineOption(
        QStringLiteral("data-dir"),
        tr("The workstation's data folder (default: %1).").arg(DataDirectory::defaultPath()),
        tr("folder"),
        DataDirectory::defaultPath());
    parser.addOption(m_dataDirOption);
    if (signIn) {
        m_userOption =
            QCommandLineOption(QStringLiteral("user"), tr("Sign in as <name>."), tr("name"));
        m_passwordStdinOption = QCommandLineOption(
            QStringLiteral("password-stdin"),
            tr("Read the password from the first line of standard input. Passwords are never "
               "taken from the command line or the environment."));
        parser.addOption(m_userOption);
        parser.addOption(m_passwordStdinOption);
    }
}

int CtlCommand::parse(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.setApplicationDescription(summary());
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt's first line names the program's path; say how to call the subcommand instead.
        const QString options = parser.helpText().section(QLatin1Char('\n'), 1);
        print(tr("Usage: casedeskctl %1").arg(synopsis()) + QLatin1Char('\n') + options);
        return ExitSuccess;
    }
    return -1;
}

Result<DataDirectory> CtlCommand::dataDirectory(const QCommandLineParser& parser) const
{
    DataDirectory directory(parser.value(m_dataDirOption));
    if (const auto prepared = directory.prepare(); !prepared) {
        return prepared.error();
    }
    return directory;
}

Result<Session> CtlCommand::signIn(const QCommandLineParser& parser)
{
    const QString userName = parser.value(m_userOption);
    if (userName.isEmpty()) {
        return Error(ErrorKind::InvalidInput, tr("Name the account to sign in with: --user NAME."));
    }
    const auto directory = dataDirectory(parser);
    if (!directory) {
        return directory.error();
    }
    if (!directory.value().isSetUp()) {
        return Error(ErrorKind::NotFound,
                     tr("No workstation is set up in %1. Set one up with: casedeskctl init")
                         .arg(directory.value().path()));
    }
    const auto password = readPassword(tr("Password for %1: ").arg(userName));
    if (!password) {
        return password.error();
    }
    m_workstation = std::make_unique<Workstation>(directory.value(), SystemClock::instance());
    auto session = m_workstation->signIn(userName, password.value());
    if (!session) {
        return session;
    }
    if (auto indexed = bringSearchUpToDate(); !indexed) {
        return indexed.error();
    }
    return session;
}

Result<void> CtlCommand::bringSearchUpToDate()
{
    // Only after an update that changed how cases are searched; otherwise one small read.
    const bool showProgress = isatty(STDERR_FILENO) != 0;
    const QLocale locale;
    const auto indexed =
        SearchIndex(*m_workstation->database(), SystemClock::instance())
            .bringUpToDate([&](qint64 done, qint64 total) {
                if (showProgress) {
                    std::fputs(tr("\rIndexing cases for search: %1 of %2")
                                   .arg(locale.toString(done), locale.toString(total))
                                   .toUtf8()
                                   .constData(),
                               stderr);
                }
            });
    if (!indexed) {
        return indexed.error();
    }
    if (indexed.value() > 0) {
        if (showProgress) {
            std::fputs("\n", stderr);
        }
        printError(tr("Indexed %1 cases for search after the update.")
                       .arg(locale.toString(indexed.value())));
    }
    return Result<void>::success();
}

Result<QString> CtlCommand::readPassword(const QString& prompt) const
{
    if (isatty(STDIN_FILENO) != 0) {
        std::fputs(prompt.toUtf8().constData(), stderr);
    }
    std::string line;
    {
        const EchoOff quiet;
        if (!std::getline(std::cin, line)) {
            return Error(ErrorKind::InvalidInput,
                         tr("A password was expected on standard input and none came."));
        }
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return QString::fromStdString(line);
}

int CtlCommand::fail(const Error& error) const
{
    printError(error.message());
    return exitCodeFor(error);
}

int CtlCommand::usageError(const QString& message) const
{
    printError(message);
    printError(tr("Run 'casedeskctl %1 --help' for how to use it.").arg(name()));
    return ExitUsage;
}

void CtlCommand::print(const QString& text)
{
    std::fputs((text + QLatin1Char('\n')).toUtf8().constData(), stdout);
}

} // namespace casedesk
