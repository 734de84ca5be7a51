#pragma once

#include <QObject>

class QTimer;

namespace casedesk {

class Database;

// Moves the write-ahead log into the database file between a person's saves instead of
// during them. SQLite checkpoints inside the commit that fills the log, which makes every
// few dozenth save at the counter take several times as long as the others; with this, the
// commit only appends to the log and a passive checkpoint runs from the event loop every
// couple of seconds, outside any transaction. Only for programs that run an event loop:
// without one the log would grow until the database is closed.
class WalCheckpointer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 2000;

    // Turns SQLite's own checkpoints off for the database and starts the timer.
    explicit WalCheckpointer(const Database& database, QObject* parent = nullptr);
    // Checkpoints once more and gives the database its own checkpoints back.
    ~WalCheckpointer() override;

    // Checkpoints now unless a transaction is open; returns the frames moved.
    int checkpoint();

Q_SIGNALS:
    // A checkpoint moved frames of the log into the database file.
    void checkpointed(int frames);

private:
    const Database& m_database;
    QTimer* m_timer = nullptr;
};

} // namespace casedesk
