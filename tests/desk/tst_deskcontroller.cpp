#include "desk/DeskController.h"
#include "desk/LoginDialog.h"
#include "desk/MainWindow.h"
#include "intake/SearchIndex.h"
#include "store/Database.h"
#include "store/Workstation.h"
#include "support/FakeClock.h"
#include "support/IntakeFixtures.h"
#include "support/TestDataDir.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>

using namespace casedesk;

// The desk's life from sign-in to sign-out, as each role sees it.
class TestDeskController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void eachRoleSeesOnlyItsAreas_data();
    void eachRoleSeesOnlyItsAreas();
    void ctrlAndANumberGoesToAnArea();
    void idleTimeLocksAndOnlyTheRightPasswordUnlocks();
    void ctrlLLocksAtOnce();
    void signingOutFromTheLockReturnsToSignIn();
    void anAdministratorChangesTheIdleLockTime();
    void quittingTheSignInWindowFinishes();
    void signingInAfterAnUpdateIndexesTheCasesForSearch();

private:
    test::FakeClock m_clock;
    test::TestDataDir m_dir;
    std::unique_ptr<Workstation> m_workstation;
    std::unique_ptr<DeskController> m_desk;

    void signIn(Role role);
    static void submit(LoginDialog* dialog, const QString& password);
};

void TestDeskController::initTestCase()
{
    m_dir.setUpWithAllRoles(m_clock);
}

void TestDeskController::init()
{
    m_workstation = m_dir.workstation(m_clock);
    m_desk = std::make_unique<DeskController>(*m_workstation, m_clock);
    m_desk->start();
    QVERIFY(m_desk->loginDialog() != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(m_desk->loginDialog()));
}

void TestDeskController::cleanup()
{
    m_desk.reset();
    m_workstation.reset();
}

void TestDeskController::submit(LoginDialog* dialog, const QString& password)
{
    dialog->findChild<QLineEdit*>(QStringLiteral("password"))->setText(password);
    dialog->findChild<QPushButton*>(QStringLiteral("signIn"))->click();
}

void TestDeskController::signIn(Role role)
{
    LoginDialog* login = m_desk->loginDialog();
    login->findChild<QLineEdit*>(QStringLiteral("userName"))->setText(roleId(role));
    submit(login, test::TestDataDir::password(role));
    QVERIFY(m_desk->mainWindow() != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(m_desk->mainWindow()));
}

void TestDeskController::eachRoleSeesOnlyItsAreas_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("clerk") << Role::Clerk
                           << QStringList {QStringLiteral("Cases"), QStringLiteral("Intake")};
    QTest::newRow("hearing secretary")
        << Role::HearingSecretary << QStringList {QStringLiteral("Hearings")};
    QTest::newRow("supervisor") << Role::Supervisor
                                << QStringList {QStringLiteral("Cases"),
                                                QStringLiteral("Approvals"),
                                                QStringLiteral("Dashboard")};
    QTest::newRow("administrator")
        << Role::Administrator << QStringList {QStringLiteral("Users"), QStringLiteral("Settings")};
}

void TestDeskController::eachRoleSeesOnlyItsAreas()
{
    QFETCH(Role, role);
    QFETCH(QStringList, titles);
    signIn(role);
    auto* navigation = m_desk->mainWindow()->findChild<QListWidget*>(QStringLiteral("navigation"));
    QStringList shown;
    for (int i = 0; i < navigation->count(); ++i) {
        shown.append(navigation->item(i)->text());
    }
    QCOMPARE(shown, titles);
}

void TestDeskController::ctrlAndANumberGoesToAnArea()
{
    signIn(Role::Supervisor);
    MainWindow* window = m_desk->mainWindow();
    QCOMPARE(window->currentArea(), Area::Cases);
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window->currentArea(), Area::Dashboard);
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->currentArea(), Area::Approvals);
}

void TestDeskController::idleTimeLocksAndOnlyTheRightPasswordUnlocks()
{
    signIn(Role::Clerk);
    MainWindow* window = m_desk->mainWindow();
    m_clock.advanceSeconds(qint64(m_workstation->idleLockMinutes()) * 60);
    m_desk->idleMonitor().check();

    QVERIFY(window->isLocked());
    LoginDialog* unlock = m_desk->loginDialog();
    QVERIFY(unlock != nullptr);
    QTRY_VERIFY(unlock->isVisible());
    auto* pages = window->findChild<QStackedWidget*>();
    QCOMPARE(pages->currentIndex(), pages->count() - 1); // the neutral lock screen

    submit(unlock, QStringLiteral("somebody else's guess"));
    QVERIFY(window->isLocked());
    QVERIFY(!unlock->errorText().isEmpty());

    submit(unlock, test::TestDataDir::password(Role::Clerk));
    QVERIFY(!window->isLocked());
    QCOMPARE(window->currentArea(), Area::Cases);
}

void TestDeskController::ctrlLLocksAtOnce()
{
    signIn(Role::HearingSecretary);
    QTest::keyClick(m_desk->mainWindow(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_desk->mainWindow()->isLocked());
}

void TestDeskController::signingOutFromTheLockReturnsToSignIn()
{
    signIn(Role::Supervisor);
    QPointer<MainWindow> window = m_desk->mainWindow();
    m_desk->lock();
    LoginDialog* unlock = m_desk->loginDialog();
    unlock->findChild<QPushButton*>(QStringLiteral("signOut"))->click();

    QTRY_VERIFY(window.isNull());
    QVERIFY(m_desk->loginDialog() != nullptr);
    QVERIFY(m_desk->loginDialog() != unlock);
    QTRY_VERIFY(m_desk->loginDialog()->isVisible());
    QVERIFY(
        !m_desk->loginDialog()->findChild<QLineEdit*>(QStringLiteral("userName"))->isReadOnly());
}

void TestDeskController::anAdministratorChangesTheIdleLockTime()
{
    signIn(Role::Administrator);
    MainWindow* window = m_desk->mainWindow();
    window->showArea(Area::Settings);
    auto* minutes = window->findChild<QSpinBox*>(QStringLiteral("idleLockMinutes"));
    minutes->setValue(2);
    window->findChild<QPushButton*>(QStringLiteral("saveSettings"))->click();

    QCOMPARE(m_workstation->idleLockMinutes(), 2);
    QCOMPARE(m_desk->idleMonitor().timeout(), 120);
    QVERIFY(
        m_workstation->setIdleLockMinutes(window->session(), Workstation::kDefaultIdleLockMinutes)
            .ok());
}

void TestDeskController::quittingTheSignInWindowFinishes()
{
    QSignalSpy finished(m_desk.get(), &DeskController::finished);
    m_desk->loginDialog()->findChild<QPushButton*>(QStringLiteral("quit"))->click();
    QCOMPARE(finished.count(), 1);
    QVERIFY(m_desk->mainWindow() == nullptr);
}

void TestDeskController::signingInAfterAnUpdateIndexesTheCasesForSearch()
{
    const auto clerk =
        m_workstation->signIn(roleId(Role::Clerk), test::TestDataDir::password(Role::Clerk));
    QVERIFY(clerk.ok());
    const Database& database = *m_workstation->database();
    QVERIFY(CaseRepository(database, m_clock)
                .takeIn(clerk.value(),
                        test::pensionIntake(QStringLiteral("诸葛亮"),
                                            QStringLiteral("110101195001010015")))
                .ok());
    // What an older version leaves: its own tokens in the index, and no current version.
    QVERIFY(database
                .exec(QStringLiteral("INSERT INTO case_search (docid, tokens) SELECT rowid, "
                                     "'oldstyle' FROM cases"))
                .ok());
    QVERIFY(database.exec(QStringLiteral("DELETE FROM search_index_state")).ok());
    QVERIFY(!SearchIndex(database, m_clock).isCurrent().value());

    signIn(Role::Clerk);
    QVERIFY(SearchIndex(database, m_clock).isCurrent().value());
    QCOMPARE(test::searchHits(database, clerk.value(), QStringLiteral("诸葛亮")).size(), 1);
    QVERIFY(test::searchHits(database, clerk.value(), QStringLiteral("oldstyle")).isEmpty());
}

QTEST_MAIN(TestDeskController)
#include "tst_deskcontroller.moc"
