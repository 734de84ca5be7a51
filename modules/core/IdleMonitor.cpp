#include "IdleMonitor.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace casedesk {

namespace {

constexpr int kCheckIntervalMs = 1000;

bool isPersonInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleMonitor::IdleMonitor(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_lastActivityMs(clock.msecsSinceEpoch())
{
    m_timer.setInterval(kCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::check);
    if (QCoreApplication::instance() != nullptr) {
        QCoreApplication::instance()->installEventFilter(this);
    }
}

IdleMonitor::~IdleMonitor()
{
    if (QCoreApplication::instance() != nullptr) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

void IdleMonitor::setTimeout(int seconds)
{
    m_timeoutSeconds = qMax(0, seconds);
    restart();
    if (m_timeoutSeconds > 0) {
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void IdleMonitor::restart()
{
    m_lastActivityMs = m_clock.msecsSinceEpoch();
    m_reported = false;
}

void IdleMonitor::check()
{
    if (m_timeoutSeconds <= 0 || m_reported) {
        return;
    }
    const qint64 idleMs = m_clock.msecsSinceEpoch() - m_lastActivityMs;
    if (idleMs >= qint64(m_timeoutSeconds) * 1000) {
        m_reported = true;
        Q_EMIT idleTimedOut();
    }
}

bool IdleMonitor::eventFilter(QObject* watched, QEvent* event)
{
    if (isPersonInput(event->type())) {
        restart();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace casedesk
