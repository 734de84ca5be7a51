#include "DataDirectory.h"

#include "core/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace casedesk {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
// Qt repeats the owner's bits as the "user" bits when the owner asks; those are left out.
constexpr QFileDevice::Permissions kOwnerGroupOther = QFileDevice::Permissions(0x7077);

} // namespace

DataDirectory::DataDirectory(QString path)
    : m_path(QDir::cleanPath(QFileInfo(path).absoluteFilePath()))
{ }

QString DataDirectory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

Result<void> DataDirectory::prepare() const
{
    const QFileInfo info(m_path);
    if (info.exists() && !info.isDir()) {
        return Error(ErrorKind::InvalidInput,
                     tr("The data folder %1 is a file, not a folder. Choose another "
                        "folder with --data-dir.")
                         .arg(m_path));
    }
    if (!QDir().mkpath(m_path)) {
        return Error(ErrorKind::Io,
                     tr("The data folder %1 could not be created. Check that the parent "
                        "folder exists and that you may write to it.")
                         .arg(m_path));
    }
    if ((QFile::permissions(m_path) & kOwnerGroupOther) != kOwnerOnly) {
        qCInfo(lcStore) << "Restricting the data folder to its owner:" << m_path;
        if (!QFile::setPermissions(m_path, kOwnerOnly)) {
            return Error(ErrorKind::Io,
                         tr("Access to the data folder %1 could not be restricted to "
                            "you. Check who owns the folder.")
                             .arg(m_path));
        }
    }
    return Result<void>::success();
}

QString DataDirectory::databaseFile() const
{
    return m_path + QStringLiteral("/casedesk.db");
}

QString DataDirectory::keySlotFile() const
{
    return m_path + QStringLiteral("/casedesk.keys");
}

bool DataDirectory::isSetUp() const
{
    return QFileInfo::exists(databaseFile()) || QFileInfo::exists(keySlotFile());
}

} // namespace casedesk
