#include "CaseTypeLoader.h"

#include "ChecksumRules.h"
#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace casedesk {

namespace {

// The keys of each object of the format; casetype.schema.json documents the same lists.
struct KeySet
{
    QStringList required;
    QStringList optional;
};

const KeySet& caseTypeKeys()
{
    static const KeySet keys {{QStringLiteral("id"),
                               QStringLiteral("version"),
                               QStringLiteral("label"),
                               QStringLiteral("processingDays"),
                               QStringLiteral("fee"),
                               QStringLiteral("fields"),
                               QStringLiteral("documents"),
                               QStringLiteral("templates")},
                              // Required too, but checked after the fields it names, so that
                              // a fault in a field is reported before the mapping that uses it.
                              {QStringLiteral("applicant"), QStringLiteral("$schema")}};
    return keys;
}

const KeySet& applicantKeys()
{
    static const KeySet keys {
        {QStringLiteral("idKind"), QStringLiteral("name"), QStringLiteral("idNumber")},
        {QStringLiteral("phone")}};
    return keys;
}

const KeySet& labelKeys()
{
    static const KeySet keys {{QStringLiteral("zh_CN"), QStringLiteral("en")}, {}};
    return keys;
}

const KeySet& feeKeys()
{
    static const KeySet keys {{QStringLiteral("amountFen")}, {}};
    return keys;
}

const KeySet& templateKeys()
{
    static const KeySet keys {{QStringLiteral("receipt"), QStringLiteral("decision")}, {}};
    return keys;
}

const KeySet& fieldKeys()
{
    static const KeySet keys {
        {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("label")},
        {QStringLiteral("required"),
         QStringLiteral("pattern"),
         QStringLiteral("minLength"),
         QStringLiteral("maxLength"),
         QStringLiteral("checksum"),
         QStringLiteral("choices"),
         QStringLiteral("visibleWhen"),
         QStringLiteral("requiredWhen")}};
    return keys;
}

const KeySet& choiceKeys()
{
    static const KeySet keys {{QStringLiteral("value"), QStringLiteral("label")}, {}};
    return keys;
}

const KeySet& conditionKeys()
{
    static const KeySet keys {{QStringLiteral("field")},
                              {QStringLiteral("equals"), QStringLiteral("in")}};
    return keys;
}

const KeySet& documentKeys()
{
    static const KeySet keys {{QStringLiteral("id"),
                               QStringLiteral("label"),
                               QStringLiteral("formats"),
                               QStringLiteral("maxSizeMiB")},
                              {QStringLiteral("required"), QStringLiteral("checks")}};
    return keys;
}

bool isKebabCase(const QString& text)
{
    static const QRegularExpression kebab(QStringLiteral("^[a-z][a-z0-9]*(-[a-z0-9]+)*$"));
    return kebab.match(text).hasMatch();
}

bool isSnakeCase(const QString& text)
{
    static const QRegularExpression snake(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
    return snake.match(text).hasMatch();
}

// Types whose answer is typed in as free text, so that a pattern or a length applies.
bool isTyped(FieldType type)
{
    return type == FieldType::Text || type == FieldType::IdNumber || type == FieldType::Phone
        || type == FieldType::Address;
}

// How a value looks in the definition, to quote it back in a message.
QString jsonText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QStringLiteral("[…]");
    case QJsonValue::Object:
        return QStringLiteral("{…}");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

int editDistance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (int i = 1; i <= a.size(); ++i) {
        QList<int> current(b.size() + 1);
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        previous = current;
    }
    return previous[b.size()];
}

struct TemplateNames
{
    QString receipt;
    QString decision;
};

// Reads one definition, remembering which file it is and which fields came before, so that
// every fault can name its place.
class DefinitionReader
{
    Q_DECLARE_TR_FUNCTIONS(CaseTypeLoader)

public:
    explicit DefinitionReader(QString fileName)
        : m_fileName(std::move(fileName))
    { }

    [[nodiscard]] Result<CaseType> read(const QByteArray& json);

private:
    [[nodiscard]] Error fault(const QString& subject, const QString& what) const;
    [[nodiscard]] Error syntaxFault(const QByteArray& json, const QJsonParseError& error) const;
    [[nodiscard]] Result<void> checkKeys(const QJsonObject& object,
                                         const KeySet& keys,
                                         const QString& subject,
                                         const QString& within = {}) const;
    [[nodiscard]] Result<LocalizedText>
    readLabel(const QJsonValue& value, const QString& subject, const QString& key) const;
    [[nodiscard]] Result<int> readWholeNumber(const QJsonValue& value,
                                              const QString& subject,
                                              const QString& key,
                                              int minimum,
                                              int maximum) const;
    [[nodiscard]] Result<QString>
    readName(const QJsonValue& value, const QString& subject, const QString& key) const;
    [[nodiscard]] Result<qint64> readFee(const QJsonValue& value) const;
    [[nodiscard]] Result<TemplateNames> readTemplates(const QJsonValue& value) const;
    [[nodiscard]] Result<QList<FieldDefinition>> readFields(const QJsonValue& value);
    [[nodiscard]] Result<FieldDefinition> readField(const QJsonValue& value, int position) const;
    // The "id" of a field or document: present, and in lower case with underscores.
    // invalid says what is wrong with a bad one, with %1 for the value found.
    [[nodiscard]] Result<QString>
    readId(const QJsonObject& object, const QString& subject, const QString& invalid) const;
    [[nodiscard]] Result<void>
    readTextRules(const QJsonObject& object, const QString& subject, FieldDefinition& field) const;
    [[nodiscard]] Result<QList<ChoiceOption>> readChoices(const QJsonValue& value,
                                                          const QString& subject) const;
    [[nodiscard]] Result<Condition> readCondition(const QJsonValue& value,
                                                  const QString& subject,
                                                  const QString& key,
                                                  const QString& ownId) const;
    [[nodiscard]] Result<QVariant> readConditionValue(const QJsonValue& value,
                                                      const FieldDefinition& target,
                                                      const QString& subject,
                                                      const QString& key) const;
    [[nodiscard]] Result<QList<DocumentRequirement>> readDocuments(const QJsonValue& value) const;
    [[nodiscard]] Result<ApplicantMapping> readApplicant(const QJsonValue& value) const;
    [[nodiscard]] Result<QString> readApplicantField(const QJsonObject& object,
                                                     const QString& key,
                                                     const QList<FieldType>& types) const;
    [[nodiscard]] Result<DocumentRequirement> readDocument(const QJsonValue& value,
                                                           int position) const;
    [[nodiscard]] Result<QStringList> readFormats(const QJsonValue& value,
                                                  const QString& subject) const;
    [[nodiscard]] Result<QStringList> readChecks(const QJsonValue& value,
                                                 const QString& subject) const;

    static QString keySubject(const QString& key) { return tr("key \"%1\"").arg(key); }
    static QString fieldSubject(const QString& id) { return tr("field \"%1\"").arg(id); }
    static QString documentSubject(const QString& id) { return tr("document \"%1\"").arg(id); }

    QString m_fileName;
    // Every field id the file holds, to tell a condition on a later field from one on a
    // field that does not exist.
    QStringList m_allFieldIds;
    // The fields read so far: the ones a condition may look at.
    QList<FieldDefinition> m_fields;
};

Error DefinitionReader::fault(const QString& subject, const QString& what) const
{
    if (subject.isEmpty()) {
        return Error(ErrorKind::InvalidInput, tr("%1: %2").arg(m_fileName, what));
    }
    return Error(ErrorKind::InvalidInput, tr("%1, %2: %3").arg(m_fileName, subject, what));
}

Error DefinitionReader::syntaxFault(const QByteArray& json, const QJsonParseError& error) const
{
    // Qt's offset points at the offending character or, for most faults, just past it
    // ("version": 1 "label" stops after the quote of "label"). Stepping back over a
    // non-blank character lands where an editor should put the cursor.
    qsizetype offset = std::clamp<qsizetype>(error.offset, 0, json.size());
    if (offset > 0 && !QChar::isSpace(static_cast<uchar>(json.at(offset - 1)))) {
        --offset;
        while (offset > 0 && (static_cast<uchar>(json.at(offset)) & 0xC0) == 0x80) {
            --offset; // a UTF-8 continuation byte: back to the start of the character
        }
    }
    // The offset counts bytes of UTF-8; an editor counts characters, so count those.
    const QByteArray before = json.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return Error(
        ErrorKind::InvalidInput,
        tr("%1, line %2, column %3: this is not valid JSON (%4).")
            .arg(m_fileName, QString::number(line), QString::number(column), error.errorString()));
}

Result<void> DefinitionReader::checkKeys(const QJsonObject& object,
                                         const KeySet& keys,
                                         const QString& subject,
                                         const QString& within) const
{
    // Unknown keys first: a misspelt "requried" is the fault, not a missing "required".
    const QStringList allowed = keys.required + keys.optional;
    for (const QString& key : object.keys()) {
        if (allowed.contains(key)) {
            continue;
        }
        QString what = within.isEmpty()
            ? tr("the key \"%1\" is not part of the format.").arg(key)
            : tr("the key \"%1\" in \"%2\" is not part of the format.").arg(key, within);
        const auto close = std::find_if(allowed.cbegin(), allowed.cend(), [&key](const QString& a) {
            return editDistance(a.toLower(), key.toLower()) <= 2;
        });
        if (close != allowed.cend()) {
            what += QLatin1Char(' ') + tr("Did you mean \"%1\"?").arg(*close);
        }
        what += QLatin1Char(' ') + tr("Allowed here: %1.").arg(allowed.join(QStringLiteral(", ")));
        return fault(subject, what);
    }
    for (const QString& key : keys.required) {
        if (!object.contains(key)) {
            return fault(subject,
                         within.isEmpty()
                             ? tr("the key \"%1\" is missing.").arg(key)
                             : tr("the key \"%1\" is missing in \"%2\".").arg(key, within));
        }
    }
    return Result<void>::success();
}

Result<LocalizedText> DefinitionReader::readLabel(const QJsonValue& value,
                                                  const QString& subject,
                                                  const QString& key) const
{
    if (!value.isObject()) {
        return fault(subject,
                     tr("\"%1\" must give the text in both languages: "
                        "{\"zh_CN\": \"…\", \"en\": \"…\"}.")
                         .arg(key));
    }
    const QJsonObject object = value.toObject();
    if (auto checked = checkKeys(object, labelKeys(), subject, key); !checked) {
        return checked.error();
    }
    LocalizedText text;
    for (const QString& language : labelKeys().required) {
        const QString written = object.value(language).toString().trimmed();
        if (written.isEmpty()) {
            return fault(subject, tr("the %1 text of \"%2\" is empty.").arg(language, key));
        }
        (language == QLatin1StringView("en") ? text.en : text.zhCN) = written;
    }
    return text;
}

Result<int> DefinitionReader::readWholeNumber(const QJsonValue& value,
                                              const QString& subject,
                                              const QString& key,
                                              int minimum,
                                              int maximum) const
{
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || number != std::trunc(number) || number < minimum || number > maximum) {
        return fault(
            subject,
            tr("\"%1\" must be a whole number from %2 to %3, not %4.")
                .arg(key, QString::number(minimum), QString::number(maximum), jsonText(value)));
    }
    return static_cast<int>(number);
}

Result<QString> DefinitionReader::readName(const QJsonValue& value,
                                           const QString& subject,
                                           const QString& key) const
{
    if (!value.isString() || !isKebabCase(value.toString())) {
        return fault(subject,
                     tr("\"%1\" must be a name in lower case with dashes, such as "
                        "\"pension-enrolment\", not %2.")
                         .arg(key, jsonText(value)));
    }
    return value.toString();
}

Result<qint64> DefinitionReader::readFee(const QJsonValue& value) const
{
    const QString subject = keySubject(QStringLiteral("fee"));
    // A bare number other than 0 is refused: 120 could mean yuan or fen, and a wrong guess
    // charges a citizen a hundred times too much or too little.
    if (value.isDouble() && value.toDouble() == 0) {
        return 0;
    }
    if (!value.isObject()) {
        if (value.isDouble() && value.toDouble() < 0) {
            return fault(subject, tr("the fee cannot be negative. Write 0 for a free service."));
        }
        return fault(subject,
                     tr("write the fee in fen as {\"amountFen\": 2000}, or 0 for a free "
                        "service; %1 is not accepted.")
                         .arg(jsonText(value)));
    }
    const QJsonObject object = value.toObject();
    if (auto checked = checkKeys(object, feeKeys(), subject, QStringLiteral("fee")); !checked) {
        return checked.error();
    }
    const QJsonValue amount = object.value(QStringLiteral("amountFen"));
    const double fen = amount.toDouble(std::nan(""));
    if (amount.isDouble() && fen < 0) {
        return fault(subject,
                     tr("the fee cannot be negative (%1 fen). Write 0 for a free service.")
                         .arg(jsonText(amount)));
    }
    // Whole fen up to 10 million yuan: far above any counter fee, well inside a double's
    // exact integers.
    if (!amount.isDouble() || fen != std::trunc(fen) || fen > 1e9) {
        return fault(subject,
                     tr("\"amountFen\" must be a whole number of fen, such as 12000 for 120 yuan, "
                        "not %1.")
                         .arg(jsonText(amount)));
    }
    return static_cast<qint64>(fen);
}

Result<TemplateNames> DefinitionReader::readTemplates(const QJsonValue& value) const
{
    const QString subject = keySubject(QStringLiteral("templates"));
    if (!value.isObject()) {
        return fault(subject,
                     tr("name the print templates as {\"receipt\": \"…\", \"decision\": \"…\"}."));
    }
    const QJsonObject object = value.toObject();
    if (auto checked = checkKeys(object, templateKeys(), subject); !checked) {
        return checked.error();
    }
    const auto receipt =
        readName(object.value(QStringLiteral("receipt")), subject, QStringLiteral("receipt"));
    if (!receipt) {
        return receipt.error();
    }
    const auto decision =
        readName(object.value(QStringLiteral("decision")), subject, QStringLiteral("decision"));
    if (!decision) {
        return decision.error();
    }
    return TemplateNames {receipt.value(), decision.value()};
}

Result<CaseType> DefinitionReader::read(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return syntaxFault(json, parseError);
    }
    if (!document.isObject()) {
        return fault({}, tr("a case type definition must be one JSON object { … }."));
    }
    const QJsonObject object = document.object();
    if (auto checked = checkKeys(object, caseTypeKeys(), {}); !checked) {
        return checked.error();
    }

    const QJsonValue id = object.value(QStringLiteral("id"));
    if (!id.isString() || !isKebabCase(id.toString())) {
        return fault(keySubject(QStringLiteral("id")),
                     tr("%1 is not a valid case type id. Write it in lower case with dashes, "
                        "such as \"pension-enrolment\".")
                         .arg(jsonText(id)));
    }
    const auto version = readWholeNumber(object.value(QStringLiteral("version")),
                                         keySubject(QStringLiteral("version")),
                                         QStringLiteral("version"),
                                         1,
                                         1000000);
    if (!version) {
        return version.error();
    }
    const auto label = readLabel(object.value(QStringLiteral("label")),
                                 keySubject(QStringLiteral("label")),
                                 QStringLiteral("label"));
    if (!label) {
        return label.error();
    }
    // 365 working days is beyond any statutory time limit; more is a typing slip.
    const auto processingDays = readWholeNumber(object.value(QStringLiteral("processingDays")),
                                                keySubject(QStringLiteral("processingDays")),
                                                QStringLiteral("processingDays"),
                                                0,
                                                365);
    if (!processingDays) {
        return processingDays.error();
    }
    const auto fee = readFee(object.value(QStringLiteral("fee")));
    if (!fee) {
        return fee.error();
    }

    const auto templates = readTemplates(object.value(QStringLiteral("templates")));
    if (!templates) {
        return templates.error();
    }

    auto fields = readFields(object.value(QStringLiteral("fields")));
    if (!fields) {
        return fields.error();
    }
    auto documents = readDocuments(object.value(QStringLiteral("documents")));
    if (!documents) {
        return documents.error();
    }
    auto applicant = readApplicant(object.value(QStringLiteral("applicant")));
    if (!applicant) {
        return applicant.error();
    }

    return CaseType(id.toString(),
                    version.value(),
                    label.value(),
                    processingDays.value(),
                    fee.value(),
                    std::move(fields).value(),
                    std::move(documents).value(),
                    templates.value().receipt,
                    templates.value().decision,
                    std::move(applicant).value());
}

Result<ApplicantMapping> DefinitionReader::readApplicant(const QJsonValue& value) const
{
    const QString subject = keySubject(QStringLiteral("applicant"));
    const QString example =
        QStringLiteral("{\"idKind\": \"resident-id\", \"name\": \"applicant_name\", \"idNumber\": "
                       "\"id_number\", \"phone\": \"phone\"}");
    if (value.isUndefined()) {
        return fault({},
                     tr("the key \"applicant\" is missing. Name the fields that hold the "
                        "applicant's name, id number and telephone, such as %1.")
                         .arg(example));
    }
    if (!value.isObject()) {
        return fault(subject,
                     tr("\"applicant\" must name the fields that hold the applicant's details, "
                        "such as %1, not %2.")
                         .arg(example, jsonText(value)));
    }
    const QJsonObject object = value.toObject();
    if (auto checked = checkKeys(object, applicantKeys(), subject, QStringLiteral("applicant"));
        !checked) {
        return checked.error();
    }

    ApplicantMapping mapping;
    const QJsonValue idKind = object.value(QStringLiteral("idKind"));
    const QStringList kinds = ApplicantMapping::knownIdKinds();
    if (!idKind.isString() || !kinds.contains(idKind.toString())) {
        return fault(subject,
                     tr("the id kind %1 is unknown. Known kinds: %2.")
                         .arg(jsonText(idKind), kinds.join(QStringLiteral(", "))));
    }
    mapping.idKind = idKind.toString();

    const auto name = readApplicantField(object, QStringLiteral("name"), {FieldType::Text});
    if (!name) {
        return name.error();
    }
    mapping.nameField = name.value();
    const auto idNumber = readApplicantField(
        object, QStringLiteral("idNumber"), {FieldType::IdNumber, FieldType::Text});
    if (!idNumber) {
        return idNumber.error();
    }
    mapping.idNumberField = idNumber.value();
    // The number is how a returning applicant is found, so it must be checked the same way
    // every time it is typed.
    const QString rule = ApplicantMapping::checksumRuleFor(mapping.idKind);
    const FieldDefinition* numberField = nullptr;
    for (const FieldDefinition& field : m_fields) {
        if (field.id == mapping.idNumberField) {
            numberField = &field;
        }
    }
    if (numberField && numberField->checksum != rule) {
        return fault(subject,
                     tr("\"idNumber\" names field \"%1\", which must have the checksum rule "
                        "\"%2\" to hold a number of kind \"%3\".")
                         .arg(mapping.idNumberField, rule, mapping.idKind));
    }
    if (object.contains(QStringLiteral("phone"))) {
        const auto phone = readApplicantField(object, QStringLiteral("phone"), {FieldType::Phone});
        if (!phone) {
            return phone.error();
        }
        mapping.phoneField = phone.value();
    }
    return mapping;
}

Result<QString> DefinitionReader::readApplicantField(const QJsonObject& object,
                                                     const QString& key,
                                                     const QList<FieldType>& types) const
{
    const QString subject = keySubject(QStringLiteral("applicant"));
    const QJsonValue value = object.value(key);
    const auto found = std::find_if(m_fields.cbegin(), m_fields.cend(), [&value](const auto& f) {
        return value.isString() && f.id == value.toString();
    });
    if (found == m_fields.cend()) {
        return fault(subject,
                     tr("\"%1\" names field %2, which does not exist.").arg(key, jsonText(value)));
    }
    if (!types.contains(found->type)) {
        QStringList names;
        for (const FieldType type : types) {
            names.append(fieldTypeName(type));
        }
        return fault(
            subject,
            tr("\"%1\" names field \"%2\" of type \"%3\"; the type must be one of: %4.")
                .arg(key, found->id, fieldTypeName(found->type), names.join(QStringLiteral(", "))));
    }
    // The phone may be left out; the name and the number are what a case cannot do without.
    const bool alwaysAsked = found->required && !found->visibleWhen;
    if (key != QLatin1StringView("phone") && !alwaysAsked) {
        return fault(subject,
                     tr("\"%1\" names field \"%2\", which must be required and always shown, "
                        "because no case can be taken in without it.")
                         .arg(key, found->id));
    }
    return found->id;
}

Result<QList<FieldDefinition>> DefinitionReader::readFields(const QJsonValue& value)
{
    if (!value.isArray() || value.toArray().isEmpty()) {
        return fault(keySubject(QStringLiteral("fields")),
                     tr("\"fields\" must be a list of at least one field."));
    }
    const QJsonArray array = value.toArray();
    for (const QJsonValue& entry : array) {
        m_allFieldIds.append(entry.toObject().value(QStringLiteral("id")).toString());
    }
    for (int position = 0; position < array.size(); ++position) {
        auto field = readField(array.at(position), position + 1);
        if (!field) {
            return field.error();
        }
        m_fields.append(std::move(field).value());
    }
    return m_fields;
}

Result<QString> DefinitionReader::readId(const QJsonObject& object,
                                         const QString& subject,
                                         const QString& invalid) const
{
    const QJsonValue id = object.value(QStringLiteral("id"));
    if (id.isUndefined()) {
        return fault(subject, tr("the key \"id\" is missing."));
    }
    if (!id.isString() || !isSnakeCase(id.toString())) {
        return fault(subject, invalid.arg(jsonText(id)));
    }
    return id.toString();
}

Result<FieldDefinition> DefinitionReader::readField(const QJsonValue& value, int position) const
{
    // Until the id is known to be sound, the field is named by its place in the list.
    QString subject = tr("field %1").arg(position);
    if (!value.isObject()) {
        return fault(subject, tr("each field must be a JSON object { … }."));
    }
    const QJsonObject object = value.toObject();
    const auto id = readId(object,
                           subject,
                           tr("%1 is not a valid field id. Write it in lower case with "
                              "underscores, such as \"birth_date\"."));
    if (!id) {
        return id.error();
    }
    FieldDefinition field;
    field.id = id.value();
    subject = fieldSubject(field.id);
    for (int earlier = 0; earlier < m_fields.size(); ++earlier) {
        if (m_fields.at(earlier).id == field.id) {
            return fault(subject,
                         tr("this id is already used by field %1. Each field needs its own id.")
                             .arg(earlier + 1));
        }
    }
    if (auto checked = checkKeys(object, fieldKeys(), subject); !checked) {
        return checked.error();
    }

    const QJsonValue typeValue = object.value(QStringLiteral("type"));
    const std::optional<FieldType> type = fieldTypeFromName(typeValue.toString());
    if (!typeValue.isString() || !type) {
        return fault(
            subject,
            tr("the type %1 is unknown. Known types: %2.")
                .arg(jsonText(typeValue), knownFieldTypeNames().join(QStringLiteral(", "))));
    }
    field.type = *type;
    const auto label =
        readLabel(object.value(QStringLiteral("label")), subject, QStringLiteral("label"));
    if (!label) {
        return label.error();
    }
    field.label = label.value();
    const QJsonValue required = object.value(QStringLiteral("required"));
    if (!required.isUndefined() && !required.isBool()) {
        return fault(subject,
                     tr("\"required\" must be true or false, not %1.").arg(jsonText(required)));
    }
    field.required = required.toBool(false);

    if (auto rules = readTextRules(object, subject, field); !rules) {
        return rules.error();
    }

    const QJsonValue choices = object.value(QStringLiteral("choices"));
    if (field.type == FieldType::Choice) {
        auto options = readChoices(choices, subject);
        if (!options) {
            return options.error();
        }
        field.choices = std::move(options).value();
    } else if (!choices.isUndefined()) {
        return fault(subject,
                     tr("only a field of type choice has \"choices\"; this one is of type \"%1\".")
                         .arg(fieldTypeName(field.type)));
    }

    for (const QString& key : {QStringLiteral("visibleWhen"), QStringLiteral("requiredWhen")}) {
        if (!object.contains(key)) {
            continue;
        }
        auto condition = readCondition(object.value(key), subject, key, field.id);
        if (!condition) {
            return condition.error();
        }
        (key == QLatin1StringView("visibleWhen") ? field.visibleWhen : field.requiredWhen) =
            std::move(condition).value();
    }
    if (field.required && field.requiredWhen) {
        return fault(subject,
                     tr("\"required\" is true, so \"requiredWhen\" would never matter. Keep one "
                        "of the two."));
    }
    return field;
}

Result<void> DefinitionReader::readTextRules(const QJsonObject& object,
                                             const QString& subject,
                                             FieldDefinition& field) const
{
    const QString typeName = fieldTypeName(field.type);
    for (const QString& key :
         {QStringLiteral("pattern"), QStringLiteral("minLength"), QStringLiteral("maxLength")}) {
        if (object.contains(key) && !isTyped(field.type)) {
            return fault(subject,
                         tr("\"%1\" applies to fields typed in as text (text, id-number, phone, "
                            "address), not to a field of type \"%2\".")
                             .arg(key, typeName));
        }
    }

    if (object.contains(QStringLiteral("pattern"))) {
        const QJsonValue value = object.value(QStringLiteral("pattern"));
        if (!value.isString() || value.toString().isEmpty()) {
            return fault(subject,
                         tr("\"pattern\" must be a regular expression written as text, not %1.")
                             .arg(jsonText(value)));
        }
        field.pattern = value.toString();
        const QRegularExpression expression(field.pattern,
                                            QRegularExpression::UseUnicodePropertiesOption);
        if (!expression.isValid()) {
            return fault(subject,
                         tr("the pattern \"%1\" is not a valid regular expression: %2 (at "
                            "character %3).")
                             .arg(field.pattern,
                                  expression.errorString(),
                                  QString::number(expression.patternErrorOffset() + 1)));
        }
    }

    const auto readLength = [&](const QString& key) -> Result<std::optional<int>> {
        if (!object.contains(key)) {
            return std::optional<int>();
        }
        const auto length = readWholeNumber(object.value(key), subject, key, 0, 100000);
        if (!length) {
            return length.error();
        }
        return std::optional<int>(length.value());
    };
    const auto minLength = readLength(QStringLiteral("minLength"));
    if (!minLength) {
        return minLength.error();
    }
    const auto maxLength = readLength(QStringLiteral("maxLength"));
    if (!maxLength) {
        return maxLength.error();
    }
    field.minLength = minLength.value();
    field.maxLength = maxLength.value();
    if (field.minLength && field.maxLength && *field.minLength > *field.maxLength) {
        return fault(
            subject,
            tr("\"minLength\" (%1) is greater than \"maxLength\" (%2).")
                .arg(QString::number(*field.minLength), QString::number(*field.maxLength)));
    }

    if (object.contains(QStringLiteral("checksum"))) {
        if (field.type != FieldType::Text && field.type != FieldType::IdNumber) {
            return fault(subject,
                         tr("a checksum rule applies to fields of type text or id-number, not to "
                            "a field of type \"%1\".")
                             .arg(typeName));
        }
        const QJsonValue value = object.value(QStringLiteral("checksum"));
        if (!value.isString() || !knownChecksumRules().contains(value.toString())) {
            return fault(
                subject,
                tr("the checksum rule %1 is unknown. Known rules: %2.")
                    .arg(jsonText(value), knownChecksumRules().join(QStringLiteral(", "))));
        }
        field.checksum = value.toString();
    }
    return Result<void>::success();
}

Result<QList<ChoiceOption>> DefinitionReader::readChoices(const QJsonValue& value,
                                                          const QString& subject) const
{
    if (!value.isArray() || value.toArray().isEmpty()) {
        return fault(subject,
                     tr("a field of type choice needs \"choices\": a list of at least one "
                        "{\"value\": \"…\", \"label\": {\"zh_CN\": \"…\", \"en\": \"…\"}}."));
    }
    QList<ChoiceOption> options;
    const QJsonArray array = value.toArray();
    for (int position = 0; position < array.size(); ++position) {
        QString where = tr("%1, choice %2").arg(subject, QString::number(position + 1));
        if (!array.at(position).isObject()) {
            return fault(where, tr("each choice must be a JSON object { … }."));
        }
        const QJsonObject object = array.at(position).toObject();
        const QJsonValue choiceValue = object.value(QStringLiteral("value"));
        if (!choiceValue.isString() || choiceValue.toString().trimmed().isEmpty()) {
            return fault(
                where, tr("\"value\" must be non-empty text, not %1.").arg(jsonText(choiceValue)));
        }
        ChoiceOption option;
        option.value = choiceValue.toString();
        where = tr("%1, choice \"%2\"").arg(subject, option.value);
        const bool repeated =
            std::any_of(options.cbegin(), options.cend(), [&option](const auto& o) {
                return o.value == option.value;
            });
        if (repeated) {
            return fault(where, tr("this value appears twice. Each choice needs its own value."));
        }
        if (auto checked = checkKeys(object, choiceKeys(), where); !checked) {
            return checked.error();
        }
        const auto label =
            readLabel(object.value(QStringLiteral("label")), where, QStringLiteral("label"));
        if (!label) {
            return label.error();
        }
        option.label = label.value();
        options.append(option);
    }
    return options;
}

Result<Condition> DefinitionReader::readCondition(const QJsonValue& value,
                                                  const QString& subject,
                                                  const QString& key,
                                                  const QString& ownId) const
{
    if (!value.isObject()) {
        return fault(subject,
                     tr("\"%1\" must be a condition such as {\"field\": \"applied_by_agent\", "
                        "\"equals\": \"yes\"}, not %2.")
                         .arg(key, jsonText(value)));
    }
    const QJsonObject object = value.toObject();
    if (auto checked = checkKeys(object, conditionKeys(), subject, key); !checked) {
        return checked.error();
    }
    const bool hasEquals = object.contains(QStringLiteral("equals"));
    const bool hasIn = object.contains(QStringLiteral("in"));
    if (hasEquals == hasIn) {
        return fault(subject,
                     tr("\"%1\" needs either \"equals\" with one value or \"in\" with a list of "
                        "values.")
                         .arg(key));
    }

    Condition condition;
    condition.field = object.value(QStringLiteral("field")).toString();
    if (!ownId.isEmpty() && condition.field == ownId) {
        return fault(subject,
                     tr("\"%1\" depends on the field itself. A condition must look at another "
                        "field, above this one.")
                         .arg(key));
    }
    const auto target =
        std::find_if(m_fields.cbegin(), m_fields.cend(), [&condition](const auto& f) {
            return f.id == condition.field;
        });
    if (target == m_fields.cend()) {
        if (!condition.field.isEmpty() && m_allFieldIds.contains(condition.field)) {
            return fault(subject,
                         tr("\"%1\" refers to field \"%2\", which comes later in the form. A "
                            "condition can only look at fields above it.")
                             .arg(key, condition.field));
        }
        return fault(subject,
                     tr("\"%1\" refers to field %2, which does not exist.")
                         .arg(key, jsonText(object.value(QStringLiteral("field")))));
    }

    QJsonArray values;
    if (hasEquals) {
        values.append(object.value(QStringLiteral("equals")));
    } else {
        const QJsonValue in = object.value(QStringLiteral("in"));
        if (!in.isArray() || in.toArray().isEmpty()) {
            return fault(subject,
                         tr("\"in\" of \"%1\" must be a list of at least one value.").arg(key));
        }
        values = in.toArray();
    }
    for (const QJsonValue& entry : values) {
        auto checked = readConditionValue(entry, *target, subject, key);
        if (!checked) {
            return checked.error();
        }
        condition.values.append(std::move(checked).value());
    }
    return condition;
}

Result<QVariant> DefinitionReader::readConditionValue(const QJsonValue& value,
                                                      const FieldDefinition& target,
                                                      const QString& subject,
                                                      const QString& key) const
{
    if (target.type == FieldType::Choice) {
        if (!value.isString() || !target.choice(value.toString())) {
            QStringList known;
            for (const ChoiceOption& option : target.choices) {
                known.append(option.value);
            }
            return fault(
                subject,
                tr("\"%1\" compares field \"%2\" with %3, which is not one of its "
                   "choices (%4).")
                    .arg(key, target.id, jsonText(value), known.join(QStringLiteral(", "))));
        }
        return QVariant(value.toString());
    }
    if (target.type == FieldType::Number || target.type == FieldType::Money) {
        if (!value.isDouble()) {
            return fault(subject,
                         tr("\"%1\" compares field \"%2\", which holds a number, with %3; write a "
                            "number.")
                             .arg(key, target.id, jsonText(value)));
        }
        return QVariant(value.toDouble());
    }
    if (!value.isString() || value.toString().isEmpty()) {
        return fault(subject,
                     tr("\"%1\" compares field \"%2\", which holds text, with %3; write the text "
                        "in quotes.")
                         .arg(key, target.id, jsonText(value)));
    }
    return QVariant(value.toString());
}

Result<QList<DocumentRequirement>> DefinitionReader::readDocuments(const QJsonValue& value) const
{
    if (!value.isArray()) {
        return fault(keySubject(QStringLiteral("documents")),
                     tr("\"documents\" must be a list; write [] when the citizen brings none."));
    }
    QList<DocumentRequirement> documents;
    const QJsonArray array = value.toArray();
    for (int position = 0; position < array.size(); ++position) {
        auto document = readDocument(array.at(position), position + 1);
        if (!document) {
            return document.error();
        }
        for (int earlier = 0; earlier < documents.size(); ++earlier) {
            if (documents.at(earlier).id == document.value().id) {
                return fault(
                    documentSubject(document.value().id),
                    tr("this id is already used by document %1. Each document needs its own id.")
                        .arg(earlier + 1));
            }
        }
        documents.append(std::move(document).value());
    }
    return documents;
}

Result<DocumentRequirement> DefinitionReader::readDocument(const QJsonValue& value,
                                                           int position) const
{
    QString subject = tr("document %1").arg(position);
    if (!value.isObject()) {
        return fault(subject, tr("each document must be a JSON object { … }."));
    }
    const QJsonObject object = value.toObject();
    const auto id = readId(object,
                           subject,
                           tr("%1 is not a valid document id. Write it in lower case with "
                              "underscores, such as \"identity_card\"."));
    if (!id) {
        return id.error();
    }
    DocumentRequirement document;
    document.id = id.value();
    subject = documentSubject(document.id);
    if (auto checked = checkKeys(object, documentKeys(), subject); !checked) {
        return checked.error();
    }

    const auto label =
        readLabel(object.value(QStringLiteral("label")), subject, QStringLiteral("label"));
    if (!label) {
        return label.error();
    }
    document.label = label.value();

    const QJsonValue required = object.value(QStringLiteral("required"));
    if (required.isObject()) {
        // Documents come after every field, so a condition here may look at any of them.
        auto condition = readCondition(required, subject, QStringLiteral("required"), {});
        if (!condition) {
            return condition.error();
        }
        document.requiredWhen = std::move(condition).value();
    } else if (required.isBool() || required.isUndefined()) {
        document.required = required.toBool(false);
    } else {
        return fault(subject,
                     tr("\"required\" must be true, false or a condition such as "
                        "{\"field\": \"application_type\", \"equals\": \"renewal\"}, not %1.")
                         .arg(jsonText(required)));
    }

    auto formats = readFormats(object.value(QStringLiteral("formats")), subject);
    if (!formats) {
        return formats.error();
    }
    document.formats = std::move(formats).value();
    // Scans of a few pages stay far below this; larger files are usually a mistake.
    const auto maxSize = readWholeNumber(
        object.value(QStringLiteral("maxSizeMiB")), subject, QStringLiteral("maxSizeMiB"), 1, 100);
    if (!maxSize) {
        return maxSize.error();
    }
    document.maxSizeMiB = maxSize.value();
    auto checks = readChecks(object.value(QStringLiteral("checks")), subject);
    if (!checks) {
        return checks.error();
    }
    document.checks = std::move(checks).value();
    return document;
}

Result<QStringList> DefinitionReader::readFormats(const QJsonValue& value,
                                                  const QString& subject) const
{
    const QString known = knownDocumentFormats().join(QStringLiteral(", "));
    if (!value.isArray() || value.toArray().isEmpty()) {
        return fault(subject,
                     tr("\"formats\" must list the file formats accepted, out of %1.").arg(known));
    }
    QStringList formats;
    for (const QJsonValue& entry : value.toArray()) {
        if (!entry.isString() || !knownDocumentFormats().contains(entry.toString())) {
            return fault(
                subject,
                tr("the format %1 is unknown. Known formats: %2.").arg(jsonText(entry), known));
        }
        if (formats.contains(entry.toString())) {
            return fault(subject, tr("the format %1 is listed twice.").arg(jsonText(entry)));
        }
        formats.append(entry.toString());
    }
    return formats;
}

Result<QStringList> DefinitionReader::readChecks(const QJsonValue& value,
                                                 const QString& subject) const
{
    if (value.isUndefined()) {
        return QStringList();
    }
    if (!value.isArray()) {
        return fault(subject,
                     tr("\"checks\" must be a list of check names, such as [\"readable\"]."));
    }
    QStringList checks;
    for (const QJsonValue& entry : value.toArray()) {
        if (!entry.isString() || !isKebabCase(entry.toString())) {
            return fault(subject,
                         tr("%1 is not a check name. Write it in lower case with dashes, such as "
                            "\"not-expired\".")
                             .arg(jsonText(entry)));
        }
        if (checks.contains(entry.toString())) {
            return fault(subject, tr("the check %1 is listed twice.").arg(jsonText(entry)));
        }
        checks.append(entry.toString());
    }
    return checks;
}

} // namespace

Result<CaseType> CaseTypeLoader::parse(const QByteArray& json, const QString& fileName)
{
    return DefinitionReader(fileName).read(json);
}

Result<QList<CaseType>> CaseTypeLoader::loadDirectory(const QString& path)
{
    const QDir directory(path);
    if (!directory.exists()) {
        return Error(ErrorKind::NotFound,
                     tr("The folder of case type definitions %1 does not exist.")
                         .arg(QDir::toNativeSeparators(path)));
    }
    const QStringList names = directory.entryList(
        {QStringLiteral("*.json")}, QDir::Files | QDir::NoDotAndDotDot, QDir::Name);

    QList<CaseType> caseTypes;
    QHash<QString, QString> fileOfId;
    for (const QString& name : names) {
        if (name == kSchemaFileName) {
            continue;
        }
        QFile file(directory.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(ErrorKind::Io,
                         tr("The case type definition %1 could not be read. Check that the file "
                            "is readable.")
                             .arg(QDir::toNativeSeparators(file.fileName())),
                         file.errorString());
        }
        auto parsed = parse(file.readAll(), name);
        if (!parsed) {
            return parsed.error();
        }
        const QString id = parsed.value().id();
        if (fileOfId.contains(id)) {
            return Error(ErrorKind::InvalidInput,
                         tr("%1 and %2 both define the case type \"%3\". Give each case type its "
                            "own id, or remove one of the files.")
                             .arg(fileOfId.value(id), name, id));
        }
        fileOfId.insert(id, name);
        caseTypes.append(std::move(parsed).value());
    }
    QStringList ids;
    for (const CaseType& caseType : caseTypes) {
        ids.append(caseType.id());
    }
    qCInfo(lcIntake) << "Loaded" << caseTypes.size() << "case types from" << path << ids;
    return caseTypes;
}

Result<QList<CaseType>> CaseTypeLoader::loadShipped()
{
    auto loaded = loadDirectory(kShippedPath);
    if (!loaded) {
        return Error(ErrorKind::Damaged,
                     tr("A case type built into CaseDesk is broken, so this installation cannot "
                        "be used: %1 Install CaseDesk again.")
                         .arg(loaded.error().message()),
                     loaded.error().detail());
    }
    return loaded;
}

QStringList CaseTypeLoader::acceptedKeys()
{
    QStringList keys;
    for (const KeySet* set : {&caseTypeKeys(),
                              &labelKeys(),
                              &feeKeys(),
                              &templateKeys(),
                              &fieldKeys(),
                              &choiceKeys(),
                              &conditionKeys(),
                              &documentKeys(),
                              &applicantKeys()}) {
        keys += set->required + set->optional;
    }
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

} // namespace casedesk
