#pragma once

#include "core/DocumentDescriber.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <optional>

namespace casedesk {

// One run of casedesk-checker over one file: starts the worker, feeds it the file, stops it
// at the time limit and turns whatever happened into a description. DocumentInspector
// decides how many run at once.
class InspectionJob : public QObject
{
    Q_OBJECT

public:
    // What the worker may use. The worker applies the memory and CPU limits to itself; the
    // time limit is enforced here, on the wall clock, by killing it.
    struct Limits
    {
        std::chrono::milliseconds timeLimit {10000};
        qint64 memoryBytes = qint64(1) << 30;
        qint64 maxContentBytes = qint64(64) << 20;
    };

    // Ways a worker can fail to answer; each becomes a NotAnalysed description.
    enum class Failure
    {
        TimedOut,
        Crashed, // killed by a signal, or exited with an error code
        FailedToStart,
        BadReply, // exited normally but wrote something that is not a reply
    };

    InspectionJob(QString workerProgram,
                  const Limits& limits,
                  QByteArray content,
                  QObject* parent = nullptr);
    // A worker still running is killed, and finished() is not emitted.
    ~InspectionJob() override;

    // Starts the worker; finished() follows later, never from within start().
    void start();

    [[nodiscard]] static QString failureMessage(Failure failure);
    // The command line that asks the worker to describe a file within limits.
    [[nodiscard]] static QStringList workerArguments(const Limits& limits);

Q_SIGNALS:
    void finished(const casedesk::DocumentDescription& description);

private:
    void writeContent();
    void readReply();
    void stopForTakingTooLong();
    void processFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void processFailed(QProcess::ProcessError error);
    void finishWith(const DocumentDescription& description);
    void finishWithFailure(Failure failure);

    QString m_workerProgram;
    Limits m_limits;
    QByteArray m_content;
    qsizetype m_contentBytes = 0;
    QProcess m_process;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    QByteArray m_reply;
    std::optional<Failure> m_failure; // decided before the process ended
    bool m_finished = false;
};

} // namespace casedesk
