#include "InspectionJob.h"

#include "WorkerProtocol.h"
#include "core/Logging.h"

#include <utility>

namespace casedesk {

namespace {

using Outcome = DocumentDescription::Outcome;

const char* outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Described:
        return "described";
    case Outcome::PasswordProtected:
        return "password protected";
    case Outcome::Unreadable:
        return "unreadable";
    case Outcome::NotAnalysed:
        return "not analysed";
    }
    return "unknown";
}

} // namespace

InspectionJob::InspectionJob(QString workerProgram,
                             const Limits& limits,
                             QByteArray content,
                             QObject* parent)
    : QObject(parent)
    , m_workerProgram(std::move(workerProgram))
    , m_limits(limits)
    , m_content(std::move(content))
    , m_contentBytes(m_content.size())
{
    // The worker's diagnostics may quote the file's content; they are not for the log.
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_deadline.setSingleShot(true);
    // A coarse timer may fire up to 5 % early; the worker is promised the whole limit.
    m_deadline.setTimerType(Qt::PreciseTimer);

    connect(&m_process, &QProcess::started, this, &InspectionJob::writeContent);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &InspectionJob::readReply);
    connect(&m_process, &QProcess::finished, this, &InspectionJob::processFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &InspectionJob::processFailed);
    connect(&m_deadline, &QTimer::timeout, this, &InspectionJob::stopForTakingTooLong);
}

InspectionJob::~InspectionJob()
{
    // QProcess's own destructor would report the killed worker to this half-destroyed job.
    m_process.disconnect(this);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void InspectionJob::start()
{
    m_clock.start();
    if (m_contentBytes > m_limits.maxContentBytes) {
        qCInfo(lcChecks,
               "Document check refused a file of %lld bytes, over the limit of %lld",
               static_cast<long long>(m_contentBytes),
               static_cast<long long>(m_limits.maxContentBytes));
        DocumentDescription description;
        description.message =
            WorkerProtocol::message(Outcome::NotAnalysed, WorkerProtocol::Reason::FileTooLarge);
        finishWith(description);
        return;
    }

    m_deadline.start(m_limits.timeLimit);
    m_process.start(m_workerProgram, workerArguments(m_limits), QIODevice::ReadWrite);
}

QString InspectionJob::failureMessage(Failure failure)
{
    switch (failure) {
    case Failure::TimedOut:
        return tr("This file could not be analysed: the analysis took too long. Check the paper "
                  "original, or ask for another copy of the file.");
    case Failure::Crashed:
        return tr("This file could not be analysed: the analysis stopped unexpectedly. Check the "
                  "paper original, or ask for another copy of the file.");
    case Failure::FailedToStart:
        return tr("This file could not be analysed: the document checker could not be started. "
                  "Ask your administrator to repair the CaseDesk installation.");
    case Failure::BadReply:
        return tr("This file could not be analysed: the document checker gave an answer CaseDesk "
                  "does not understand. Ask your administrator to repair the CaseDesk "
                  "installation.");
    }
    return {};
}

QStringList InspectionJob::workerArguments(const Limits& limits)
{
    // The worker's own CPU limit is a backstop for when the desk is gone and cannot kill it.
    const auto cpuSeconds = std::chrono::ceil<std::chrono::seconds>(limits.timeLimit).count() + 1;
    return {QStringLiteral("describe"),
            QStringLiteral("--max-bytes"),
            QString::number(limits.maxContentBytes),
            QStringLiteral("--memory-limit"),
            QString::number(limits.memoryBytes),
            QStringLiteral("--cpu-seconds"),
            QString::number(cpuSeconds)};
}

void InspectionJob::writeContent()
{
    m_process.write(m_content);
    m_process.closeWriteChannel();
    m_content = {};
}

void InspectionJob::readReply()
{
    m_reply += m_process.readAllStandardOutput();
    if (m_reply.size() > WorkerProtocol::kMaxReplyBytes && !m_failure) {
        qCWarning(lcChecks,
                  "Document checker wrote more than %lld bytes; stopping it",
                  static_cast<long long>(WorkerProtocol::kMaxReplyBytes));
        m_failure = Failure::BadReply;
        m_reply.clear();
        m_process.kill();
    }
}

void InspectionJob::stopForTakingTooLong()
{
    if (m_failure || m_process.state() == QProcess::NotRunning) {
        return;
    }
    qCWarning(lcChecks,
              "Document checker still running after %lld ms; stopping it",
              static_cast<long long>(m_limits.timeLimit.count()));
    m_failure = Failure::TimedOut;
    m_process.kill();
}

void InspectionJob::processFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    m_deadline.stop();
    if (m_failure) {
        finishWithFailure(*m_failure);
        return;
    }
    if (exitStatus == QProcess::CrashExit) {
        qCWarning(lcChecks,
                  "Document checker crashed after %lld ms",
                  static_cast<long long>(m_clock.elapsed()));
        finishWithFailure(Failure::Crashed);
        return;
    }
    if (exitCode != 0) {
        qCWarning(lcChecks,
                  "Document checker exited with code %d after %lld ms",
                  exitCode,
                  static_cast<long long>(m_clock.elapsed()));
        finishWithFailure(Failure::Crashed);
        return;
    }

    m_reply += m_process.readAllStandardOutput();
    const std::optional<DocumentDescription> description = WorkerProtocol::decode(m_reply);
    if (!description) {
        qCWarning(lcChecks,
                  "Document checker gave a malformed reply of %lld bytes",
                  static_cast<long long>(m_reply.size()));
        finishWithFailure(Failure::BadReply);
        return;
    }
    qCInfo(lcChecks,
           "Document check of %lld bytes took %lld ms: %s, %s, pages: %d",
           static_cast<long long>(m_contentBytes),
           static_cast<long long>(m_clock.elapsed()),
           outcomeName(description->outcome),
           description->mediaType.isEmpty() ? "unknown type" : qPrintable(description->mediaType),
           description->pageCount);
    finishWith(*description);
}

void InspectionJob::processFailed(QProcess::ProcessError error)
{
    // Every other error is followed by finished(), which decides.
    if (error != QProcess::FailedToStart) {
        return;
    }
    m_deadline.stop();
    qCWarning(lcChecks,
              "Document checker %s could not be started: %s",
              qPrintable(m_workerProgram),
              qPrintable(m_process.errorString()));
    finishWithFailure(Failure::FailedToStart);
}

void InspectionJob::finishWith(const DocumentDescription& description)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    // Always from the event loop, so that no answer arrives while start() or a caller's
    // describe() is still on the stack, whichever way the worker failed.
    QMetaObject::invokeMethod(
        this, [this, description] { Q_EMIT finished(description); }, Qt::QueuedConnection);
}

void InspectionJob::finishWithFailure(Failure failure)
{
    DocumentDescription description;
    description.outcome = Outcome::NotAnalysed;
    description.message = failureMessage(failure);
    finishWith(description);
}

} // namespace casedesk
