#pragma once

#include "core/Session.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace casedesk {

class Authenticator;

// Asks for a user name and password and checks them. In unlock mode the name is fixed
// to the person who was signed in, and they may instead sign out so someone else can
// use the counter.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        SignIn,
        Unlock
    };

    // The dialog's answer when the locked person chose to sign out.
    static constexpr int SignOutRequested = 2;

    LoginDialog(Authenticator& authenticator,
                Mode mode,
                const QString& lockedUserName = {},
                QWidget* parent = nullptr);

    // The session opened by the accepted name and password.
    [[nodiscard]] const Session& session() const { return m_session; }

    // Shown above the fields, for instance why the desk was locked.
    void setNotice(const QString& notice);

    // The text of the last refusal, empty when there was none.
    [[nodiscard]] QString errorText() const;

private:
    void attemptSignIn();
    void showError(const QString& message);

    Authenticator& m_authenticator;
    Mode m_mode;
    Session m_session;
    QLabel* m_notice = nullptr;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_signIn = nullptr;
};

} // namespace casedesk
