#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace casedesk {

// The casedesk-checker program: takes its job and limits from the command line, fences
// itself in, reads one file from standard input and writes one reply to standard output.
// Exit code 0 means a reply was written, whatever it says about the file.
class CheckerWorker
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::CheckerWorker)

public:
    enum ExitCode : int
    {
        ExitSuccess = 0,
        ExitFailure = 1, // the worker could not fence itself in or write its reply
        ExitUsage = 2,
    };

    [[nodiscard]] static int run(const QStringList& arguments);

private:
    // Up to maxBytes + 1 bytes, so that the caller can tell a file over the limit; nothing
    // when reading fails.
    [[nodiscard]] static std::optional<QByteArray> readStandardInput(qint64 maxBytes);
    [[nodiscard]] static bool writeStandardOutput(const QByteArray& bytes);
    static void printError(const QString& text);
};

} // namespace casedesk
