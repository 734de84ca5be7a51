#pragma once

#include "core/Session.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace casedesk {

class Workstation;

// Lists the workstation's accounts with their roles and state, for an administrator.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    UsersPage(const Session& session, const Workstation& workstation, QWidget* parent = nullptr);

    void reload();

private:
    const Session& m_session;
    const Workstation& m_workstation;
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace casedesk
