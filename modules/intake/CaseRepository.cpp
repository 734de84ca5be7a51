#include "CaseRepository.h"

#include "CaseType.h"
#include "SearchTokens.h"
#include "core/Clock.h"
#include "core/IdGenerator.h"
#include "store/AuditJournal.h"
#include "store/ChangeJournal.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace casedesk {

namespace {

const QString kCase = QStringLiteral("case");
const QString kApplicant = QStringLiteral("applicant");

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Every kind of id number the case types know has its checksum rule.
bool knownIdKind(const QString& kind)
{
    return !ApplicantMapping::checksumRuleFor(kind).isEmpty();
}

} // namespace

CaseRepository::CaseRepository(const Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{ }

QString
CaseRepository::provisionalNumber(const QString& deviceId, const QDate& day, qint64 sequence)
{
    const QString device = QString(deviceId).remove(QLatin1Char('-')).left(8).toUpper();
    return QStringLiteral("P-%1-%2-%3")
        .arg(device, day.toString(QStringLiteral("yyyyMMdd")))
        .arg(sequence, 4, 10, QLatin1Char('0'));
}

Result<QString> CaseRepository::nextNumber()
{
    const QString what = tr("giving the case a number");
    QSqlQuery device(m_database.connection());
    if (!device.exec(QStringLiteral("SELECT device_id FROM device WHERE id = 1"))
        || !device.next()) {
        return m_database.errorFrom(device.lastError(), what);
    }
    const QDate day = m_clock.now().toLocalTime().date();
    const QString dayText = day.toString(Qt::ISODate);

    QSqlQuery last(m_database.connection());
    last.prepare(QStringLiteral("SELECT last_sequence FROM case_number_days WHERE day = ?"));
    last.addBindValue(dayText);
    if (!last.exec()) {
        return m_database.errorFrom(last.lastError(), what);
    }
    const qint64 sequence = last.next() ? last.value(0).toLongLong() + 1 : 1;
    last.finish();

    QSqlQuery store(m_database.connection());
    store.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO case_number_days (day, last_sequence) VALUES (?, ?)"));
    store.addBindValue(dayText);
    store.addBindValue(sequence);
    if (!store.exec()) {
        return m_database.errorFrom(store.lastError(), what);
    }
    return provisionalNumber(device.value(0).toString(), day, sequence);
}

Result<std::optional<Applicant>> CaseRepository::findApplicant(const QString& idKind,
                                                               const QString& idNumber) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, name, id_kind, id_number, phone, version FROM "
                                 "applicants WHERE id_kind = ? AND id_number = ?"));
    query.addBindValue(idKind);
    query.addBindValue(idNumber);
    if (!query.exec()) {
        return m_database.errorFrom(query.lastError(), tr("looking up the applicant"));
    }
    if (!query.next()) {
        return std::optional<Applicant>();
    }
    return std::optional<Applicant>(Applicant {QUuid::fromString(query.value(0).toString()),
                                               query.value(1).toString(),
                                               query.value(2).toString(),
                                               query.value(3).toString(),
                                               query.value(4).toString(),
                                               query.value(5).toLongLong()});
}

Result<Applicant> CaseRepository::saveApplicant(const Session& actor, const Applicant& input)
{
    const auto existing = findApplicant(input.idKind, input.idNumber);
    if (!existing) {
        return existing.error();
    }
    const QString now = Database::timeText(m_clock.now());
    ChangeJournal journal(m_database, m_clock);

    if (!existing.value()) {
        Applicant created = input;
        created.id = newId();
        created.version = 1;
        created.phone = Database::notNull(created.phone);
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO applicants (id, name, id_kind, id_number, phone, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(Database::idText(created.id));
        insert.addBindValue(created.name);
        insert.addBindValue(created.idKind);
        insert.addBindValue(created.idNumber);
        insert.addBindValue(created.phone);
        insert.addBindValue(now);
        insert.addBindValue(now);
        if (!insert.exec()) {
            return m_database.errorFrom(insert.lastError(), tr("saving the applicant"));
        }
        const auto logged =
            journal.append(actor.userId,
                           kApplicant,
                           created.id,
                           ChangeOperation::Insert,
                           {{QStringLiteral("name"), QVariant(), created.name},
                            {QStringLiteral("id_kind"), QVariant(), created.idKind},
                            {QStringLiteral("id_number"), QVariant(), created.idNumber},
                            {QStringLiteral("phone"), QVariant(), created.phone}},
                           0);
        if (!logged) {
            return logged.error();
        }
        return created;
    }

    Applicant stored = *existing.value();
    QList<FieldChange> changes;
    if (stored.name != input.name) {
        changes.append({QStringLiteral("name"), stored.name, input.name});
    }
    if (!input.phone.isEmpty() && stored.phone != input.phone) {
        changes.append({QStringLiteral("phone"), stored.phone, input.phone});
    }
    if (changes.isEmpty()) {
        return stored;
    }
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE applicants SET name = ?, phone = ?, updated_at = ?, "
                                  "version = version + 1 WHERE id = ? AND version = ?"));
    const QString phone = input.phone.isEmpty() ? stored.phone : input.phone;
    update.addBindValue(input.name);
    update.addBindValue(phone);
    update.addBindValue(now);
    update.addBindValue(Database::idText(stored.id));
    update.addBindValue(stored.version);
    if (!update.exec()) {
        return m_database.errorFrom(update.lastError(), tr("saving the applicant"));
    }
    const auto logged = journal.append(
        actor.userId, kApplicant, stored.id, ChangeOperation::Update, changes, stored.version);
    if (!logged) {
        return logged.error();
    }
    stored.name = input.name;
    stored.phone = phone;
    ++stored.version;
    return stored;
}

Result<void>
CaseRepository::index(const QUuid& caseId, const Applicant& applicant, const QString& number)
{
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO case_search (docid, tokens) "
                                  "SELECT rowid, ? FROM cases WHERE id = ?"));
    insert.addBindValue(
        SearchTokens::forCase(applicant.name, applicant.idNumber, applicant.phone, number));
    insert.addBindValue(Database::idText(caseId));
    if (!insert.exec()) {
        return m_database.errorFrom(insert.lastError(), tr("indexing the case for search"));
    }
    return Result<void>::success();
}

Result<void> CaseRepository::attach(const Session& actor,
                                    const QUuid& caseId,
                                    const QList<AttachmentInput>& attachments)
{
    const QString what = tr("attaching the documents");
    QSqlQuery known(m_database.connection());
    known.prepare(QStringLiteral("SELECT count(*) FROM attachment_files WHERE sha256 = ?"));
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO attachments (id, case_id, document, sha256, "
                                  "file_name, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    ChangeJournal journal(m_database, m_clock);
    const QString now = Database::timeText(m_clock.now());

    for (const AttachmentInput& attachment : attachments) {
        known.addBindValue(attachment.sha256);
        if (!known.exec() || !known.next()) {
            return m_database.errorFrom(known.lastError(), what);
        }
        const bool kept = known.value(0).toLongLong() > 0;
        known.finish();
        if (!kept) {
            return Error(ErrorKind::NotFound,
                         tr("The file \"%1\" is no longer kept on this workstation. Add it "
                            "again.")
                             .arg(attachment.fileName));
        }
        const QUuid id = newId();
        insert.addBindValue(Database::idText(id));
        insert.addBindValue(Database::idText(caseId));
        insert.addBindValue(attachment.document);
        insert.addBindValue(attachment.sha256);
        insert.addBindValue(Database::notNull(attachment.fileName));
        insert.addBindValue(Database::idText(actor.userId));
        insert.addBindValue(now);
        if (!insert.exec()) {
            return m_database.errorFrom(insert.lastError(), what);
        }
        const auto logged =
            journal.append(actor.userId,
                           QStringLiteral("attachment"),
                           id,
                           ChangeOperation::Insert,
                           {{QStringLiteral("case_id"), QVariant(), Database::idText(caseId)},
                            {QStringLiteral("document"), QVariant(), attachment.document},
                            {QStringLiteral("sha256"), QVariant(), attachment.sha256},
                            {QStringLiteral("file_name"), QVariant(), attachment.fileName}},
                           0);
        if (!logged) {
            return logged.error();
        }
    }
    return Result<void>::success();
}

Result<CaseRecord> CaseRepository::takeIn(const Session& actor, const IntakeInput& input)
{
    if (!actor.may(Permission::TakeInCases)) {
        return Error(ErrorKind::PermissionDenied, tr("Only a clerk may take in cases."));
    }
    if (input.caseType.isEmpty() || input.applicant.name.trimmed().isEmpty()
        || input.applicant.idNumber.isEmpty() || !knownIdKind(input.applicant.idKind)) {
        return Error(ErrorKind::InvalidInput,
                     tr("The case needs its type and the applicant's name and id number."));
    }
    if (input.feeFen < 0) {
        return Error(ErrorKind::InvalidInput, tr("A fee cannot be negative."));
    }

    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    const auto applicant = saveApplicant(actor, input.applicant);
    if (!applicant) {
        return applicant.error();
    }
    const auto number = nextNumber();
    if (!number) {
        return number.error();
    }

    CaseRecord record;
    record.id = newId();
    record.number = number.value();
    record.caseType = input.caseType;
    record.caseTypeVersion = input.caseTypeVersion;
    record.status = CaseStatus::Received;
    record.applicantId = applicant.value().id;
    record.fields = input.fields;
    record.feeFen = input.feeFen;
    record.takenInBy = actor.userId;
    record.createdAt = m_clock.now();
    record.version = 1;

    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO cases (id, number, case_type, case_type_version, status, applicant_id, "
        "fields, fee_fen, taken_in_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?)"));
    insert.addBindValue(Database::idText(record.id));
    insert.addBindValue(record.number);
    insert.addBindValue(record.caseType);
    insert.addBindValue(record.caseTypeVersion);
    insert.addBindValue(CaseStatusRules::id(record.status));
    insert.addBindValue(Database::idText(record.applicantId));
    insert.addBindValue(jsonText(record.fields));
    insert.addBindValue(record.feeFen);
    insert.addBindValue(Database::idText(record.takenInBy));
    insert.addBindValue(Database::timeText(record.createdAt));
    insert.addBindValue(Database::timeText(record.createdAt));
    if (!insert.exec()) {
        return m_database.errorFrom(insert.lastError(), tr("saving the case"));
    }
    if (auto indexed = index(record.id, applicant.value(), record.number); !indexed) {
        return indexed.error();
    }
    if (auto attached = attach(actor, record.id, input.attachments); !attached) {
        return attached.error();
    }
    if (auto logged = AuditJournal(m_database, m_clock)
                          .append(actor.userId,
                                  QStringLiteral("case.take-in"),
                                  kCase,
                                  Database::idText(record.id),
                                  record.caseType);
        !logged) {
        return logged.error();
    }
    const auto changed =
        ChangeJournal(m_database, m_clock)
            .append(
                actor.userId,
                kCase,
                record.id,
                ChangeOperation::Insert,
                {{QStringLiteral("number"), QVariant(), record.number},
                 {QStringLiteral("case_type"), QVariant(), record.caseType},
                 {QStringLiteral("status"), QVariant(), CaseStatusRules::id(record.status)},
                 {QStringLiteral("applicant_id"), QVariant(), Database::idText(record.applicantId)},
                 {QStringLiteral("fields"), QVariant(), jsonText(record.fields)},
                 {QStringLiteral("fee_fen"), QVariant(), record.feeFen}},
                0);
    if (!changed) {
        return changed.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return record;
}

Result<std::optional<CaseRecord>> CaseRepository::read(const QUuid& caseId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT number, case_type, case_type_version, status, applicant_id, fields, fee_fen, "
        "taken_in_by, created_at, version FROM cases WHERE id = ?"));
    query.addBindValue(Database::idText(caseId));
    if (!query.exec()) {
        return m_database.errorFrom(query.lastError(), tr("reading the case"));
    }
    if (!query.next()) {
        return std::optional<CaseRecord>();
    }
    CaseRecord record;
    record.id = caseId;
    record.number = query.value(0).toString();
    record.caseType = query.value(1).toString();
    record.caseTypeVersion = query.value(2).toInt();
    record.status =
        CaseStatusRules::fromId(query.value(3).toString()).value_or(CaseStatus::Received);
    record.applicantId = QUuid::fromString(query.value(4).toString());
    record.fields = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    record.feeFen = query.value(6).toLongLong();
    record.takenInBy = QUuid::fromString(query.value(7).toString());
    record.createdAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    record.version = query.value(9).toLongLong();
    return std::optional<CaseRecord>(record);
}

Result<CaseRecord> CaseRepository::open(const Session& actor, const QUuid& caseId)
{
    if (!actor.may(Permission::ViewCases)) {
        return Error(ErrorKind::PermissionDenied, tr("Your role may not open cases."));
    }
    const auto found = read(caseId);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return Error(ErrorKind::NotFound, tr("This case no longer exists on this workstation."));
    }
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    if (auto logged =
            AuditJournal(m_database, m_clock)
                .append(actor.userId, QStringLiteral("case.open"), kCase, Database::idText(caseId));
        !logged) {
        return logged.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return *found.value();
}

Result<CaseRecord>
CaseRepository::moveStatus(const Session& actor, const QUuid& caseId, CaseStatus to)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    const auto found = read(caseId);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return Error(ErrorKind::NotFound, tr("This case no longer exists on this workstation."));
    }
    CaseRecord record = *found.value();
    if (auto allowed = CaseStatusRules::checkMove(actor, record.takenInBy, record.status, to);
        !allowed) {
        return allowed.error();
    }

    QSqlQuery update(m_database.connection());
    update.prepare(
        QStringLiteral("UPDATE cases SET status = ?, updated_at = ?, version = version + 1 "
                       "WHERE id = ? AND version = ?"));
    update.addBindValue(CaseStatusRules::id(to));
    update.addBindValue(Database::timeText(m_clock.now()));
    update.addBindValue(Database::idText(caseId));
    update.addBindValue(record.version);
    if (!update.exec()) {
        return m_database.errorFrom(update.lastError(), tr("changing the case's status"));
    }
    const QString from = CaseStatusRules::id(record.status);
    if (auto logged = AuditJournal(m_database, m_clock)
                          .append(actor.userId,
                                  QStringLiteral("case.status"),
                                  kCase,
                                  Database::idText(caseId),
                                  from + QStringLiteral(" -> ") + CaseStatusRules::id(to));
        !logged) {
        return logged.error();
    }
    const auto changed = ChangeJournal(m_database, m_clock)
                             .append(actor.userId,
                                     kCase,
                                     caseId,
                                     ChangeOperation::Update,
                                     {{QStringLiteral("status"), from, CaseStatusRules::id(to)}},
                                     record.version);
    if (!changed) {
        return changed.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    record.status = to;
    ++record.version;
    return record;
}

Result<qint64>
CaseRepository::exportCases(const Session& actor,
                            const QString& status,
                            const QString& caseType,
                            const std::function<Result<void>(const CaseRecord&)>& write)
{
    if (!actor.may(Permission::ViewCases)) {
        return Error(ErrorKind::PermissionDenied, tr("Your role may not read cases."));
    }
    QString sql = QStringLiteral("SELECT id FROM cases WHERE 1 = 1");
    if (!status.isEmpty()) {
        sql += QStringLiteral(" AND status = :status");
    }
    if (!caseType.isEmpty()) {
        sql += QStringLiteral(" AND case_type = :type");
    }
    sql += QStringLiteral(" ORDER BY created_at, rowid");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!status.isEmpty()) {
        query.bindValue(QStringLiteral(":status"), status);
    }
    if (!caseType.isEmpty()) {
        query.bindValue(QStringLiteral(":type"), caseType);
    }
    if (!query.exec()) {
        return m_database.errorFrom(query.lastError(), tr("reading the cases"));
    }
    qint64 count = 0;
    while (query.next()) {
        const auto found = read(QUuid::fromString(query.value(0).toString()));
        if (!found) {
            return found.error();
        }
        if (!found.value()) {
            continue;
        }
        if (auto written = write(*found.value()); !written) {
            return written.error();
        }
        ++count;
    }
    if (query.lastError().isValid()) {
        return m_database.errorFrom(query.lastError(), tr("reading the cases"));
    }
    query.finish();

    // Taking personal data out of the store is audited; the row holds counts only.
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    const QString detail =
        QStringLiteral("cases=%1 status=%2 type=%3").arg(count).arg(status, caseType);
    if (auto logged =
            AuditJournal(m_database, m_clock)
                .append(actor.userId, QStringLiteral("case.export"), kCase, QString(), detail);
        !logged) {
        return logged.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return count;
}

} // namespace casedesk
