#include "SettingsPage.h"

#include "core/ui/PageLayout.h"
#include "store/Workstation.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace casedesk {

SettingsPage::SettingsPage(const Session& session, Workstation& workstation, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_workstation(workstation)
{
    m_idleLock = new QSpinBox(this);
    m_idleLock->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idleLock->setRange(0, Workstation::kMaxIdleLockMinutes);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setSpecialValueText(tr("Never"));
    m_idleLock->setValue(workstation.idleLockMinutes());
    m_idleLock->setAccessibleName(tr("Lock after minutes without use"));

    m_idleLock->setMinimumWidth(140);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Lock the desk after:"), m_idleLock);

    auto* saveButton = new QPushButton(tr("&Save settings"), this);
    saveButton->setObjectName(QStringLiteral("saveSettings"));
    connect(saveButton, &QPushButton::clicked, this, &SettingsPage::save);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);

    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(saveButton);
    buttonRow->addStretch();

    QVBoxLayout* layout = createPageLayout(this, tr("Settings"));
    layout->addLayout(form);
    layout->addLayout(buttonRow);
    layout->addWidget(m_status);
    layout->addStretch();
}

void SettingsPage::save()
{
    const int minutes = m_idleLock->value();
    const Result<void> saved = m_workstation.setIdleLockMinutes(m_session, minutes);
    if (!saved) {
        m_status->setText(saved.error().message());
        return;
    }
    m_status->setText(tr("Saved."));
    Q_EMIT idleLockChanged(minutes);
}

} // namespace casedesk
