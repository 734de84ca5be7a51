#include "MainWindow.h"

#include "PlaceholderPage.h"
#include "SettingsPage.h"
#include "UsersPage.h"
#include "core/Logging.h"
#include "core/Version.h"
#include "intake/ui/CasesPage.h"
#include "intake/ui/IntakePage.h"
#include "store/Workstation.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace casedesk {

namespace {

QString placeholderText(Area area)
{
    switch (area) {
    case Area::Hearings:
        return MainWindow::tr("Hearing records are not part of this version of CaseDesk yet. "
                              "Testimony cannot be recorded here for now.");
    case Area::Approvals:
        return MainWindow::tr("Batch approvals are not part of this version of CaseDesk yet. "
                              "Cases cannot be approved here for now.");
    case Area::Dashboard:
        return MainWindow::tr("The supervisor's dashboard is not part of this version of "
                              "CaseDesk yet.");
    case Area::Cases:
    case Area::Intake:
    case Area::Users:
    case Area::Settings:
        break;
    }
    return {};
}

} // namespace

MainWindow::MainWindow(const Session& session,
                       Workstation& workstation,
                       const Clock& clock,
                       DeskContext context,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_workstation(workstation)
    , m_clock(clock)
    , m_context(std::move(context))
    , m_areas(areasFor(session.role))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CaseDesk — %1").arg(roleDisplayName(session.role)));
    resize(1280, 800);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setFixedWidth(220);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.15);
    m_navigation->setFont(navigationFont);
    m_navigation->setSpacing(4);

    m_pages = new QStackedWidget(this);
    for (Area area : std::as_const(m_areas)) {
        auto* item = new QListWidgetItem(areaTitle(area), m_navigation);
        item->setData(Qt::UserRole, int(area));
        m_pages->addWidget(createPage(area));
    }
    m_lockScreen = new PlaceholderPage(tr("Locked"),
                                       tr("This workstation is locked. Enter your password to "
                                          "continue."),
                                       this);
    m_pages->addWidget(m_lockScreen);
    connect(
        m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    buildMenus();
    statusBar()->showMessage(
        tr("Signed in as %1 (%2)").arg(session.userName, roleDisplayName(session.role)));

    m_navigation->setCurrentRow(0);
    m_navigation->setFocus();
}

Area MainWindow::currentArea() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 ? m_areas.at(row) : m_areas.value(0);
}

void MainWindow::showArea(Area area)
{
    const auto index = m_areas.indexOf(area);
    if (index >= 0 && !m_locked) {
        m_navigation->setCurrentRow(int(index));
    }
}

void MainWindow::setLocked(bool locked)
{
    m_locked = locked;
    m_navigation->setEnabled(!locked);
    menuBar()->setEnabled(!locked);
    if (locked) {
        m_pages->setCurrentWidget(m_lockScreen);
    } else {
        m_pages->setCurrentIndex(m_navigation->currentRow());
    }
}

QString MainWindow::areaTitle(Area area)
{
    switch (area) {
    case Area::Cases:
        return tr("Cases");
    case Area::Intake:
        return tr("Intake");
    case Area::Hearings:
        return tr("Hearings");
    case Area::Approvals:
        return tr("Approvals");
    case Area::Dashboard:
        return tr("Dashboard");
    case Area::Users:
        return tr("Users");
    case Area::Settings:
        return tr("Settings");
    }
    return {};
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    qCInfo(lcDesk) << "Main window closed";
    event->accept();
    Q_EMIT windowClosed();
}

void MainWindow::buildMenus()
{
    QMenu* sessionMenu = menuBar()->addMenu(tr("&Session"));
    QAction* lock = sessionMenu->addAction(tr("&Lock"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QAction::triggered, this, &MainWindow::lockRequested);
    QAction* signOut = sessionMenu->addAction(tr("Sign &out"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    sessionMenu->addSeparator();
    QAction* quit = sessionMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    QMenu* goMenu = menuBar()->addMenu(tr("&Go"));
    for (qsizetype i = 0; i < m_areas.size(); ++i) {
        const Area area = m_areas.at(i);
        QAction* action = goMenu->addAction(areaTitle(area));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, area] { showArea(area); });
        m_navigation->item(int(i))->setToolTip(
            action->shortcut().toString(QKeySequence::NativeText));
    }

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(tr("&About CaseDesk"));
    about->setShortcut(QKeySequence(Qt::Key_F1));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

QWidget* MainWindow::createPage(Area area)
{
    switch (area) {
    case Area::Cases:
        m_casesPage = new CasesPage(
            m_session, *m_workstation.database(), m_context.caseTypes, m_context.language, this);
        return m_casesPage;
    case Area::Intake: {
        auto* page = new IntakePage(m_session,
                                    *m_workstation.database(),
                                    m_clock,
                                    m_context.caseTypes,
                                    m_context.describer,
                                    m_context.language,
                                    this);
        connect(page, &IntakePage::caseTakenIn, this, [this] {
            if (m_casesPage) {
                m_casesPage->refresh();
            }
        });
        return page;
    }
    case Area::Users:
        return new UsersPage(m_session, m_workstation, this);
    case Area::Settings: {
        auto* page = new SettingsPage(m_session, m_workstation, this);
        connect(page, &SettingsPage::idleLockChanged, this, &MainWindow::idleLockChanged);
        return page;
    }
    default:
        return new PlaceholderPage(areaTitle(area), placeholderText(area), this);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
                       tr("About CaseDesk"),
                       tr("CaseDesk %1\nCase intake, hearings and approvals for government "
                          "service counters.")
                           .arg(QString::fromLatin1(kVersion)));
}

} // namespace casedesk
