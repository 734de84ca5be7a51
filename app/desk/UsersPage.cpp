#include "UsersPage.h"

#include "PageLayout.h"
#include "store/AccountBook.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

UsersPage::UsersPage(const AccountBook& accounts, QWidget* parent)
    : QWidget(parent)
    , m_accounts(accounts)
{
    auto* hint = new QLabel(tr("Accounts are added, disabled and given new passwords with the "
                               "administrator's command line: casedeskctl user --help."),
                            this);
    hint->setWordWrap(true);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Role"), tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Accounts"));

    QVBoxLayout* layout = createPageLayout(this, tr("Users"));
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);

    reload();
}

void UsersPage::reload()
{
    const QList<AccountInfo> accounts = m_accounts.accounts();
    m_table->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const AccountInfo& account = accounts.at(row);
        QString state = tr("Active");
        if (account.disabled) {
            state = tr("Disabled");
        } else if (account.lockedOut) {
            state = tr("Locked after wrong passwords");
        }
        m_table->setItem(row, 0, new QTableWidgetItem(account.name));
        m_table->setItem(row, 1, new QTableWidgetItem(roleDisplayName(account.role)));
        m_table->setItem(row, 2, new QTableWidgetItem(state));
    }
}

} // namespace casedesk
