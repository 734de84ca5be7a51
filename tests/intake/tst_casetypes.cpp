#include "intake/CaseType.h"
#include "intake/CaseTypeLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace casedesk;

// Case types are data: the shipped definitions load and read well in both languages, and a
// broken definition is refused with a message naming the file, the place and the fault.
class TestCaseTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedDefinitionsAllLoad();
    void shippedFilesAreNamedForTheirIds();
    void everyLabelHasBothLanguages();
    void conditionsReferenceEarlierFields();
    void feesAndTimeLimitsAreThoseOfTheCounter_data();
    void feesAndTimeLimitsAreThoseOfTheCounter();
    void identityNumbersCarryTheirChecksumRules_data();
    void identityNumbersCarryTheirChecksumRules();
    void agentDetailsAreAskedOnlyWhenAnAgentApplies();
    void passportPinyinAcceptsCapitalLettersOnly();
    void eachCaseTypeNamesItsApplicantFields_data();
    void eachCaseTypeNamesItsApplicantFields();
    void anApplicantFieldThatMayBeHiddenIsRefused();
    void brokenDefinitionIsRefusedNamingFilePlaceAndFault_data();
    void brokenDefinitionIsRefusedNamingFilePlaceAndFault();
    void duplicateCaseTypeIdAcrossFilesIsRefused();
    void schemaFileIsSkippedWhenLoadingAFolder();
    void missingFolderIsReportedAsNotFound();
    void schemaIsValidJsonAndNamesEveryAcceptedKey();
    void labelFallsBackToEnglishForOtherLanguages();
    void lookupByUnknownIdAnswersNull();

private:
    static QList<CaseType> shipped();
    static QByteArray minimalDefinition(const QString& id);
    static QList<LocalizedText> allLabels(const CaseType& caseType);
};

QList<CaseType> TestCaseTypes::shipped()
{
    auto loaded = CaseTypeLoader::loadShipped();
    if (!loaded) {
        qWarning("%s", qPrintable(loaded.error().fullText()));
        return {};
    }
    return std::move(loaded).value();
}

QByteArray TestCaseTypes::minimalDefinition(const QString& id)
{
    const QJsonObject label {{QStringLiteral("zh_CN"), QStringLiteral("示例事项")},
                             {QStringLiteral("en"), QStringLiteral("Example case")}};
    const QJsonObject field {{QStringLiteral("id"), QStringLiteral("name")},
                             {QStringLiteral("type"), QStringLiteral("text")},
                             {QStringLiteral("required"), true},
                             {QStringLiteral("label"),
                              QJsonObject {{QStringLiteral("zh_CN"), QStringLiteral("姓名")},
                                           {QStringLiteral("en"), QStringLiteral("Name")}}}};
    const QJsonObject idNumber {
        {QStringLiteral("id"), QStringLiteral("id_number")},
        {QStringLiteral("type"), QStringLiteral("id-number")},
        {QStringLiteral("required"), true},
        {QStringLiteral("checksum"), QStringLiteral("gb11643")},
        {QStringLiteral("label"),
         QJsonObject {{QStringLiteral("zh_CN"), QStringLiteral("公民身份号码")},
                      {QStringLiteral("en"), QStringLiteral("Resident identity card number")}}}};
    const QJsonObject applicant {{QStringLiteral("idKind"), QStringLiteral("resident-id")},
                                 {QStringLiteral("name"), QStringLiteral("name")},
                                 {QStringLiteral("idNumber"), QStringLiteral("id_number")}};
    const QJsonObject definition {
        {QStringLiteral("id"), id},
        {QStringLiteral("version"), 1},
        {QStringLiteral("label"), label},
        {QStringLiteral("processingDays"), 5},
        {QStringLiteral("fee"), 0},
        {QStringLiteral("applicant"), applicant},
        {QStringLiteral("fields"), QJsonArray {field, idNumber}},
        {QStringLiteral("documents"), QJsonArray {}},
        {QStringLiteral("templates"),
         QJsonObject {{QStringLiteral("receipt"), QStringLiteral("example-receipt")},
                      {QStringLiteral("decision"), QStringLiteral("example-decision")}}}};
    return QJsonDocument(definition).toJson();
}

QList<LocalizedText> TestCaseTypes::allLabels(const CaseType& caseType)
{
    QList<LocalizedText> labels {caseType.label()};
    for (const FieldDefinition& field : caseType.fields()) {
        labels.append(field.label);
        for (const ChoiceOption& option : field.choices) {
            labels.append(option.label);
        }
    }
    for (const DocumentRequirement& document : caseType.documents()) {
        labels.append(document.label);
    }
    return labels;
}

void TestCaseTypes::shippedDefinitionsAllLoad()
{
    const auto loaded = CaseTypeLoader::loadShipped();
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().fullText()));

    QStringList ids;
    for (const CaseType& caseType : loaded.value()) {
        ids.append(caseType.id());
    }
    ids.sort();
    QCOMPARE(ids,
             QStringList({QStringLiteral("business-licence-change"),
                          QStringLiteral("passport-application"),
                          QStringLiteral("pension-enrolment")}));
}

void TestCaseTypes::shippedFilesAreNamedForTheirIds()
{
    // The administrator finds a case type's definition by its id.
    const QDir folder(CaseTypeLoader::kShippedPath);
    const QStringList names = folder.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(names.contains(CaseTypeLoader::kSchemaFileName));
    for (const QString& name : names) {
        if (name == CaseTypeLoader::kSchemaFileName) {
            continue;
        }
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto parsed = CaseTypeLoader::parse(file.readAll(), name);
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message()));
        QCOMPARE(parsed.value().id() + QStringLiteral(".json"), name);
    }
}

void TestCaseTypes::everyLabelHasBothLanguages()
{
    const QList<CaseType> caseTypes = shipped();
    QVERIFY(!caseTypes.isEmpty());
    for (const CaseType& caseType : caseTypes) {
        for (const LocalizedText& label : allLabels(caseType)) {
            const QString where = caseType.id() + QStringLiteral(": ") + label.en;
            QVERIFY2(!label.zhCN.trimmed().isEmpty(), qPrintable(where));
            QVERIFY2(!label.en.trimmed().isEmpty(), qPrintable(where));
            // The Chinese text is not English left untranslated; "60%" may read the same.
            static const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{3}"));
            QVERIFY2(!label.zhCN.contains(latinWord), qPrintable(where));
        }
    }
}

void TestCaseTypes::conditionsReferenceEarlierFields()
{
    const QList<CaseType> caseTypes = shipped();
    QVERIFY(!caseTypes.isEmpty());
    for (const CaseType& caseType : caseTypes) {
        QStringList earlier;
        for (const FieldDefinition& field : caseType.fields()) {
            for (const auto& condition : {field.visibleWhen, field.requiredWhen}) {
                if (condition) {
                    const QString where = caseType.id() + QStringLiteral(": ") + field.id;
                    QVERIFY2(earlier.contains(condition->field), qPrintable(where));
                    QVERIFY2(!condition->values.isEmpty(), qPrintable(where));
                }
            }
            earlier.append(field.id);
        }
        for (const DocumentRequirement& document : caseType.documents()) {
            if (document.requiredWhen) {
                QVERIFY2(caseType.field(document.requiredWhen->field),
                         qPrintable(caseType.id() + QStringLiteral(": ") + document.id));
            }
        }
    }
}

void TestCaseTypes::feesAndTimeLimitsAreThoseOfTheCounter_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("feeFen");
    QTest::addColumn<int>("processingDays");
    QTest::newRow("pension enrolment is free, 15 days")
        << QStringLiteral("pension-enrolment") << qint64(0) << 15;
    QTest::newRow("passport costs 120 yuan, 7 days")
        << QStringLiteral("passport-application") << qint64(12000) << 7;
    QTest::newRow("licence change is free, 3 days")
        << QStringLiteral("business-licence-change") << qint64(0) << 3;
}

void TestCaseTypes::feesAndTimeLimitsAreThoseOfTheCounter()
{
    QFETCH(QString, id);
    QFETCH(qint64, feeFen);
    QFETCH(int, processingDays);
    const QList<CaseType> caseTypes = shipped();
    const auto found = std::find_if(
        caseTypes.cbegin(), caseTypes.cend(), [&id](const auto& c) { return c.id() == id; });
    QVERIFY(found != caseTypes.cend());
    QCOMPARE(found->feeFen(), feeFen);
    QCOMPARE(found->processingDays(), processingDays);
}

void TestCaseTypes::identityNumbersCarryTheirChecksumRules_data()
{
    QTest::addColumn<QString>("caseType");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("required");
    QTest::newRow("pension: applicant")
        << QStringLiteral("pension-enrolment") << QStringLiteral("id_number")
        << QStringLiteral("gb11643") << true;
    QTest::newRow("pension: agent")
        << QStringLiteral("pension-enrolment") << QStringLiteral("agent_id_number")
        << QStringLiteral("gb11643") << false;
    QTest::newRow("passport: applicant")
        << QStringLiteral("passport-application") << QStringLiteral("id_number")
        << QStringLiteral("gb11643") << true;
    QTest::newRow("passport: previous passport")
        << QStringLiteral("passport-application") << QStringLiteral("previous_passport_number")
        << QStringLiteral("passport") << false;
    QTest::newRow("licence: credit code")
        << QStringLiteral("business-licence-change") << QStringLiteral("credit_code")
        << QStringLiteral("gb32100") << true;
    QTest::newRow("licence: legal representative")
        << QStringLiteral("business-licence-change") << QStringLiteral("legal_rep_id_number")
        << QStringLiteral("gb11643") << true;
}

void TestCaseTypes::identityNumbersCarryTheirChecksumRules()
{
    QFETCH(QString, caseType);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    QFETCH(bool, required);
    const QList<CaseType> caseTypes = shipped();
    const auto found = std::find_if(
        caseTypes.cbegin(), caseTypes.cend(), [&](const auto& c) { return c.id() == caseType; });
    QVERIFY(found != caseTypes.cend());
    const FieldDefinition* definition = found->field(field);
    QVERIFY(definition);
    QCOMPARE(definition->checksum, rule);
    QCOMPARE(definition->required, required);
}

void TestCaseTypes::agentDetailsAreAskedOnlyWhenAnAgentApplies()
{
    const QList<CaseType> caseTypes = shipped();
    const auto pension = std::find_if(caseTypes.cbegin(), caseTypes.cend(), [](const auto& c) {
        return c.id() == QLatin1StringView("pension-enrolment");
    });
    QVERIFY(pension != caseTypes.cend());
    const QVariant yes = QStringLiteral("yes");
    const QVariant no = QStringLiteral("no");
    for (const QString& id : {QStringLiteral("agent_relationship"),
                              QStringLiteral("agent_name"),
                              QStringLiteral("agent_id_number")}) {
        const FieldDefinition* field = pension->field(id);
        QVERIFY2(field, qPrintable(id));
        QVERIFY(!field->required);
        QVERIFY(field->visibleWhen && field->requiredWhen);
        QCOMPARE(field->requiredWhen->field, QStringLiteral("applied_by_agent"));
        QVERIFY(field->visibleWhen->holdsFor(yes) && field->requiredWhen->holdsFor(yes));
        QVERIFY(!field->visibleWhen->holdsFor(no) && !field->requiredWhen->holdsFor(no));
    }
    const DocumentRequirement* letter = pension->document(QStringLiteral("agent_authorisation"));
    QVERIFY(letter);
    QVERIFY(!letter->required && letter->requiredWhen);
    QVERIFY(letter->requiredWhen->holdsFor(yes));
    QVERIFY(!letter->requiredWhen->holdsFor(no));
}

void TestCaseTypes::passportPinyinAcceptsCapitalLettersOnly()
{
    const QList<CaseType> caseTypes = shipped();
    const auto passport = std::find_if(caseTypes.cbegin(), caseTypes.cend(), [](const auto& c) {
        return c.id() == QLatin1StringView("passport-application");
    });
    QVERIFY(passport != caseTypes.cend());
    const FieldDefinition* pinyin = passport->field(QStringLiteral("name_pinyin"));
    QVERIFY(pinyin);
    const QRegularExpression expression = pinyin->patternExpression();
    QVERIFY(expression.isValid());
    QVERIFY(expression.match(QStringLiteral("ZHANG SANFENG")).hasMatch());
    QVERIFY(expression.match(QStringLiteral("OUYANG XIU")).hasMatch());
    QVERIFY(!expression.match(QStringLiteral("Zhang Sanfeng")).hasMatch());
    QVERIFY(!expression.match(QStringLiteral("ZHANG  SAN")).hasMatch());
    QVERIFY(!expression.match(QStringLiteral("张三")).hasMatch());
}

void TestCaseTypes::eachCaseTypeNamesItsApplicantFields_data()
{
    QTest::addColumn<QString>("caseType");
    QTest::addColumn<QString>("idKind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<QString>("phone");
    QTest::newRow("pension: the insured person")
        << QStringLiteral("pension-enrolment") << QStringLiteral("resident-id")
        << QStringLiteral("applicant_name") << QStringLiteral("id_number")
        << QStringLiteral("phone");
    QTest::newRow("passport: the applicant")
        << QStringLiteral("passport-application") << QStringLiteral("resident-id")
        << QStringLiteral("name") << QStringLiteral("id_number") << QStringLiteral("phone");
    QTest::newRow("licence: the enterprise, by its credit code")
        << QStringLiteral("business-licence-change") << QStringLiteral("credit-code")
        << QStringLiteral("enterprise_name") << QStringLiteral("credit_code")
        << QStringLiteral("contact_phone");
}

void TestCaseTypes::eachCaseTypeNamesItsApplicantFields()
{
    QFETCH(QString, caseType);
    QFETCH(QString, idKind);
    QFETCH(QString, name);
    QFETCH(QString, idNumber);
    QFETCH(QString, phone);
    const QList<CaseType> caseTypes = shipped();
    const auto found = std::find_if(
        caseTypes.cbegin(), caseTypes.cend(), [&](const auto& c) { return c.id() == caseType; });
    QVERIFY(found != caseTypes.cend());
    const ApplicantMapping& mapping = found->applicant();
    QCOMPARE(mapping.idKind, idKind);
    QCOMPARE(mapping.nameField, name);
    QCOMPARE(mapping.idNumberField, idNumber);
    QCOMPARE(mapping.phoneField, phone);
    QCOMPARE(found->field(idNumber)->checksum, ApplicantMapping::checksumRuleFor(idKind));
}

void TestCaseTypes::anApplicantFieldThatMayBeHiddenIsRefused()
{
    // A case cannot be taken in without the applicant's name, so the field must always be there.
    QJsonObject definition =
        QJsonDocument::fromJson(minimalDefinition(QStringLiteral("example"))).object();
    QJsonArray fields = definition.value(QStringLiteral("fields")).toArray();
    QJsonObject name = fields.at(0).toObject();
    name.insert(QStringLiteral("required"), false);
    fields.replace(0, name);
    definition.insert(QStringLiteral("fields"), fields);

    const auto parsed =
        CaseTypeLoader::parse(QJsonDocument(definition).toJson(), QStringLiteral("example.json"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind(), ErrorKind::InvalidInput);
    QVERIFY2(parsed.error().message().contains(
                 QStringLiteral("example.json, key \"applicant\": \"name\" names field \"name\", "
                                "which must be required and always shown")),
             qPrintable(parsed.error().message()));
}

void TestCaseTypes::brokenDefinitionIsRefusedNamingFilePlaceAndFault_data()
{
    // Each NAME.json holds one fault; NAME.expected.txt beside it holds the text the message
    // must contain. A key inside the definition could not carry it: unknown keys are faults.
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    const QDir folder(QStringLiteral(CASEDESK_TEST_DATA "/casetypes-bad"));
    const QStringList names = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 16);
    for (const QString& name : names) {
        QFile expectation(
            folder.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".expected.txt")));
        QVERIFY2(expectation.open(QIODevice::ReadOnly),
                 qPrintable(QStringLiteral("no .expected.txt beside ") + name));
        QTest::newRow(qPrintable(name))
            << folder.filePath(name) << QString::fromUtf8(expectation.readAll()).trimmed();
    }
}

void TestCaseTypes::brokenDefinitionIsRefusedNamingFilePlaceAndFault()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto parsed = CaseTypeLoader::parse(file.readAll(), QFileInfo(path).fileName());
    QVERIFY2(!parsed.ok(), "a broken definition was accepted");
    QCOMPARE(parsed.error().kind(), ErrorKind::InvalidInput);
    QVERIFY2(parsed.error().message().contains(expected),
             qPrintable(QStringLiteral("\n   message: ") + parsed.error().message()
                        + QStringLiteral("\n  expected: ") + expected));
}

void TestCaseTypes::duplicateCaseTypeIdAcrossFilesIsRefused()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    for (const QString& name : {QStringLiteral("first.json"), QStringLiteral("second.json")}) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(minimalDefinition(QStringLiteral("example"))) > 0);
    }

    const auto loaded = CaseTypeLoader::loadDirectory(folder.path());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind(), ErrorKind::InvalidInput);
    QVERIFY2(loaded.error().message().contains(QStringLiteral(
                 "first.json and second.json both define the case type \"example\"")),
             qPrintable(loaded.error().message()));
}

void TestCaseTypes::schemaFileIsSkippedWhenLoadingAFolder()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(
        QFile::copy(QDir(CaseTypeLoader::kShippedPath).filePath(CaseTypeLoader::kSchemaFileName),
                    folder.filePath(CaseTypeLoader::kSchemaFileName)));
    QFile file(folder.filePath(QStringLiteral("example.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(minimalDefinition(QStringLiteral("example"))) > 0);
    file.close();

    const auto loaded = CaseTypeLoader::loadDirectory(folder.path());
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().fullText()));
    QCOMPARE(loaded.value().size(), 1);
    QCOMPARE(loaded.value().first().id(), QStringLiteral("example"));
}

void TestCaseTypes::missingFolderIsReportedAsNotFound()
{
    QTemporaryDir folder;
    const auto loaded = CaseTypeLoader::loadDirectory(folder.filePath(QStringLiteral("absent")));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind(), ErrorKind::NotFound);
}

void TestCaseTypes::schemaIsValidJsonAndNamesEveryAcceptedKey()
{
    QFile file(QDir(CaseTypeLoader::kShippedPath).filePath(CaseTypeLoader::kSchemaFileName));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument schema = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(schema.object().value(QStringLiteral("$schema")).toString(),
             QStringLiteral("https://json-schema.org/draft/2020-12/schema"));

    // Every name under any "properties" of the schema, at any depth.
    QSet<QString> documented;
    const std::function<void(const QJsonValue&)> collect = [&](const QJsonValue& value) {
        if (value.isArray()) {
            for (const QJsonValue& item : value.toArray()) {
                collect(item);
            }
            return;
        }
        const QJsonObject object = value.toObject();
        const QJsonObject properties = object.value(QStringLiteral("properties")).toObject();
        for (const QString& key : properties.keys()) {
            documented.insert(key);
        }
        for (const QJsonValue& child : object) {
            collect(child);
        }
    };
    collect(schema.object());

    const QStringList accepted = CaseTypeLoader::acceptedKeys();
    for (const QString& key : accepted) {
        QVERIFY2(documented.contains(key), qPrintable(QStringLiteral("undocumented: ") + key));
    }
    for (const QString& key : documented) {
        QVERIFY2(accepted.contains(key),
                 qPrintable(QStringLiteral("refused by the loader: ") + key));
    }
}

void TestCaseTypes::labelFallsBackToEnglishForOtherLanguages()
{
    const LocalizedText label {QStringLiteral("出生日期"), QStringLiteral("Date of birth")};
    QCOMPARE(label.text(QStringLiteral("zh_CN")), QStringLiteral("出生日期"));
    QCOMPARE(label.text(QStringLiteral("zh-CN")), QStringLiteral("出生日期"));
    QCOMPARE(label.text(QStringLiteral("en")), QStringLiteral("Date of birth"));
    QCOMPARE(label.text(QStringLiteral("fr")), QStringLiteral("Date of birth"));
    QCOMPARE(label.text(QString()), QStringLiteral("Date of birth"));
}

void TestCaseTypes::lookupByUnknownIdAnswersNull()
{
    const auto parsed = CaseTypeLoader::parse(minimalDefinition(QStringLiteral("example")),
                                              QStringLiteral("example.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message()));
    const CaseType& caseType = parsed.value();
    QVERIFY(caseType.field(QStringLiteral("name")));
    QCOMPARE(caseType.field(QStringLiteral("name"))->type, FieldType::Text);
    QVERIFY(!caseType.field(QStringLiteral("nmae")));
    QVERIFY(!caseType.document(QStringLiteral("photo")));
}

QTEST_GUILESS_MAIN(TestCaseTypes)
#include "tst_casetypes.moc"
