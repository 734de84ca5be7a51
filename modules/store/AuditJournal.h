#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

namespace casedesk {

class Clock;
class Database;

// One row of the audit journal.
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString recordType;
    QString recordId;
    QString detail;
    QByteArray prevHash;
    QByteArray hash;
};

// The append-only record of who did what, when, on which record. Each row is chained to
// the one before by SHA-256 over a canonical form, so a changed or deleted row shows.
// Rows hold ids and action names only, never personal data.
class AuditJournal
{
    Q_DECLARE_TR_FUNCTIONS(AuditJournal)

public:
    // What verify() found.
    struct Verification
    {
        qint64 rows = 0;
        // The first row whose hash or link does not match; 0 when the chain is whole.
        qint64 firstBrokenSeq = 0;
        [[nodiscard]] bool intact() const { return firstBrokenSeq == 0; }
    };

    AuditJournal(const Database& database, const Clock& clock);

    // Appends a row. Call it inside the transaction of the change it records, so both are
    // saved or neither.
    [[nodiscard]] Result<void> append(const QUuid& actor,
                                      const QString& action,
                                      const QString& recordType,
                                      const QString& recordId,
                                      const QString& detail = {});

    // Recomputes the whole chain.
    [[nodiscard]] Result<Verification> verify() const;

    // The canonical serialization the hash covers: the fields in a fixed order, each as
    // "i<decimal>;" for integers or "t<byte length>:<UTF-8>" for text. The registry
    // recomputes the chain from the same form.
    [[nodiscard]] static QByteArray canonicalForm(const AuditEntry& entry);
    [[nodiscard]] static QByteArray chainHash(const QByteArray& prevHash,
                                              const QByteArray& canonical);
    [[nodiscard]] static QByteArray genesisHash();

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace casedesk
