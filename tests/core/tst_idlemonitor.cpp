#include "core/IdleMonitor.h"
#include "support/FakeClock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSignalSpy>
#include <QTest>

using namespace casedesk;

class TestIdleMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsOnceTheTimeoutHasPassed();
    void inputRestartsTheCount();
    void reportsOnlyOncePerIdlePeriod();
    void aZeroTimeoutNeverReports();
    void theTimerChecksWithoutBeingAsked();

private:
    static void pressAKey()
    {
        QObject target;
        QEvent press(QEvent::KeyPress);
        QCoreApplication::sendEvent(&target, &press);
    }
};

void TestIdleMonitor::reportsOnceTheTimeoutHasPassed()
{
    test::FakeClock clock;
    IdleMonitor monitor(clock);
    QSignalSpy spy(&monitor, &IdleMonitor::idleTimedOut);
    monitor.setTimeout(300);

    clock.advanceSeconds(299);
    monitor.check();
    QCOMPARE(spy.count(), 0);

    clock.advanceSeconds(1);
    monitor.check();
    QCOMPARE(spy.count(), 1);
}

void TestIdleMonitor::inputRestartsTheCount()
{
    test::FakeClock clock;
    IdleMonitor monitor(clock);
    QSignalSpy spy(&monitor, &IdleMonitor::idleTimedOut);
    monitor.setTimeout(60);

    clock.advanceSeconds(50);
    pressAKey();
    clock.advanceSeconds(50);
    monitor.check();
    QCOMPARE(spy.count(), 0);

    clock.advanceSeconds(10);
    monitor.check();
    QCOMPARE(spy.count(), 1);
}

void TestIdleMonitor::reportsOnlyOncePerIdlePeriod()
{
    test::FakeClock clock;
    IdleMonitor monitor(clock);
    QSignalSpy spy(&monitor, &IdleMonitor::idleTimedOut);
    monitor.setTimeout(60);

    clock.advanceSeconds(120);
    monitor.check();
    monitor.check();
    QCOMPARE(spy.count(), 1);

    pressAKey();
    clock.advanceSeconds(60);
    monitor.check();
    QCOMPARE(spy.count(), 2);
}

void TestIdleMonitor::aZeroTimeoutNeverReports()
{
    test::FakeClock clock;
    IdleMonitor monitor(clock);
    QSignalSpy spy(&monitor, &IdleMonitor::idleTimedOut);
    monitor.setTimeout(0);
    clock.advanceSeconds(24 * 3600);
    monitor.check();
    QCOMPARE(spy.count(), 0);
}

void TestIdleMonitor::theTimerChecksWithoutBeingAsked()
{
    test::FakeClock clock;
    IdleMonitor monitor(clock);
    QSignalSpy spy(&monitor, &IdleMonitor::idleTimedOut);
    monitor.setTimeout(1);
    clock.advanceSeconds(2);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
}

QTEST_GUILESS_MAIN(TestIdleMonitor)
#include "tst_idlemonitor.moc"
