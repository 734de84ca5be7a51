#include "DocumentInspector.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QMetaType>

#include <algorithm>
#include <utility>

namespace casedesk {

DocumentInspector::DocumentInspector(QObject* parent)
    : DocumentInspector(defaultWorkerProgram(), parent)
{ }

DocumentInspector::DocumentInspector(QString workerProgram, QObject* parent)
    : DocumentDescriber(parent)
    , m_workerProgram(std::move(workerProgram))
{
    // Receivers in other threads get described() through a queued connection.
    qRegisterMetaType<casedesk::DocumentDescription>();
}

DocumentInspector::~DocumentInspector()
{
    // Each job kills its worker without reporting, so nothing reaches this object now.
    for (InspectionJob* job : m_running) {
        delete job;
    }
}

void DocumentInspector::describe(quint64 requestId, const QByteArray& content)
{
    m_queue.push_back({requestId, content});
    startQueuedJobs();
}

DocumentDescription DocumentInspector::describeNow(const QByteArray& content)
{
    InspectionJob job(m_workerProgram, m_limits, content);
    DocumentDescription result;
    QEventLoop loop;
    connect(&job, &InspectionJob::finished, &loop, [&](const DocumentDescription& description) {
        result = description;
        loop.quit();
    });
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return result;
}

void DocumentInspector::setTimeLimit(std::chrono::milliseconds limit)
{
    m_limits.timeLimit = std::max(limit, std::chrono::milliseconds(1));
}

void DocumentInspector::setMemoryLimit(qint64 bytes)
{
    m_limits.memoryBytes = std::max<qint64>(bytes, 1);
}

void DocumentInspector::setMaxContentBytes(qint64 bytes)
{
    m_limits.maxContentBytes = std::max<qint64>(bytes, 0);
}

QString DocumentInspector::defaultWorkerProgram()
{
    return QDir(QCoreApplication::applicationDirPath())
        .filePath(QStringLiteral("casedesk-checker"));
}

void DocumentInspector::startQueuedJobs()
{
    while (!m_queue.empty() && runningCount() < kMaxRunningJobs) {
        Request request = std::move(m_queue.front());
        m_queue.pop_front();

        auto* job = new InspectionJob(m_workerProgram, m_limits, std::move(request.content), this);
        const quint64 requestId = request.id;
        connect(job,
                &InspectionJob::finished,
                this,
                [this, job, requestId](const DocumentDescription& description) {
                    jobFinished(job, requestId, description);
                });
        m_running.push_back(job);
        job->start();
    }
}

void DocumentInspector::jobFinished(InspectionJob* job,
                                    quint64 requestId,
                                    const DocumentDescription& description)
{
    m_running.erase(std::remove(m_running.begin(), m_running.end(), job), m_running.end());
    job->deleteLater();
    startQueuedJobs();
    // Last, because a receiver may queue the next file from here.
    Q_EMIT described(requestId, description);
}

} // namespace casedesk
