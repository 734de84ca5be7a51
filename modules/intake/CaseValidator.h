#pragma once

#include "CaseRepository.h"
#include "CaseType.h"
#include "Validators.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

namespace casedesk {

// One field's verdict within a whole form.
struct FieldIssue
{
    QString field; // the field's id in the case type
    FieldCheck check;
};

// Applies a case type's rules to a whole set of answers, the same way for the intake form
// as the clerk types and for a case imported from a file: which fields are shown and
// required given the other answers, and what is wrong with each. Answers are keyed by
// field id; text-like fields hold strings, number and money fields numbers (money in fen).
class CaseValidator
{
    Q_DECLARE_TR_FUNCTIONS(CaseValidator)

public:
    explicit CaseValidator(const CaseType& type);

    [[nodiscard]] const CaseType& caseType() const { return m_type; }

    [[nodiscard]] bool isVisible(const QString& fieldId, const QJsonObject& answers) const;
    [[nodiscard]] bool isRequired(const QString& fieldId, const QJsonObject& answers) const;
    // Whether the document is asked for, given the answers.
    [[nodiscard]] bool isDocumentRequired(const QString& documentId,
                                          const QJsonObject& answers) const;

    // The verdict on one field; Ok for a hidden field and for an empty one that is not
    // required.
    [[nodiscard]] FieldCheck
    checkField(const QString& fieldId, const QJsonObject& answers, const QDate& today) const;

    // Every visible field whose verdict is not Ok, in form order. Answers to fields the
    // case type does not have are reported too, as errors.
    [[nodiscard]] QList<FieldIssue> check(const QJsonObject& answers, const QDate& today) const;

    // The answers as the case keeps them: normalized values, hidden and empty fields left
    // out. Only meaningful when check() found no error.
    [[nodiscard]] QJsonObject normalized(const QJsonObject& answers, const QDate& today) const;

    [[nodiscard]] static bool blocksSaving(const QList<FieldIssue>& issues);

    // The applicant as the case type's mapping finds them in the answers, with normalized
    // numbers so that a returning applicant is found; id left empty. Only meaningful when
    // check() found no error in the mapped fields.
    [[nodiscard]] Applicant applicantFrom(const QJsonObject& answers, const QDate& today) const;

private:
    // The verdict on the answer's own value, before lengths and patterns.
    [[nodiscard]] FieldCheck
    checkValue(const FieldDefinition& field, const QJsonValue& answer, const QDate& today) const;
    [[nodiscard]] FieldCheck checkDate(const FieldDefinition& field,
                                       const QString& text,
                                       const QJsonObject& answers,
                                       const QDate& today) const;
    // Doubts that compare the answer with another one, such as a date of birth that differs
    // from the one in the identity number; never errors, since the papers may be wrong.
    [[nodiscard]] FieldCheck crossCheck(const FieldDefinition& field,
                                        const FieldCheck& check,
                                        const QJsonObject& answers,
                                        const QDate& today) const;
    [[nodiscard]] bool conditionHolds(const Condition& condition, const QJsonObject& answers) const;
    // The answer as a condition compares it: amounts as numbers even when typed as text.
    [[nodiscard]] QJsonValue comparable(const FieldDefinition& field,
                                        const QJsonObject& answers) const;

    CaseType m_type;
};

} // namespace casedesk
