#include "CheckerWorker.h"

#include "DocumentAnalyser.h"
#include "ProcessLimits.h"
#include "WorkerProtocol.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <new>

namespace casedesk {

namespace {

// Parses a positive whole number option; nothing when it is missing a value or is not one.
std::optional<qint64> positiveValue(const QCommandLineParser& parser,
                                    const QCommandLineOption& option)
{
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value <= 0) {
        return std::nullopt;
    }
    return value;
}

} // namespace

int CheckerWorker::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Analyses one document read from standard input and writes one JSON reply to "
           "standard output. Started by CaseDesk for each file; not meant to be run by hand."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("job"), tr("What to do: describe."));
    const QCommandLineOption maxBytesOption(QStringLiteral("max-bytes"),
                                            tr("Read at most this many bytes."),
                                            tr("bytes"),
                                            QString::number(qint64(64) << 20));
    const QCommandLineOption memoryOption(QStringLiteral("memory-limit"),
                                          tr("Address space the worker may use."),
                                          tr("bytes"),
                                          QString::number(qint64(1) << 30));
    const QCommandLineOption cpuOption(QStringLiteral("cpu-seconds"),
                                       tr("Processor time the worker may use."),
                                       tr("seconds"),
                                       QStringLiteral("11"));
    parser.addOptions({maxBytesOption, memoryOption, cpuOption});

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitSuccess;
    }
    const QStringList positional = parser.positionalArguments();
    const std::optional<qint64> maxBytes = positiveValue(parser, maxBytesOption);
    const std::optional<qint64> memory = positiveValue(parser, memoryOption);
    const std::optional<qint64> cpuSeconds = positiveValue(parser, cpuOption);
    if (positional != QStringList {QStringLiteral("describe")} || !maxBytes || !memory
        || !cpuSeconds) {
        printError(tr("Usage: casedesk-checker describe [--max-bytes N] [--memory-limit N] "
                      "[--cpu-seconds N]"));
        return ExitUsage;
    }

    // Nothing untrusted has been read yet; nothing is, unless the fence holds.
    const Result<void> fenced = ProcessLimits::apply(*memory, *cpuSeconds);
    if (!fenced) {
        printError(fenced.error().fullText());
        return ExitFailure;
    }

    WorkerProtocol::Reply reply;
    try {
        const std::optional<QByteArray> content = readStandardInput(*maxBytes);
        if (!content) {
            printError(tr("The document could not be read from standard input."));
            return ExitFailure;
        }
        if (content->size() > *maxBytes) {
            reply.outcome = DocumentDescription::Outcome::NotAnalysed;
            reply.reason = WorkerProtocol::Reason::FileTooLarge;
        } else {
            reply = DocumentAnalyser::analyse(*content);
        }
    } catch (const std::bad_alloc&) {
        reply = {};
        reply.outcome = DocumentDescription::Outcome::NotAnalysed;
        reply.reason = WorkerProtocol::Reason::OutOfMemory;
    }

    if (!writeStandardOutput(WorkerProtocol::encode(reply))) {
        return ExitFailure;
    }
    return ExitSuccess;
}

std::optional<QByteArray> CheckerWorker::readStandardInput(qint64 maxBytes)
{
    QByteArray content;
    constexpr qsizetype chunk = 64 * 1024;
    while (content.size() <= maxBytes) {
        const qsizetype before = content.size();
        content.resize(before + chunk);
        const ssize_t got = ::read(STDIN_FILENO, content.data() + before, chunk);
        if (got < 0 && errno == EINTR) {
            content.resize(before);
            continue;
        }
        if (got < 0) {
            return std::nullopt;
        }
        content.resize(before + got);
        if (got == 0) {
            break;
        }
    }
    // What was read past the limit only serves to tell that there was more.
    if (content.size() > maxBytes + 1) {
        content.resize(maxBytes + 1);
    }
    return content;
}

bool CheckerWorker::writeStandardOutput(const QByteArray& bytes)
{
    return std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout)
        == static_cast<size_t>(bytes.size())
        && std::fflush(stdout) == 0;
}

void CheckerWorker::printError(const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

} // namespace casedesk
