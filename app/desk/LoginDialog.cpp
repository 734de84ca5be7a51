#include "LoginDialog.h"

#include "core/Authenticator.h"
#include "core/Logging.h"
#include "core/Version.h"
#include "core/ui/PageLayout.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

LoginDialog::LoginDialog(Authenticator& authenticator,
                         Mode mode,
                         const QString& lockedUserName,
                         QWidget* parent)
    : QDialog(parent)
    , m_authenticator(authenticator)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(mode == Mode::SignIn ? tr("CaseDesk — Sign in") : tr("CaseDesk — Locked"));

    QLabel* title = createHeading(mode == Mode::SignIn ? tr("Sign in to CaseDesk")
                                                       : tr("This workstation is locked"),
                                  this,
                                  1.4);

    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);

    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("userName"));
    m_userName->setText(lockedUserName);
    m_userName->setReadOnly(mode == Mode::Unlock);
    m_userName->setAccessibleName(tr("User name"));
    m_userName->setMinimumWidth(280);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Password:"), m_password);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    auto* buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(mode == Mode::SignIn ? tr("&Sign in") : tr("&Unlock"),
                                  QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    if (mode == Mode::SignIn) {
        QPushButton* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
        quit->setObjectName(QStringLiteral("quit"));
    } else {
        QPushButton* signOut = buttons->addButton(tr("Sign &out"), QDialogButtonBox::ResetRole);
        signOut->setObjectName(QStringLiteral("signOut"));
        connect(signOut, &QPushButton::clicked, this, [this] { done(SignOutRequested); });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::attemptSignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    // The dialog grows with the error message instead of squeezing the fields.
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    setTabOrder(m_userName, m_password);
    setTabOrder(m_password, m_signIn);
    if (mode == Mode::SignIn && lockedUserName.isEmpty()) {
        m_userName->setFocus();
    } else {
        m_password->setFocus();
    }
}

void LoginDialog::setNotice(const QString& notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void LoginDialog::attemptSignIn()
{
    const QString userName = m_userName->text().trimmed();
    if (userName.isEmpty()) {
        showError(tr("Enter your user name."));
        m_userName->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }

    setEnabled(false);
    const Result<Session> result = m_authenticator.signIn(userName, m_password->text());
    setEnabled(true);
    m_password->clear();

    if (!result) {
        showError(result.error().message());
        m_password->setFocus();
        return;
    }
    m_session = result.value();
    qCInfo(lcDesk) << (m_mode == Mode::SignIn ? "Signed in" : "Unlocked") << "with role"
                   << roleId(m_session.role);
    accept();
}

void LoginDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(true);
}

} // namespace casedesk
