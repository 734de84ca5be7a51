#pragma once

#include "InspectionJob.h"
#include "core/DocumentDescriber.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <deque>
#include <vector>

namespace casedesk {

// The desk's DocumentDescriber: looks inside handed-in files by running casedesk-checker,
// one process per file and at most two at a time, so that a file that crashes or hangs the
// analysis costs the clerk one verdict and never the desk.
class DocumentInspector : public DocumentDescriber
{
    Q_OBJECT

public:
    static constexpr int kMaxRunningJobs = 2;

    // Runs the casedesk-checker installed beside the running program.
    explicit DocumentInspector(QObject* parent = nullptr);
    // Runs workerProgram instead; for tests, and for installations that keep it elsewhere.
    explicit DocumentInspector(QString workerProgram, QObject* parent = nullptr);
    // Workers still running are killed; their requests are not answered.
    ~DocumentInspector() override;

    // Queues the request and returns at once; described() answers it later.
    void describe(quint64 requestId, const QByteArray& content) override;

    // Runs one worker and waits for it in a local event loop, for command-line tools and
    // tests. It emits no described() signal and does not wait for the queue.
    [[nodiscard]] DocumentDescription describeNow(const QByteArray& content);

    // The wall-clock time a worker may take; 10 seconds unless set. Applies to jobs that
    // have not started yet.
    void setTimeLimit(std::chrono::milliseconds limit);
    [[nodiscard]] std::chrono::milliseconds timeLimit() const { return m_limits.timeLimit; }

    // The address space a worker may use; 1 GiB unless set.
    void setMemoryLimit(qint64 bytes);
    [[nodiscard]] qint64 memoryLimit() const { return m_limits.memoryBytes; }

    // Larger files are refused without starting a worker; 64 MiB unless set.
    void setMaxContentBytes(qint64 bytes);
    [[nodiscard]] qint64 maxContentBytes() const { return m_limits.maxContentBytes; }

    [[nodiscard]] const QString& workerProgram() const { return m_workerProgram; }
    [[nodiscard]] int runningCount() const { return static_cast<int>(m_running.size()); }
    [[nodiscard]] int queuedCount() const { return static_cast<int>(m_queue.size()); }

    // casedesk-checker in the running program's folder, where the package installs both.
    [[nodiscard]] static QString defaultWorkerProgram();

private:
    struct Request
    {
        quint64 id = 0;
        QByteArray content;
    };

    void startQueuedJobs();
    void jobFinished(InspectionJob* job, quint64 requestId, const DocumentDescription& description);

    QString m_workerProgram;
    InspectionJob::Limits m_limits;
    std::deque<Request> m_queue;
    std::vector<InspectionJob*> m_running; // children of this object
};

} // namespace casedesk
