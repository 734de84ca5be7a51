#include "WalCheckpointer.h"

#include "Database.h"
#include "core/Logging.h"

#include <QTimer>

#include <sqlite3.h>

namespace casedesk {

namespace {

// SQLite's own default, given back when the checkpointer goes.
constexpr int kAutomaticCheckpointPages = 1000;

} // namespace

WalCheckpointer::WalCheckpointer(const Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_timer(new QTimer(this))
{
    sqlite3_wal_autocheckpoint(m_database.handle(), 0);
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &WalCheckpointer::checkpoint);
    m_timer->start();
}

WalCheckpointer::~WalCheckpointer()
{
    checkpoint();
    sqlite3_wal_autocheckpoint(m_database.handle(), kAutomaticCheckpointPages);
}

int WalCheckpointer::checkpoint()
{
    sqlite3* handle = m_database.handle();
    // Inside a transaction the checkpoint would wait for it; the next tick comes soon enough.
    if (!handle || sqlite3_get_autocommit(handle) == 0) {
        return 0;
    }
    int logFrames = 0;
    int movedFrames = 0;
    const int code = sqlite3_wal_checkpoint_v2(
        handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &movedFrames);
    if (code != SQLITE_OK) {
        // Busy while another program reads or writes; a later tick moves the rest.
        qCDebug(lcStore) << "Checkpoint deferred:" << sqlite3_errstr(code);
        return 0;
    }
    if (movedFrames > 0) {
        qCDebug(lcStore) << "Checkpointed" << movedFrames << "of" << logFrames << "log frames";
        Q_EMIT checkpointed(movedFrames);
    }
    return movedFrames;
}

} // namespace casedesk
