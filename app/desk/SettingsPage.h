#pragma once

#include "core/Session.h"

#include <QWidget>

class QLabel;
class QSpinBox;

namespace casedesk {

class Workstation;

// The workstation's settings, for an administrator.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(const Session& session, Workstation& workstation, QWidget* parent = nullptr);

Q_SIGNALS:
    void idleLockChanged(int minutes);

private:
    void save();

    const Session& m_session;
    Workstation& m_workstation;
    QSpinBox* m_idleLock = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace casedesk
