#include "core/Clock.h"
#include "support/TestDataDir.h"

#include <QElapsedTimer>
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
    // Starts casedesk offscreen on dataDir and reads its log until logLine shows, it
    // stops, or 30 seconds pass; returns what it printed.
    static QString startDeskUntil(QProcess& desk, const QString& dataDir, const QString& logLine);
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

QString
TestDeskEndToEnd::startDeskUntil(QProcess& desk, const QString& dataDir, const QString& logLine)
{
    desk.setProcessEnvironment(environment(true));
    desk.setProcessChannelMode(QProcess::MergedChannels);
    desk.start(QStringLiteral(CASEDESK_DESK_BINARY), {QStringLiteral("--data-dir"), dataDir});
    QString output;
    if (!desk.waitForStarted()) {
        return output;
    }
    QElapsedTimer timer;
    timer.start();
    while (!output.contains(logLine) && desk.state() == QProcess::Running
           && timer.elapsed() < 30000) {
        desk.waitForReadyRead(1000);
        output += QString::fromUtf8(desk.readAll());
    }
    return output;
}

void TestDeskEndToEnd::startsOffscreenAndShowsItsSignInWindow()
{
    test::TestDataDir dir;
    dir.setUpWithAllRoles(SystemClock::instance());

    QProcess desk;
    const QString output =
        startDeskUntil(desk, dir.path(), QStringLiteral("Showing the sign-in window"));
    QVERIFY2(output.contains(QStringLiteral("Showing the sign-in window")), qPrintable(output));
    QCOMPARE(desk.state(), QProcess::Running);
    QVERIFY2(!output.contains(QStringLiteral("correct horse")), "a password reached the log");

    desk.terminate();
    QVERIFY(desk.waitForFinished(10000));
}

void TestDeskEndToEnd::anEmptyDataFolderOffersToSetUpTheWorkstation()
{
    test::TestDataDir dir;
    QProcess desk;
    const QString output =
        startDeskUntil(desk, dir.path(), QStringLiteral("offering to set one up"));
    QVERIFY2(output.contains(QStringLiteral("offering to set one up")), qPrintable(output));
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
