#pragma once

#include "core/CaseStatus.h"
#include "core/Result.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

#include <functional>
#include <optional>

namespace casedesk {

class Clock;
class Database;

// A person or enterprise who applies, found again by the number on their papers.
struct Applicant
{
    QUuid id;
    QString name;
    QString idKind; // "resident-id", "passport" or "credit-code"
    QString idNumber;
    QString phone;
    qint64 version = 0;
};

// One application as the database keeps it.
struct CaseRecord
{
    QUuid id;
    QString number;
    QString caseType;
    int caseTypeVersion = 1;
    CaseStatus status = CaseStatus::Received;
    QUuid applicantId;
    QJsonObject fields;
    qint64 feeFen = 0;
    QUuid takenInBy;
    QDateTime createdAt;
    qint64 version = 1;
};

// A file handed in for one of the case's documents, already kept by AttachmentStore.
struct AttachmentInput
{
    QString document; // the id of the document requirement in the case type
    QString sha256;
    QString fileName; // as the citizen's file was called, shown to the clerk
};

// What the intake form hands over when the clerk saves.
struct IntakeInput
{
    QString caseType;
    int caseTypeVersion = 1;
    Applicant applicant; // id empty for a new applicant
    QJsonObject fields;
    qint64 feeFen = 0;
    QList<AttachmentInput> attachments;
};

// Cases and applicants in the encrypted store. Every change writes, in its own transaction,
// the case, its search entry, an audit row and change-journal rows; opening a case writes
// an audit row too. Permissions are checked here.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    CaseRepository(const Database& database, const Clock& clock);

    // Saves a new case with a provisional number, and the applicant when new or changed.
    [[nodiscard]] Result<CaseRecord> takeIn(const Session& actor, const IntakeInput& input);

    [[nodiscard]] Result<std::optional<Applicant>> findApplicant(const QString& idKind,
                                                                 const QString& idNumber) const;

    // Reads a case for a person and records that they opened it.
    [[nodiscard]] Result<CaseRecord> open(const Session& actor, const QUuid& caseId);

    [[nodiscard]] Result<CaseRecord>
    moveStatus(const Session& actor, const QUuid& caseId, CaseStatus to);

    // Hands every case of the status and type (empty: any) to write, oldest first, and
    // audits the export with its counts only. Stops at the first failed write. Returns how
    // many cases were written.
    [[nodiscard]] Result<qint64>
    exportCases(const Session& actor,
                const QString& status,
                const QString& caseType,
                const std::function<Result<void>(const CaseRecord&)>& write);

    // The provisional number format: P-<device>-<yyyyMMdd>-<sequence>.
    [[nodiscard]] static QString
    provisionalNumber(const QString& deviceId, const QDate& day, qint64 sequence);

private:
    [[nodiscard]] Result<QString> nextNumber();
    [[nodiscard]] Result<Applicant> saveApplicant(const Session& actor, const Applicant& applicant);
    [[nodiscard]] Result<std::optional<CaseRecord>> read(const QUuid& caseId) const;
    [[nodiscard]] Result<void>
    index(const QUuid& caseId, const Applicant& applicant, const QString& number);
    [[nodiscard]] Result<void>
    attach(const Session& actor, const QUuid& caseId, const QList<AttachmentInput>& attachments);

    const Database& m_database;
    const Clock& m_clock;
};

} // namespace casedesk
