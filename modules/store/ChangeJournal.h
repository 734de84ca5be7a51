#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>
#include <QVariant>

namespace casedesk {

class Clock;
class Database;

// One field of a record before and after a change. Values are integers, text or null.
struct FieldChange
{
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

enum class ChangeOperation
{
    Insert,
    Update,
    Delete
};

// A row of the change journal, as the sync client reads it.
struct ChangeEntry
{
    qint64 epoch = 0;
    qint64 sequence = 0;
    QString recordType;
    QUuid recordId;
    ChangeOperation operation = ChangeOperation::Insert;
    QList<FieldChange> fields;
    qint64 baseVersion = 0;
};

// The list of changes to records that sync, in the order they were made on this device.
// Each change is numbered by the device's epoch and a sequence number that is never
// reused; the registry applies each (device, epoch, sequence) once.
class ChangeJournal
{
    Q_DECLARE_TR_FUNCTIONS(ChangeJournal)

public:
    ChangeJournal(const Database& database, const Clock& clock);

    // Records a change. Call it inside the transaction of the change itself. baseVersion
    // is the version of the record the change was made on (0 for a new record).
    [[nodiscard]] Result<ChangeEntry> append(const QUuid& actor,
                                             const QString& recordType,
                                             const QUuid& recordId,
                                             ChangeOperation operation,
                                             const QList<FieldChange>& fields,
                                             qint64 baseVersion);

    // The oldest changes not yet sent, at most limit of them.
    [[nodiscard]] Result<QList<ChangeEntry>> unsent(int limit) const;

    [[nodiscard]] static QString operationName(ChangeOperation operation);

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace casedesk
