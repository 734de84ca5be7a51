#include "SetUpDialog.h"

#include "core/ui/PageLayout.h"
#include "store/Workstation.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

SetUpDialog::SetUpDialog(const DataDirectory& directory, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("setUpDialog"));
    setWindowTitle(tr("CaseDesk — Set up this workstation"));

    auto* intro = new QLabel(tr("This workstation has no data yet. Enter the office it serves and "
                                "the first administrator, who then adds the other accounts."),
                             this);
    intro->setWordWrap(true);

    m_office = new QLineEdit(this);
    m_office->setObjectName(QStringLiteral("office"));
    m_office->setMinimumWidth(320);
    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("userName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout;
    form->addRow(tr("&Office:"), m_office);
    form->addRow(tr("Administrator's &user name:"), m_userName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat the password:"), m_repeat);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("setUpError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* setUpButton =
        buttons->addButton(tr("&Set up the workstation"), QDialogButtonBox::AcceptRole);
    setUpButton->setObjectName(QStringLiteral("setUp"));
    setUpButton->setDefault(true);
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &SetUpDialog::setUp);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(createHeading(tr("Set up this workstation"), this, 1.4));
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_office->setFocus();
}

QString SetUpDialog::administratorName() const
{
    return m_userName->text().trimmed();
}

void SetUpDialog::setUp()
{
    if (m_password->text() != m_repeat->text()) {
        showError(tr("The two passwords differ. Type the same password twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // Calibrating the key derivation takes a moment; it sets how long every unlock takes.
    const Result<void> done = Workstation::setUp(m_directory,
                                                 m_clock,
                                                 m_office->text(),
                                                 administratorName(),
                                                 m_password->text(),
                                                 Argon2idParams::calibrate());
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    if (!done) {
        showError(done.error().message());
        return;
    }
    m_password->clear();
    m_repeat->clear();
    accept();
}

void SetUpDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(true);
}

} // namespace casedesk
