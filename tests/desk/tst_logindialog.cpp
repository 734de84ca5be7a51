#include "desk/LoginDialog.h"
#include "store/Workstation.h"
#include "support/FakeClock.h"
#include "support/TestDataDir.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace casedesk;

// The sign-in window, driven with the keyboard as a clerk would.
class TestLoginDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theRightPasswordTypedWithTheKeyboardSignsIn();
    void aWrongPasswordKeepsTheDialogOpenWithAMessage();
    void anEmptyNameIsAskedFor();
    void tabMovesFromNameToPasswordToSignIn();
    void unlockModeFixesTheNameAndOffersSignOut();

private:
    test::FakeClock m_clock;
    test::TestDataDir m_dir;
    std::unique_ptr<Workstation> m_accounts;

    static QLineEdit* field(QDialog& dialog, const char* name)
    {
        return dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
    }
};

void TestLoginDialog::initTestCase()
{
    m_dir.setUpWithAllRoles(m_clock);
    m_accounts = m_dir.workstation(m_clock);
}

void TestLoginDialog::theRightPasswordTypedWithTheKeyboardSignsIn()
{
    LoginDialog dialog(*m_accounts, LoginDialog::Mode::SignIn);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);

    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("supervisor"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), test::TestDataDir::password(Role::Supervisor));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.session().role, Role::Supervisor);
    QCOMPARE(dialog.session().userName, QStringLiteral("supervisor"));
}

void TestLoginDialog::aWrongPasswordKeepsTheDialogOpenWithAMessage()
{
    LoginDialog dialog(*m_accounts, LoginDialog::Mode::SignIn);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    field(dialog, "userName")->setText(QStringLiteral("clerk"));
    field(dialog, "password")->setText(QStringLiteral("not the password"));
    dialog.findChild<QPushButton*>(QStringLiteral("signIn"))->click();

    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.errorText().contains(QStringLiteral("wrong")));
    QVERIFY(field(dialog, "password")->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), field(dialog, "password"));
}

void TestLoginDialog::anEmptyNameIsAskedFor()
{
    LoginDialog dialog(*m_accounts, LoginDialog::Mode::SignIn);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    field(dialog, "password")->setText(QStringLiteral("anything at all"));
    dialog.findChild<QPushButton*>(QStringLiteral("signIn"))->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.errorText().isEmpty());
    QCOMPARE(QApplication::focusWidget(), field(dialog, "userName"));
}

void TestLoginDialog::tabMovesFromNameToPasswordToSignIn()
{
    LoginDialog dialog(*m_accounts, LoginDialog::Mode::SignIn);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget(), field(dialog, "userName"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field(dialog, "password"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QPushButton*>(QStringLiteral("signIn")));
}

void TestLoginDialog::unlockModeFixesTheNameAndOffersSignOut()
{
    LoginDialog dialog(*m_accounts, LoginDialog::Mode::Unlock, QStringLiteral("clerk"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(field(dialog, "userName")->isReadOnly());
    QCOMPARE(QApplication::focusWidget(), field(dialog, "password"));

    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.findChild<QPushButton*>(QStringLiteral("signOut"))->click();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), LoginDialog::SignOutRequested);
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
