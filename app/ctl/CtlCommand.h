#pragma once

#include "core/Result.h"
#include "core/Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace casedesk {

class DataDirectory;
class Workstation;

// Exit codes scripts can rely on. They never change meaning between versions.
enum ExitCode : int
{
    ExitSuccess = 0,
    ExitFailure = 1, // the operation failed; the message says why
    ExitUsage = 2, // the command line was wrong
    ExitNotAuthenticated = 3, // wrong password, or the account is locked or disabled
    ExitPermissionDenied = 4, // the account's role may not do this
    ExitDamaged = 5, // a file of the workstation is damaged or tampered with
};

// One subcommand of casedeskctl, with the pieces every subcommand shares: the
// --data-dir option, signing in with --user and a password read from standard input,
// and turning errors into messages and exit codes.
class CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(CtlCommand)

public:
    CtlCommand();
    virtual ~CtlCommand();

    [[nodiscard]] virtual QString name() const = 0;
    // One line for the overall help.
    [[nodiscard]] virtual QString brief() const = 0;
    // The synopsis after "casedeskctl", such as "init [options]".
    [[nodiscard]] virtual QString synopsis() const = 0;
    [[nodiscard]] virtual QString summary() const = 0;

    // arguments starts with the subcommand's own name.
    [[nodiscard]] virtual int run(const QStringList& arguments) = 0;

    [[nodiscard]] static int exitCodeFor(const Error& error);

protected:
    // Adds --help, --data-dir, and when signIn is true --user and --password-stdin.
    void addCommonOptions(QCommandLineParser& parser, bool signIn);

    // Parses; on --help prints it and returns ExitSuccess, on a bad command line prints
    // the problem and returns ExitUsage; returns -1 to go on.
    [[nodiscard]] int parse(QCommandLineParser& parser, const QStringList& arguments);

    // The data folder from --data-dir, prepared for use.
    [[nodiscard]] Result<DataDirectory> dataDirectory(const QCommandLineParser& parser) const;

    // Signs in to the workstation of --data-dir as --user with the first password line of
    // standard input; m_workstation is open afterwards, its search index up to date.
    [[nodiscard]] Result<Session> signIn(const QCommandLineParser& parser);

    // Reads the next line of standard input as a password. On a terminal it asks with
    // the prompt and does not echo what is typed.
    [[nodiscard]] Result<QString> readPassword(const QString& prompt) const;

    // Prints the error and returns its exit code.
    int fail(const Error& error) const;
    int usageError(const QString& message) const;

    static void print(const QString& text);

    std::unique_ptr<Workstation> m_workstation;

private:
    // Indexes the cases again when an update left the search index behind.
    [[nodiscard]] Result<void> bringSearchUpToDate();

    QCommandLineOption m_dataDirOption {QStringLiteral("data-dir")};
    QCommandLineOption m_userOption {QStringLiteral("user")};
    QCommandLineOption m_passwordStdinOption {QStringLiteral("password-stdin")};
};

} // namespace casedesk
