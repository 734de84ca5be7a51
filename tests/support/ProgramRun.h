#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace casedesk::test {

// What a program started by a test printed and how it ended.
struct ProgramRun
{
    int exitCode = -1; // -1 when it did not start, crashed or did not finish in time
    QString out;
    QString err;
};

// Runs a built program as a script would: in the C.UTF-8 locale, input on its standard
// input, waiting at most timeoutMs for it to end.
[[nodiscard]] ProgramRun runProgram(const QString& program,
                                    const QStringList& arguments,
                                    const QByteArray& input = {},
                                    int timeoutMs = 120000);

// Splits a command line written as one string at its spaces.
[[nodiscard]] QStringList words(const char* line);

} // namespace casedesk::test
