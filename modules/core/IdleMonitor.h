#pragma once

#include <QObject>
#include <QTimer>

namespace casedesk {

class Clock;

// Watches the application's keyboard and mouse input and reports when nobody has
// touched the workstation for the configured time, so the desk can lock itself.
class IdleMonitor : public QObject
{
    Q_OBJECT

public:
    explicit IdleMonitor(const Clock& clock, QObject* parent = nullptr);
    ~IdleMonitor() override;

    // Zero seconds turns the lock off.
    void setTimeout(int seconds);
    [[nodiscard]] int timeout() const { return m_timeoutSeconds; }

    // Counts from now, as if the person had just pressed a key.
    void restart();

    // Compares the time since the last input with the timeout. Runs on a timer;
    // public so tests driving a fake clock can call it.
    void check();

Q_SIGNALS:
    // Sent once per idle period; input restarts the count.
    void idleTimedOut();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Clock& m_clock;
    QTimer m_timer;
    qint64 m_lastActivityMs = 0;
    int m_timeoutSeconds = 0;
    bool m_reported = false;
};

} // namespace casedesk
