#include "CaseValidator.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace casedesk {

namespace {

bool isEmptyAnswer(const QJsonValue& answer)
{
    return answer.isUndefined() || answer.isNull()
        || (answer.isString() && answer.toString().trimmed().isEmpty());
}

// Types whose answer is typed in as free text, so that a pattern or a length applies.
bool isTyped(FieldType type)
{
    return type == FieldType::Text || type == FieldType::IdNumber || type == FieldType::Phone
        || type == FieldType::Address;
}

bool isBirthDate(const FieldDefinition& field)
{
    return field.type == FieldType::Date && field.id.contains(QLatin1StringView("birth"));
}

// "passport_expiry_date" is checked against "passport_issue_date" when the form has both.
QString issueFieldOf(const FieldDefinition& field)
{
    if (field.type != FieldType::Date || !field.id.contains(QLatin1StringView("expiry"))) {
        return {};
    }
    return QString(field.id).replace(QLatin1StringView("expiry"), QLatin1StringView("issue"));
}

} // namespace

CaseValidator::CaseValidator(const CaseType& type)
    : m_type(type)
{ }

bool CaseValidator::conditionHolds(const Condition& condition, const QJsonObject& answers) const
{
    // A condition on a hidden field never holds: its answer is left over from before the
    // clerk changed an earlier answer, and the case will not keep it.
    if (!isVisible(condition.field, answers)) {
        return false;
    }
    const FieldDefinition* target = m_type.field(condition.field);
    if (!target) {
        return false;
    }
    return condition.holdsFor(comparable(*target, answers).toVariant());
}

QJsonValue CaseValidator::comparable(const FieldDefinition& field, const QJsonObject& answers) const
{
    const QJsonValue answer = answers.value(field.id);
    if (answer.isString()) {
        // A definition compares amounts in fen, but the form may hold "1,200" yuan as typed.
        if (field.type == FieldType::Number || field.type == FieldType::Money) {
            const FieldCheck check = checkValue(field, answer, {});
            return check.blocksSaving() ? answer : QJsonValue(check.normalized.toDouble());
        }
        return answer.toString().trimmed();
    }
    return answer;
}

bool CaseValidator::isVisible(const QString& fieldId, const QJsonObject& answers) const
{
    const FieldDefinition* field = m_type.field(fieldId);
    if (!field) {
        return false;
    }
    return !field->visibleWhen || conditionHolds(*field->visibleWhen, answers);
}

bool CaseValidator::isRequired(const QString& fieldId, const QJsonObject& answers) const
{
    const FieldDefinition* field = m_type.field(fieldId);
    if (!field || !isVisible(fieldId, answers)) {
        return false;
    }
    return field->required
        || (field->requiredWhen && conditionHolds(*field->requiredWhen, answers));
}

bool CaseValidator::isDocumentRequired(const QString& documentId, const QJsonObject& answers) const
{
    const DocumentRequirement* document = m_type.document(documentId);
    if (!document) {
        return false;
    }
    return document->required
        || (document->requiredWhen && conditionHolds(*document->requiredWhen, answers));
}

FieldCheck CaseValidator::checkValue(const FieldDefinition& field,
                                     const QJsonValue& answer,
                                     const QDate& today) const
{
    if (field.type == FieldType::Money && answer.isDouble()) {
        const double fen = answer.toDouble();
        if (fen != std::trunc(fen) || fen < 0 || fen > double(Validators::kMaximumFen)) {
            return FieldCheck::failed(
                tr("An amount is a whole number of fen from 0 to 10 billion yuan."));
        }
        return FieldCheck::passed(QString::number(qint64(fen)));
    }
    if (field.type == FieldType::Number && answer.isDouble()) {
        return FieldCheck::passed(QString::number(answer.toDouble(), 'g', 15));
    }
    if (!answer.isString()) {
        return FieldCheck::failed(tr("This field takes text, and the answer given is not text."));
    }

    const QString text = answer.toString().trimmed();
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Address:
    case FieldType::IdNumber:
        if (!field.checksum.isEmpty()) {
            return Validators::checkByRule(field.checksum, text, today);
        }
        return FieldCheck::passed(
            field.type == FieldType::IdNumber ? Validators::normalizeNumber(text).toUpper() : text);
    case FieldType::Phone:
        return Validators::checkPhone(text);
    case FieldType::Money:
        return Validators::checkMoney(text);
    case FieldType::Number: {
        bool isNumber = false;
        const double number = Validators::normalizeNumber(text).toDouble(&isNumber);
        if (!isNumber || !std::isfinite(number)) {
            return FieldCheck::failed(tr("Enter a number with digits, for example 3 or 12.5."));
        }
        return FieldCheck::passed(QString::number(number, 'g', 15));
    }
    case FieldType::Choice:
        if (!field.choice(text)) {
            return FieldCheck::failed(tr("Choose one of the answers offered."));
        }
        return FieldCheck::passed(text);
    case FieldType::Date:
        // Needs the other answers; checkField() handles it.
        break;
    }
    return FieldCheck::passed(text);
}

FieldCheck CaseValidator::checkDate(const FieldDefinition& field,
                                    const QString& text,
                                    const QJsonObject& answers,
                                    const QDate& today) const
{
    const std::optional<QDate> date = Validators::parseDate(text);
    if (!date) {
        return FieldCheck::failed(
            tr("Enter a real date as year, month and day, for example 2026-03-01, "
               "20260301 or 2026年3月1日."));
    }
    if (isBirthDate(field)) {
        return Validators::checkBirthDate(*date, today);
    }
    const QString issueId = issueFieldOf(field);
    const FieldDefinition* issue = issueId.isEmpty() ? nullptr : m_type.field(issueId);
    if (issue && isVisible(issueId, answers)) {
        const std::optional<QDate> issued =
            Validators::parseDate(answers.value(issueId).toString().trimmed());
        if (issued) {
            return Validators::checkExpiryAfterIssue(*issued, *date);
        }
    }
    return FieldCheck::passed(date->toString(Qt::ISODate));
}

FieldCheck CaseValidator::crossCheck(const FieldDefinition& field,
                                     const FieldCheck& check,
                                     const QJsonObject& answers,
                                     const QDate& today) const
{
    const ApplicantMapping& applicant = m_type.applicant();
    if (applicant.idKind != QLatin1StringView("resident-id") || field.id == applicant.idNumberField
        || !check.isOk()) {
        return check;
    }
    const FieldDefinition* idField = m_type.field(applicant.idNumberField);
    if (!idField || !isVisible(idField->id, answers)) {
        return check;
    }
    const QJsonValue idAnswer = answers.value(idField->id);
    if (isEmptyAnswer(idAnswer)) {
        return check;
    }
    const FieldCheck idCheck = checkValue(*idField, idAnswer, today);
    if (idCheck.blocksSaving()) {
        return check;
    }

    // Only the applicant's own fields: an agent's date of birth is not in the number.
    if (isBirthDate(field) && !field.id.contains(QLatin1StringView("agent"))) {
        const std::optional<QDate> fromNumber =
            Validators::birthDateFromResidentId(idCheck.normalized);
        if (fromNumber && fromNumber->toString(Qt::ISODate) != check.normalized) {
            return FieldCheck::warned(
                tr("The date of birth differs from the one in the identity number: "
                   "check both against the identity card."),
                check.normalized);
        }
    }
    const bool isSex = field.type == FieldType::Choice && field.id == QLatin1StringView("sex")
        && field.choice(QStringLiteral("male")) && field.choice(QStringLiteral("female"));
    if (isSex) {
        const std::optional<bool> male = Validators::isMaleFromResidentId(idCheck.normalized);
        if (male
            && (*male ? QStringLiteral("male") : QStringLiteral("female")) != check.normalized) {
            return FieldCheck::warned(
                tr("The sex differs from the one the identity number gives: check both "
                   "against the identity card."),
                check.normalized);
        }
    }
    return check;
}

FieldCheck CaseValidator::checkField(const QString& fieldId,
                                     const QJsonObject& answers,
                                     const QDate& today) const
{
    const FieldDefinition* field = m_type.field(fieldId);
    if (!field) {
        return FieldCheck::failed(
            tr("This case type has no such field, so the answer cannot be kept."));
    }
    if (!isVisible(fieldId, answers)) {
        return FieldCheck::passed({});
    }
    const QJsonValue answer = answers.value(fieldId);
    if (isEmptyAnswer(answer)) {
        if (!isRequired(fieldId, answers)) {
            return FieldCheck::passed({});
        }
        return FieldCheck::failed(field->type == FieldType::Choice
                                      ? tr("Choose an answer; it is required.")
                                      : tr("Fill in this field; it is required."));
    }

    FieldCheck check = field->type == FieldType::Date && answer.isString()
        ? checkDate(*field, answer.toString().trimmed(), answers, today)
        : checkValue(*field, answer, today);
    if (check.blocksSaving()) {
        return check;
    }

    if (isTyped(field->type)) {
        const int length = int(check.normalized.size());
        if (field->minLength && length < *field->minLength) {
            return FieldCheck::failed(tr(
                "This answer is too short: at least %n characters.", nullptr, *field->minLength));
        }
        if (field->maxLength && length > *field->maxLength) {
            return FieldCheck::failed(
                tr("This answer is too long: at most %n characters, but it has %1.",
                   nullptr,
                   *field->maxLength)
                    .arg(length));
        }
        const QRegularExpression pattern = field->patternExpression();
        if (!field->pattern.isEmpty() && !pattern.match(check.normalized).hasMatch()) {
            return FieldCheck::failed(
                tr("This answer is not written the way this field asks: check it "
                   "against the label."));
        }
    }
    return crossCheck(*field, check, answers, today);
}

QList<FieldIssue> CaseValidator::check(const QJsonObject& answers, const QDate& today) const
{
    QList<FieldIssue> issues;
    for (const FieldDefinition& field : m_type.fields()) {
        FieldCheck verdict = checkField(field.id, answers, today);
        if (!verdict.isOk()) {
            issues.append({field.id, std::move(verdict)});
        }
    }
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        if (!m_type.field(it.key())) {
            issues.append({it.key(), checkField(it.key(), answers, today)});
        }
    }
    return issues;
}

QJsonObject CaseValidator::normalized(const QJsonObject& answers, const QDate& today) const
{
    QJsonObject result;
    for (const FieldDefinition& field : m_type.fields()) {
        if (!isVisible(field.id, answers) || isEmptyAnswer(answers.value(field.id))) {
            continue;
        }
        const FieldCheck verdict = checkField(field.id, answers, today);
        if (verdict.blocksSaving()) {
            continue;
        }
        if (field.type == FieldType::Money) {
            result.insert(field.id, verdict.normalized.toLongLong());
        } else if (field.type == FieldType::Number) {
            result.insert(field.id, verdict.normalized.toDouble());
        } else {
            result.insert(field.id, verdict.normalized);
        }
    }
    return result;
}

bool CaseValidator::blocksSaving(const QList<FieldIssue>& issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const FieldIssue& issue) {
        return issue.check.blocksSaving();
    });
}

Applicant CaseValidator::applicantFrom(const QJsonObject& answers, const QDate& today) const
{
    const ApplicantMapping& mapping = m_type.applicant();
    const QJsonObject values = normalized(answers, today);
    Applicant applicant;
    applicant.idKind = mapping.idKind;
    applicant.name = values.value(mapping.nameField).toString();
    applicant.idNumber = values.value(mapping.idNumberField).toString();
    if (!mapping.phoneField.isEmpty()) {
        applicant.phone = values.value(mapping.phoneField).toString();
    }
    return applicant;
}

} // namespace casedesk
