#include "desk/SetUpDialog.h"
#include "store/Workstation.h"
#include "support/FakeClock.h"
#include "support/TestDataDir.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace casedesk;

// The first start on an empty data folder, filled in as an administrator would.
class TestSetUpDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void differingPasswordsAreCaughtBeforeAnythingIsWritten();
    void aWeakPasswordIsRefusedAndNothingIsLeftBehind();
    void aFilledFormSetsUpAWorkstationTheAdministratorCanSignInTo();

private:
    static void fill(SetUpDialog& dialog, const QString& password, const QString& repeat);
    static QString errorText(const SetUpDialog& dialog)
    {
        const auto* label = dialog.findChild<QLabel*>(QStringLiteral("setUpError"));
        return label->isVisible() ? label->text() : QString();
    }
};

void TestSetUpDialog::fill(SetUpDialog& dialog, const QString& password, const QString& repeat)
{
    dialog.findChild<QLineEdit*>(QStringLiteral("office"))
        ->setText(QStringLiteral("海淀区政务服务中心"));
    dialog.findChild<QLineEdit*>(QStringLiteral("userName"))->setText(QStringLiteral("chief"));
    dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(password);
    dialog.findChild<QLineEdit*>(QStringLiteral("repeatPassword"))->setText(repeat);
    dialog.findChild<QPushButton*>(QStringLiteral("setUp"))->click();
}

void TestSetUpDialog::differingPasswordsAreCaughtBeforeAnythingIsWritten()
{
    test::FakeClock clock;
    test::TestDataDir dir;
    const DataDirectory data = dir.directory();
    SetUpDialog dialog(data, clock);
    dialog.show();
    fill(dialog, QStringLiteral("counter passphrase"), QStringLiteral("counter passphrasX"));
    QVERIFY(dialog.isVisible());
    QVERIFY(errorText(dialog).contains(QStringLiteral("differ")));
    QVERIFY(!data.isSetUp());
}

void TestSetUpDialog::aWeakPasswordIsRefusedAndNothingIsLeftBehind()
{
    test::FakeClock clock;
    test::TestDataDir dir;
    const DataDirectory data = dir.directory();
    SetUpDialog dialog(data, clock);
    dialog.show();
    fill(dialog, QStringLiteral("short"), QStringLiteral("short"));
    QVERIFY(dialog.isVisible());
    QVERIFY(errorText(dialog).contains(QStringLiteral("at least")));
    QVERIFY(!data.isSetUp());
}

void TestSetUpDialog::aFilledFormSetsUpAWorkstationTheAdministratorCanSignInTo()
{
    test::FakeClock clock;
    test::TestDataDir dir;
    const DataDirectory data = dir.directory();
    SetUpDialog dialog(data, clock);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    fill(dialog, QStringLiteral("counter passphrase"), QStringLiteral("counter passphrase"));
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.administratorName(), QStringLiteral("chief"));
    QVERIFY(data.isSetUp());

    Workstation workstation(data, clock);
    const auto session =
        workstation.signIn(QStringLiteral("chief"), QStringLiteral("counter passphrase"));
    QVERIFY2(session.ok(), qPrintable(session ? QString() : session.error().fullText()));
    QCOMPARE(session.value().role, Role::Administrator);
}

QTEST_MAIN(TestSetUpDialog)
#include "tst_setupdialog.moc"
