#include "CaseType.h"

#include <array>
#include <utility>

namespace casedesk {

namespace {

struct FieldTypeName
{
    FieldType type;
    QLatin1StringView name;
};

constexpr std::array kFieldTypeNames {
    FieldTypeName {FieldType::Text, QLatin1StringView("text")},
    FieldTypeName {FieldType::Date, QLatin1StringView("date")},
    FieldTypeName {FieldType::Number, QLatin1StringView("number")},
    FieldTypeName {FieldType::Choice, QLatin1StringView("choice")},
    FieldTypeName {FieldType::IdNumber, QLatin1StringView("id-number")},
    FieldTypeName {FieldType::Phone, QLatin1StringView("phone")},
    FieldTypeName {FieldType::Address, QLatin1StringView("address")},
    FieldTypeName {FieldType::Money, QLatin1StringView("money")},
};

} // namespace

QString LocalizedText::text(const QString& language) const
{
    QString normalized = language;
    normalized.replace(QLatin1Char('-'), QLatin1Char('_'));
    const bool chinese = normalized == QLatin1StringView("zh_CN")
        || normalized == QLatin1StringView("zh")
        || normalized.startsWith(QLatin1StringView("zh_Hans"));
    if (chinese && !zhCN.isEmpty()) {
        return zhCN;
    }
    return en;
}

QString fieldTypeName(FieldType type)
{
    for (const FieldTypeName& entry : kFieldTypeNames) {
        if (entry.type == type) {
            return entry.name;
        }
    }
    return {};
}

std::optional<FieldType> fieldTypeFromName(const QString& name)
{
    for (const FieldTypeName& entry : kFieldTypeNames) {
        if (entry.name == name) {
            return entry.type;
        }
    }
    return std::nullopt;
}

QStringList knownFieldTypeNames()
{
    QStringList names;
    for (const FieldTypeName& entry : kFieldTypeNames) {
        names.append(entry.name);
    }
    return names;
}

QStringList knownDocumentFormats()
{
    return {QStringLiteral("pdf"), QStringLiteral("jpeg"), QStringLiteral("png")};
}

bool Condition::holdsFor(const QVariant& answer) const
{
    for (const QVariant& value : values) {
        if (value.typeId() == QMetaType::QString) {
            if (answer.toString() == value.toString()) {
                return true;
            }
            continue;
        }
        // Number and money answers may arrive as text from an input widget.
        bool isNumber = false;
        const double number = answer.toDouble(&isNumber);
        if (isNumber && number == value.toDouble()) {
            return true;
        }
    }
    return false;
}

QRegularExpression FieldDefinition::patternExpression() const
{
    if (pattern.isEmpty()) {
        return {};
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                              QRegularExpression::UseUnicodePropertiesOption);
}

const ChoiceOption* FieldDefinition::choice(const QString& value) const
{
    for (const ChoiceOption& option : choices) {
        if (option.value == value) {
            return &option;
        }
    }
    return nullptr;
}

QStringList ApplicantMapping::knownIdKinds()
{
    return {
        QStringLiteral("resident-id"), QStringLiteral("passport"), QStringLiteral("credit-code")};
}

QString ApplicantMapping::checksumRuleFor(const QString& idKind)
{
    if (idKind == QLatin1StringView("resident-id")) {
        return QStringLiteral("gb11643");
    }
    if (idKind == QLatin1StringView("passport")) {
        return QStringLiteral("passport");
    }
    if (idKind == QLatin1StringView("credit-code")) {
        return QStringLiteral("gb32100");
    }
    return {};
}

CaseType::CaseType(QString id,
                   int version,
                   LocalizedText label,
                   int processingDays,
                   qint64 feeFen,
                   QList<FieldDefinition> fields,
                   QList<DocumentRequirement> documents,
                   QString receiptTemplate,
                   QString decisionTemplate,
                   ApplicantMapping applicant)
    : m_id(std::move(id))
    , m_version(version)
    , m_label(std::move(label))
    , m_processingDays(processingDays)
    , m_feeFen(feeFen)
    , m_fields(std::move(fields))
    , m_documents(std::move(documents))
    , m_receiptTemplate(std::move(receiptTemplate))
    , m_decisionTemplate(std::move(decisionTemplate))
    , m_applicant(std::move(applicant))
{ }

const FieldDefinition* CaseType::field(const QString& id) const
{
    for (const FieldDefinition& definition : m_fields) {
        if (definition.id == id) {
            return &definition;
        }
    }
    return nullptr;
}

const DocumentRequirement* CaseType::document(const QString& id) const
{
    for (const DocumentRequirement& requirement : m_documents) {
        if (requirement.id == id) {
            return &requirement;
        }
    }
    return nullptr;
}

} // namespace casedesk
