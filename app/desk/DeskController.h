#pragma once

#include "DeskContext.h"
#include "core/IdleMonitor.h"
#include "core/Session.h"

#include <QObject>
#include <QPointer>

namespace casedesk {

class Clock;
class LoginDialog;
class MainWindow;
class Workstation;

// Leads a person through the desk's life: sign in, work in the main window, lock after
// the idle time or on request, unlock with the same password, sign out so the next
// person can sign in.
class DeskController : public QObject
{
    Q_OBJECT

public:
    DeskController(Workstation& workstation,
                   const Clock& clock,
                   DeskContext context = {},
                   QObject* parent = nullptr);
    ~DeskController() override;

    // Shows the sign-in window.
    void start();

    [[nodiscard]] LoginDialog* loginDialog() const;
    [[nodiscard]] MainWindow* mainWindow() const;
    [[nodiscard]] IdleMonitor& idleMonitor() { return m_idle; }

    void lock();
    void signOut();

Q_SIGNALS:
    // The person quit from the sign-in window or closed the main window.
    void finished();

private:
    void showSignIn();
    // Indexes the cases again, with a progress window, when an update left search behind.
    void bringSearchUpToDate();
    // Takes the session by value: the sign-in window that holds it may close meanwhile.
    void openMainWindow(Session session);
    void showUnlock(const QString& notice);
    void askForUnlock(const QString& notice);

    Workstation& m_workstation;
    const Clock& m_clock;
    DeskContext m_context;
    IdleMonitor m_idle;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_window;
};

} // namespace casedesk
