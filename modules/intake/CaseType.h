#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace casedesk {

// A text in each language the desk speaks; every label of a definition carries both.
struct LocalizedText
{
    QString zhCN;
    QString en;

    // The text for a language such as "zh_CN", "zh-CN" or "en"; English for any language
    // the definitions are not written in, so a screen never shows an empty label.
    [[nodiscard]] QString text(const QString& language) const;

    bool operator==(const LocalizedText& other) const = default;
};

// The kinds of answer an intake form asks for.
enum class FieldType
{
    Text,
    Date,
    Number,
    Choice,
    IdNumber,
    Phone,
    Address,
    Money, // an amount in fen, shown in yuan
};

// The name a definition writes for a field type ("id-number"), and back.
[[nodiscard]] QString fieldTypeName(FieldType type);
[[nodiscard]] std::optional<FieldType> fieldTypeFromName(const QString& name);
[[nodiscard]] QStringList knownFieldTypeNames();

// The file formats a document may be handed in as: "pdf", "jpeg", "png".
[[nodiscard]] QStringList knownDocumentFormats();

// One answer a choice field offers: the value kept with the case, and what the clerk sees.
struct ChoiceOption
{
    QString value;
    LocalizedText label;
};

// A test on the answer to another field, deciding whether a field shows or is required.
struct Condition
{
    QString field;
    // One value for "equals", one or more for "in": QString for text-like and choice fields,
    // double for number and money fields.
    QVariantList values;

    [[nodiscard]] bool holdsFor(const QVariant& answer) const;
};

// One question of the intake form.
struct FieldDefinition
{
    QString id;
    FieldType type = FieldType::Text;
    LocalizedText label;
    // A required field must be answered whenever it is visible.
    bool required = false;
    // Matched against the whole answer; empty when the field has none.
    QString pattern;
    std::optional<int> minLength;
    std::optional<int> maxLength;
    // A name from knownChecksumRules(); empty when the field has none.
    QString checksum;
    QList<ChoiceOption> choices;
    std::optional<Condition> visibleWhen;
    std::optional<Condition> requiredWhen;

    // The pattern anchored to the whole answer, ready to match; invalid when there is none.
    [[nodiscard]] QRegularExpression patternExpression() const;
    [[nodiscard]] const ChoiceOption* choice(const QString& value) const;
};

// A document the citizen hands in with the application, and the checks it goes through.
struct DocumentRequirement
{
    QString id;
    LocalizedText label;
    // Always required; when false, requiredWhen may still require it for some answers.
    bool required = false;
    std::optional<Condition> requiredWhen;
    QStringList formats;
    int maxSizeMiB = 0;
    QStringList checks;
};

// Which fields of the form hold the applicant's details, so that the form and an import can
// build the applicant of a case and find a returning one by the number on their papers.
struct ApplicantMapping
{
    QString idKind; // "resident-id", "passport" or "credit-code", as CaseRepository keeps it
    QString nameField;
    QString idNumberField;
    QString phoneField; // empty when the form asks for no telephone of the applicant

    // The kinds of number an applicant is known by, as a definition writes them.
    [[nodiscard]] static QStringList knownIdKinds();
    // The checksum rule a field must carry to hold a number of that kind.
    [[nodiscard]] static QString checksumRuleFor(const QString& idKind);
};

// One kind of application a counter takes in, as its definition file describes it: the
// form's fields in order, the documents, the fee and the time limit for a decision.
class CaseType
{
public:
    CaseType() = default;
    CaseType(QString id,
             int version,
             LocalizedText label,
             int processingDays,
             qint64 feeFen,
             QList<FieldDefinition> fields,
             QList<DocumentRequirement> documents,
             QString receiptTemplate,
             QString decisionTemplate,
             ApplicantMapping applicant = {});

    [[nodiscard]] const QString& id() const { return m_id; }
    [[nodiscard]] int version() const { return m_version; }
    [[nodiscard]] const LocalizedText& label() const { return m_label; }
    // Working days from intake to decision.
    [[nodiscard]] int processingDays() const { return m_processingDays; }
    [[nodiscard]] qint64 feeFen() const { return m_feeFen; }

    // In the order the form shows them; a condition only looks at fields above it.
    [[nodiscard]] const QList<FieldDefinition>& fields() const { return m_fields; }
    // Null when the case type has no field of that id.
    [[nodiscard]] const FieldDefinition* field(const QString& id) const;

    [[nodiscard]] const QList<DocumentRequirement>& documents() const { return m_documents; }
    // Null when the case type asks for no document of that id.
    [[nodiscard]] const DocumentRequirement* document(const QString& id) const;

    [[nodiscard]] const ApplicantMapping& applicant() const { return m_applicant; }

    // Names of the print templates; the templates themselves live with the pdf module.
    [[nodiscard]] const QString& receiptTemplate() const { return m_receiptTemplate; }
    [[nodiscard]] const QString& decisionTemplate() const { return m_decisionTemplate; }

private:
    QString m_id;
    int m_version = 0;
    LocalizedText m_label;
    int m_processingDays = 0;
    qint64 m_feeFen = 0;
    QList<FieldDefinition> m_fields;
    QList<DocumentRequirement> m_documents;
    QString m_receiptTemplate;
    QString m_decisionTemplate;
    ApplicantMapping m_applicant;
};

} // namespace casedesk
