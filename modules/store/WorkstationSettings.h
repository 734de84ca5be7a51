#pragma once

#include "core/Result.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QSettings>

namespace casedesk {

// Settings that belong to the workstation rather than to a person, kept in the data
// folder. Only an administrator may change them.
class WorkstationSettings
{
    Q_DECLARE_TR_FUNCTIONS(WorkstationSettings)

public:
    static constexpr int kDefaultIdleLockMinutes = 5;
    static constexpr int kMaxIdleLockMinutes = 120;

    explicit WorkstationSettings(const QString& filePath);

    // Minutes without input before the desk locks; 0 means never.
    [[nodiscard]] int idleLockMinutes() const;
    [[nodiscard]] Result<void> setIdleLockMinutes(const Session& actor, int minutes);

private:
    mutable QSettings m_settings;
};

} // namespace casedesk
