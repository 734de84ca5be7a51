#pragma once

#include "DeskContext.h"
#include "core/Session.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace casedesk {

class CasesPage;
class Clock;
class Workstation;

// The desk after sign-in: a navigation list with the areas the person's role may use,
// and the page of the chosen area. Every area is reachable with Ctrl+1, Ctrl+2, …
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Session& session,
               Workstation& workstation,
               const Clock& clock,
               DeskContext context,
               QWidget* parent = nullptr);

    [[nodiscard]] const Session& session() const { return m_session; }
    [[nodiscard]] Area currentArea() const;
    void showArea(Area area);

    // Hides every page behind a neutral screen while the desk is locked.
    void setLocked(bool locked);
    [[nodiscard]] bool isLocked() const { return m_locked; }

    [[nodiscard]] static QString areaTitle(Area area);

Q_SIGNALS:
    void lockRequested();
    void signOutRequested();
    void idleLockChanged(int minutes);
    // The person closed the window or chose Quit.
    void windowClosed();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    QWidget* createPage(Area area);
    void showAbout();

    Session m_session;
    Workstation& m_workstation;
    const Clock& m_clock;
    DeskContext m_context;
    CasesPage* m_casesPage = nullptr;
    QList<Area> m_areas;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_lockScreen = nullptr;
    bool m_locked = false;
};

} // namespace casedesk
