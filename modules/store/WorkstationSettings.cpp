#include "WorkstationSettings.h"

#include "core/Logging.h"

namespace casedesk {

namespace {

const QString kIdleLockKey = QStringLiteral("desk/idleLockMinutes");

} // namespace

WorkstationSettings::WorkstationSettings(const QString& filePath)
    : m_settings(filePath, QSettings::IniFormat)
{ }

int WorkstationSettings::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(kIdleLockKey, kDefaultIdleLockMinutes).toInt(&ok);
    if (!ok || minutes < 0 || minutes > kMaxIdleLockMinutes) {
        return kDefaultIdleLockMinutes;
    }
    return minutes;
}

Result<void> WorkstationSettings::setIdleLockMinutes(const Session& actor, int minutes)
{
    if (!actor.may(Permission::ManageSettings)) {
        return Error(ErrorKind::PermissionDenied,
                     tr("Only an administrator may change the workstation's settings."));
    }
    if (minutes < 0 || minutes > kMaxIdleLockMinutes) {
        return Error(
            ErrorKind::InvalidInput,
            tr("The lock time must be between 0 (never) and %1 minutes.").arg(kMaxIdleLockMinutes));
    }
    m_settings.setValue(kIdleLockKey, minutes);
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError) {
        return Error(ErrorKind::Io,
                     tr("The setting could not be saved. The disk may be full or read-only."));
    }
    qCInfo(lcStore) << "Idle lock set to" << minutes << "minutes";
    return Result<void>::success();
}

} // namespace casedesk
