#include "DeskController.h"

#include "LoginDialog.h"
#include "MainWindow.h"
#include "core/Logging.h"
#include "intake/SearchIndex.h"
#include "store/Workstation.h"

#include <QMessageBox>
#include <QProgressDialog>

#include <algorithm>
#include <limits>

namespace casedesk {

DeskController::DeskController(Workstation& workstation,
                               const Clock& clock,
                               DeskContext context,
                               QObject* parent)
    : QObject(parent)
    , m_workstation(workstation)
    , m_clock(clock)
    , m_context(std::move(context))
    , m_idle(clock)
{
    connect(&m_idle, &IdleMonitor::idleTimedOut, this, [this] {
        const int minutes = m_workstation.idleLockMinutes();
        qCInfo(lcDesk) << "Locking after" << minutes << "idle minutes";
        showUnlock(tr("The desk was locked after %n minute(s) without use.", nullptr, minutes));
    });
}

DeskController::~DeskController()
{
    delete m_login;
    delete m_window;
}

LoginDialog* DeskController::loginDialog() const
{
    return m_login;
}

MainWindow* DeskController::mainWindow() const
{
    return m_window;
}

void DeskController::start()
{
    showSignIn();
}

void DeskController::lock()
{
    showUnlock({});
}

void DeskController::signOut()
{
    qCInfo(lcDesk) << "Signed out";
    m_idle.setTimeout(0);
    // The database closes and its key leaves memory until the next person signs in.
    m_workstation.close();
    if (m_login) {
        m_login->deleteLater();
    }
    if (m_window) {
        m_window->disconnect(this);
        m_window->deleteLater();
    }
    showSignIn();
}

void DeskController::showSignIn()
{
    m_login = new LoginDialog(m_workstation, LoginDialog::Mode::SignIn);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_login, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted) {
            openMainWindow(m_login->session());
        } else {
            qCInfo(lcDesk) << "Sign-in window closed without signing in";
            Q_EMIT finished();
        }
    });
    qCInfo(lcDesk) << "Showing the sign-in window";
    m_login->show();
}

void DeskController::bringSearchUpToDate()
{
    SearchIndex index(*m_workstation.database(), m_clock);
    const auto current = index.isCurrent();
    if (current && current.value()) {
        return;
    }
    // Once after an update that changed how cases are searched: every case is indexed again
    // before the desk opens, so the search box never silently misses a case.
    QProgressDialog progress(
        tr("Preparing case search after the update. This happens once."), QString(), 0, 0);
    progress.setWindowTitle(tr("CaseDesk"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.show();
    QCoreApplication::processEvents();
    const auto indexed = index.bringUpToDate([&progress](qint64 done, qint64 total) {
        progress.setMaximum(int(std::min<qint64>(total, std::numeric_limits<int>::max())));
        progress.setValue(int(std::min<qint64>(done, progress.maximum())));
        QCoreApplication::processEvents();
    });
    progress.close();
    if (!indexed) {
        // The counter keeps working; only the search box is affected until the next start.
        QMessageBox::warning(nullptr,
                             tr("Search is not ready"),
                             tr("The cases could not be prepared for search, so the search box "
                                "may miss cases until CaseDesk is started again. Taking in "
                                "cases is not affected.\n\n%1")
                                 .arg(indexed.error().message()));
    }
}

void DeskController::openMainWindow(Session session)
{
    bringSearchUpToDate();
    m_window = new MainWindow(session, m_workstation, m_clock, m_context);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::lockRequested, this, &DeskController::lock);
    connect(m_window, &MainWindow::signOutRequested, this, &DeskController::signOut);
    connect(m_window, &MainWindow::windowClosed, this, &DeskController::finished);
    connect(m_window, &MainWindow::idleLockChanged, this, [this](int minutes) {
        m_idle.setTimeout(minutes * 60);
    });
    m_idle.setTimeout(m_workstation.idleLockMinutes() * 60);
    m_window->show();
}

void DeskController::showUnlock(const QString& notice)
{
    if (!m_window || m_window->isLocked()) {
        return;
    }
    m_idle.setTimeout(0);
    m_window->setLocked(true);
    askForUnlock(notice);
}

void DeskController::askForUnlock(const QString& notice)
{
    m_login = new LoginDialog(
        m_workstation, LoginDialog::Mode::Unlock, m_window->session().userName, m_window);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    m_login->setWindowModality(Qt::WindowModal);
    m_login->setNotice(notice);
    connect(m_login, &QDialog::finished, this, [this, notice](int result) {
        if (result == LoginDialog::SignOutRequested) {
            signOut();
        } else if (result != QDialog::Accepted) {
            // Escape or closing the dialog does not unlock: ask again.
            QMetaObject::invokeMethod(
                this, [this, notice] { askForUnlock(notice); }, Qt::QueuedConnection);
        } else {
            m_window->setLocked(false);
            m_idle.setTimeout(m_workstation.idleLockMinutes() * 60);
        }
    });
    m_login->open();
}

} // namespace casedesk
