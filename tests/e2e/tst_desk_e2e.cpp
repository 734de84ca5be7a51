#include "core/Clock.h"
#include "support/TestDataDir.h"

#include <QProcess>
#include <QTest>

using namespace casedesk;

// The built casedesk binary, started as a person would start it.
class TestDeskEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsOffscreenAndShowsItsSignInWindow();
    void anEmptyDataFolderOffersToSetUpTheWorkstation();
    void versionAnswersWithoutADisplay();
    void withoutADisplayItSaysHowToRunIt();
    void anUnknownLanguageIsRefused();

private:
    static QProcessEnvironment environment(bool display);
};

QProcessEnvironment TestDeskEndToEnd::environment(bool display)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (display) {
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }
    return environment;
}

void TestDeskEndToEnd::startsOffscreenAndShowsItsSignInWindow()
{
    test::TestDataDir dir;
    dir.setUpWithAllRoles(SystemClock::instance());

    QProcess desk;
    desk.setProcessEnvironment(environment(true));
    desk.setProcessChannelMode(QProcess::MergedChannels);
    desk.start(QStringLiteral(CASEDESK_DESK_BINARY), {QStringLiteral("--data-dir"), dir.path()});
    QVERIFY(desk.waitForStarted());

    QString output;
    QTRY_VERIFY_WITH_TIMEOUT((output += QString::fromUtf8(desk.readAll()))
                                 .contains(QStringLiteral("Showing the sign-in window")),
                             30000);
    QCOMPARE(desk.state(), QProcess::Running);
    QVERIFY2(!output.contains(QStringLiteral("correct horse")), "a password reached the log");

    desk.terminate();
    QVERIFY(desk.waitForFinished(10000));
}

void TestDeskEndToEnd::anEmptyDataFolderOffersToSetUpTheWorkstation()
{
    test::TestDataDir dir;
    QProcess desk;
    desk.setProcessEnvironment(environment(true));
    desk.setProcessChannelMode(QProcess::MergedChannels);
    desk.start(QStringLiteral(CASEDESK_DESK_BINARY), {QStringLiteral("--data-dir"), dir.path()});
    QVERIFY(desk.waitForStarted());
    QString output;
    QTRY_VERIFY_WITH_TIMEOUT((output += QString::fromUtf8(desk.readAll()))
                                 .contains(QStringLiteral("offering to set one up")),
                             30000);
    QCOMPARE(desk.state(), QProcess::Running);
    QVERIFY(!dir.directory().isSetUp());
    desk.terminate();
    QVERIFY(desk.waitForFinished(10000));
}

void TestDeskEndToEnd::versionAnswersWithoutADisplay()
{
    QProcess desk;
    desk.setProcessEnvironment(environment(false));
    desk.start(QStringLiteral(CASEDESK_DESK_BINARY), {QStringLiteral("--version")});
    QVERIFY(desk.waitForFinished(30000));
    QCOMPARE(desk.exitCode(), 0);
    QVERIFY(
        QString::fromUtf8(desk.readAllStandardOutput()).startsWith(QStringLiteral("casedesk ")));
}

void TestDeskEndToEnd::withoutADisplayItSaysHowToRunIt()
{
    QProcess desk;
    desk.setProcessEnvironment(environment(false));
    desk.start(QStringLiteral(CASEDESK_DESK_BINARY), {});
    QVERIFY(desk.waitForFinished(30000));
    QVERIFY(desk.exitCode() != 0);
    QVERIFY(QString::fromUtf8(desk.readAllStandardError()).contains(QStringLiteral("xvfb-run")));
}

void TestDeskEndToEnd::anUnknownLanguageIsRefused()
{
    QProcess desk;
    desk.setProcessEnvironment(environment(true));
    desk.start(QStringLiteral(CASEDESK_DESK_BINARY),
               {QStringLiteral("--lang"), QStringLiteral("tlh")});
    QVERIFY(desk.waitForFinished(30000));
    QCOMPARE(desk.exitCode(), 2);
    const QString error = QString::fromUtf8(desk.readAllStandardError());
    QVERIFY(error.contains(QStringLiteral("tlh")));
    QVERIFY(error.contains(QStringLiteral("zh_CN")));
}

QTEST_GUILESS_MAIN(TestDeskEndToEnd)
#include "tst_desk_e2e.moc"
