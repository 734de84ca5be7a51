#include "AuditJournal.h"

#include "Database.h"
#include "core/Clock.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace casedesk {

namespace {

void appendInteger(QByteArray& out, qint64 value)
{
    out += 'i';
    out += QByteArray::number(value);
    out += ';';
}

void appendText(QByteArray& out, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    out += 't';
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
}

} // namespace

AuditJournal::AuditJournal(const Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{ }

QByteArray AuditJournal::canonicalForm(const AuditEntry& entry)
{
    QByteArray out;
    appendInteger(out, entry.seq);
    appendText(out, Database::timeText(entry.at));
    appendText(out, entry.actor);
    appendText(out, entry.action);
    appendText(out, entry.recordType);
    appendText(out, entry.recordId);
    appendText(out, entry.detail);
    return out;
}

QByteArray AuditJournal::chainHash(const QByteArray& prevHash, const QByteArray& canonical)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash);
    hash.addData(canonical);
    return hash.result();
}

QByteArray AuditJournal::genesisHash()
{
    return QByteArray(32, '\0');
}

Result<void> AuditJournal::append(const QUuid& actor,
                                  const QString& action,
                                  const QString& recordType,
                                  const QString& recordId,
                                  const QString& detail)
{
    QSqlQuery last(m_database.connection());
    if (!last.exec(
            QStringLiteral("SELECT seq, hash FROM audit_journal ORDER BY seq DESC LIMIT 1"))) {
        return m_database.errorFrom(last.lastError(), tr("writing the audit journal"));
    }
    AuditEntry entry;
    entry.prevHash = genesisHash();
    entry.seq = 1;
    if (last.next()) {
        entry.seq = last.value(0).toLongLong() + 1;
        entry.prevHash = last.value(1).toByteArray();
    }
    entry.at = m_clock.now();
    entry.actor = actor.toString(QUuid::WithoutBraces);
    entry.action = action;
    entry.recordType = recordType;
    entry.recordId = recordId;
    entry.detail = detail;
    entry.hash = chainHash(entry.prevHash, canonicalForm(entry));

    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO audit_journal (seq, at, actor, action, record_type, record_id, detail, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(entry.seq);
    insert.addBindValue(Database::timeText(entry.at));
    insert.addBindValue(Database::notNull(entry.actor));
    insert.addBindValue(Database::notNull(entry.action));
    insert.addBindValue(Database::notNull(entry.recordType));
    insert.addBindValue(Database::notNull(entry.recordId));
    insert.addBindValue(Database::notNull(entry.detail));
    insert.addBindValue(entry.prevHash);
    insert.addBindValue(entry.hash);
    if (!insert.exec()) {
        return m_database.errorFrom(insert.lastError(), tr("writing the audit journal"));
    }
    return Result<void>::success();
}

Result<AuditJournal::Verification> AuditJournal::verify() const
{
    QSqlQuery rows(m_database.connection());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT seq, at, actor, action, record_type, record_id, detail, "
                                  "prev_hash, hash FROM audit_journal ORDER BY seq"))) {
        return m_database.errorFrom(rows.lastError(), tr("checking the audit journal"));
    }
    Verification verification;
    QByteArray expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    while (rows.next()) {
        AuditEntry entry;
        entry.seq = rows.value(0).toLongLong();
        entry.at = QDateTime::fromString(rows.value(1).toString(), Qt::ISODateWithMs);
        entry.actor = rows.value(2).toString();
        entry.action = rows.value(3).toString();
        entry.recordType = rows.value(4).toString();
        entry.recordId = rows.value(5).toString();
        entry.detail = rows.value(6).toString();
        entry.prevHash = rows.value(7).toByteArray();
        entry.hash = rows.value(8).toByteArray();
        ++verification.rows;

        // A timestamp that does not read back exactly cannot hash the same either.
        const bool timeIntact = Database::timeText(entry.at) == rows.value(1).toString();
        if (entry.seq != expectedSeq || entry.prevHash != expectedPrev || !timeIntact
            || entry.hash != chainHash(entry.prevHash, canonicalForm(entry))) {
            verification.firstBrokenSeq = entry.seq;
            return verification;
        }
        expectedPrev = entry.hash;
        ++expectedSeq;
    }
    return verification;
}

} // namespace casedesk
