#pragma once

#include <QWidget>

class QTableWidget;

namespace casedesk {

class AccountBook;

// Lists the workstation's accounts with their roles and state, for an administrator.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(const AccountBook& accounts, QWidget* parent = nullptr);

    void reload();

private:
    const AccountBook& m_accounts;
    QTableWidget* m_table = nullptr;
};

} // namespace casedesk
