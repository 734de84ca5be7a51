#include "ChangeJournal.h"

#include "Database.h"
#include "core/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace casedesk {

namespace {

QJsonValue toJson(const QVariant& value)
{
    if (value.isNull()) {
        return QJsonValue::Null;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QJsonValue(value.toLongLong());
    default:
        return QJsonValue(value.toString());
    }
}

QByteArray fieldsToJson(const QList<FieldChange>& fields)
{
    QJsonArray array;
    for (const FieldChange& change : fields) {
        array.append(QJsonObject {{QStringLiteral("field"), change.field},
                                  {QStringLiteral("old"), toJson(change.oldValue)},
                                  {QStringLiteral("new"), toJson(change.newValue)}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<FieldChange> fieldsFromJson(const QByteArray& json)
{
    QList<FieldChange> fields;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        fields.append({object.value(QStringLiteral("field")).toString(),
                       object.value(QStringLiteral("old")).toVariant(),
                       object.value(QStringLiteral("new")).toVariant()});
    }
    return fields;
}

ChangeOperation operationFromName(const QString& name)
{
    if (name == QStringLiteral("update")) {
        return ChangeOperation::Update;
    }
    return name == QStringLiteral("delete") ? ChangeOperation::Delete : ChangeOperation::Insert;
}

} // namespace

ChangeJournal::ChangeJournal(const Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{ }

QString ChangeJournal::operationName(ChangeOperation operation)
{
    switch (operation) {
    case ChangeOperation::Insert:
        return QStringLiteral("insert");
    case ChangeOperation::Update:
        return QStringLiteral("update");
    case ChangeOperation::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

Result<ChangeEntry> ChangeJournal::append(const QUuid& actor,
                                          const QString& recordType,
                                          const QUuid& recordId,
                                          ChangeOperation operation,
                                          const QList<FieldChange>& fields,
                                          qint64 baseVersion)
{
    const QString what = tr("writing the change journal");
    QSqlQuery number(m_database.connection());
    if (!number.exec(QStringLiteral("SELECT epoch, next_sequence FROM device WHERE id = 1"))
        || !number.next()) {
        return m_database.errorFrom(number.lastError(), what);
    }
    ChangeEntry entry {number.value(0).toLongLong(),
                       number.value(1).toLongLong(),
                       recordType,
                       recordId,
                       operation,
                       fields,
                       baseVersion};

    QSqlQuery advance(m_database.connection());
    if (!advance.exec(
            QStringLiteral("UPDATE device SET next_sequence = next_sequence + 1 WHERE id = 1"))) {
        return m_database.errorFrom(advance.lastError(), what);
    }

    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO change_journal (epoch, sequence, at, actor, record_type, record_id, "
        "operation, fields, base_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(entry.epoch);
    insert.addBindValue(entry.sequence);
    insert.addBindValue(Database::timeText(m_clock.now()));
    insert.addBindValue(actor.toString(QUuid::WithoutBraces));
    insert.addBindValue(recordType);
    insert.addBindValue(recordId.toString(QUuid::WithoutBraces));
    insert.addBindValue(operationName(operation));
    insert.addBindValue(QString::fromUtf8(fieldsToJson(fields)));
    insert.addBindValue(baseVersion);
    if (!insert.exec()) {
        return m_database.errorFrom(insert.lastError(), what);
    }
    return entry;
}

Result<QList<ChangeEntry>> ChangeJournal::unsent(int limit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT epoch, sequence, record_type, record_id, operation, fields, base_version "
        "FROM change_journal WHERE sent = 0 ORDER BY epoch, sequence LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec()) {
        return m_database.errorFrom(query.lastError(), tr("reading the change journal"));
    }
    QList<ChangeEntry> entries;
    while (query.next()) {
        entries.append({query.value(0).toLongLong(),
                        query.value(1).toLongLong(),
                        query.value(2).toString(),
                        QUuid::fromString(query.value(3).toString()),
                        operationFromName(query.value(4).toString()),
                        fieldsFromJson(query.value(5).toString().toUtf8()),
                        query.value(6).toLongLong()});
    }
    return entries;
}

} // namespace casedesk
