#include "SecretStore.h"

#include "core/Logging.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace casedesk {

namespace {

// Runs a keychain job to its end and returns its error code and text.
QKeychain::Error runJob(QKeychain::Job& job, QString* errorText)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    *errorText = job.errorString();
    return job.error();
}

} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{ }

Error SecretStore::unavailable(const char* operation, const QString& errorText)
{
    qCWarning(lcStore) << "Keychain" << operation << "failed:" << errorText;
    return Error(ErrorKind::Unavailable,
                 tr("The system keychain is not available. Sign in to the desktop session so "
                    "the keychain is unlocked, then try again."),
                 errorText);
}

Result<void> SecretStore::write(const QString& key, const QByteArray& secret) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setBinaryData(secret);
    QString errorText;
    const QKeychain::Error error = runJob(job, &errorText);
    if (error != QKeychain::NoError) {
        return unavailable("write", errorText);
    }
    return Result<void>::success();
}

Result<QByteArray> SecretStore::read(const QString& key) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    QString errorText;
    const QKeychain::Error error = runJob(job, &errorText);
    if (error == QKeychain::EntryNotFound) {
        return Error(ErrorKind::NotFound,
                     tr("The keychain holds no credential for this workstation. Enrol the "
                        "workstation again."),
                     errorText);
    }
    if (error != QKeychain::NoError) {
        return unavailable("read", errorText);
    }
    return job.binaryData();
}

Result<void> SecretStore::remove(const QString& key) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    QString errorText;
    const QKeychain::Error error = runJob(job, &errorText);
    if (error != QKeychain::NoError && error != QKeychain::EntryNotFound) {
        return unavailable("delete", errorText);
    }
    return Result<void>::success();
}

} // namespace casedesk
