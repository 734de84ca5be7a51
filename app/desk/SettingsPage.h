#pragma once

#include "core/Session.h"

#include <QWidget>

class QLabel;
class QSpinBox;

namespace casedesk {

class WorkstationSettings;

// The workstation's settings, for an administrator.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(const Session& session, WorkstationSettings& settings, QWidget* parent = nullptr);

Q_SIGNALS:
    void idleLockChanged(int minutes);

private:
    void save();

    const Session& m_session;
    WorkstationSettings& m_settings;
    QSpinBox* m_idleLock = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace casedesk
