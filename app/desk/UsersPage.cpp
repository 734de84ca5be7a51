#include "UsersPage.h"

#include "core/ui/PageLayout.h"
#include "store/Workstation.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

UsersPage::UsersPage(const Session& session, const Workstation& workstation, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_workstation(workstation)
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
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    reload();
}

void UsersPage::reload()
{
    const auto users = m_workstation.users(m_session);
    m_error->setVisible(!users.ok());
    if (!users) {
        m_error->setText(users.error().message());
        m_table->setRowCount(0);
        return;
    }
    m_table->setRowCount(int(users.value().size()));
    for (int row = 0; row < users.value().size(); ++row) {
        const UserRecord& user = users.value().at(row);
        QString state = tr("Active");
        if (user.disabled) {
            state = tr("Disabled");
        } else if (m_workstation.isLockedOut(user.name)) {
            state = tr("Locked after wrong passwords");
        }
        m_table->setItem(row, 0, new QTableWidgetItem(user.name));
        m_table->setItem(row, 1, new QTableWidgetItem(roleDisplayName(user.role)));
        m_table->setItem(row, 2, new QTableWidgetItem(state));
    }
}

} // namespace casedesk
