#include "intake/CaseTypeLoader.h"
#include "intake/CaseValidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace casedesk;

using Severity = FieldCheck::Severity;

Q_DECLARE_METATYPE(FieldCheck::Severity)

// The rules of the shipped case types applied to whole sets of answers, as the intake form
// does while the clerk types and as an import does for each line: real numbers, right and
// wrong, against the definitions the counter uses.
class TestCaseValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void eachFieldGetsItsVerdict_data();
    void eachFieldGetsItsVerdict();
    void agentFieldsShowAndAreRequiredOnlyWhenAnAgentApplies();
    void aConditionOnAHiddenFieldDoesNotHold();
    void documentsAreRequiredByTheirConditions_data();
    void documentsAreRequiredByTheirConditions();
    void checkListsIssuesInFormOrderAndRefusesUnknownAnswers();
    void warningsDoNotBlockSavingButErrorsDo();
    void normalizedKeepsVisibleAnswersInTheirStoredForm();
    void theApplicantIsBuiltFromTheMappedFields();

private:
    [[nodiscard]] CaseValidator validator(const QString& id) const;
    // Answers that pass every rule of the case type, to vary one at a time.
    [[nodiscard]] static QJsonObject validAnswers(const QString& caseType);

    QList<CaseType> m_caseTypes;
    // The day the tests take place, so a date of birth "in the future" stays in the future.
    const QDate m_today {2026, 3, 1};
};

void TestCaseValidator::initTestCase()
{
    auto loaded = CaseTypeLoader::loadShipped();
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().fullText()));
    m_caseTypes = std::move(loaded).value();
}

CaseValidator TestCaseValidator::validator(const QString& id) const
{
    const auto found = std::find_if(
        m_caseTypes.cbegin(), m_caseTypes.cend(), [&id](const auto& c) { return c.id() == id; });
    if (found == m_caseTypes.cend()) {
        qFatal("no shipped case type %s", qPrintable(id));
    }
    return CaseValidator(*found);
}

QJsonObject TestCaseValidator::validAnswers(const QString& caseType)
{
    if (caseType == QLatin1StringView("pension-enrolment")) {
        return {
            {QStringLiteral("applicant_name"), QStringLiteral("王秀英")},
            {QStringLiteral("id_number"), QStringLiteral("440304198506151237")},
            {QStringLiteral("sex"), QStringLiteral("male")},
            {QStringLiteral("birth_date"), QStringLiteral("1985-06-15")},
            {QStringLiteral("phone"), QStringLiteral("13800138000")},
            {QStringLiteral("household_address"), QStringLiteral("广东省深圳市福田区福华路1号")},
            {QStringLiteral("insurance_type"), QStringLiteral("urban_rural_residents")},
            {QStringLiteral("contribution_grade"), QStringLiteral("500")},
            {QStringLiteral("bank_name"), QStringLiteral("中国工商银行")},
            {QStringLiteral("bank_account"), QStringLiteral("6222020200012345670")},
            {QStringLiteral("applied_by_agent"), QStringLiteral("no")}};
    }
    if (caseType == QLatin1StringView("passport-application")) {
        return {
            {QStringLiteral("name"), QStringLiteral("张三丰")},
            {QStringLiteral("name_pinyin"), QStringLiteral("ZHANG SANFENG")},
            {QStringLiteral("id_number"), QStringLiteral("110101199003077758")},
            {QStringLiteral("sex"), QStringLiteral("male")},
            {QStringLiteral("birth_date"), QStringLiteral("1990-03-07")},
            {QStringLiteral("birth_place"), QStringLiteral("北京")},
            {QStringLiteral("phone"), QStringLiteral("010-62345678")},
            {QStringLiteral("residential_address"), QStringLiteral("北京市海淀区中关村大街1号")},
            {QStringLiteral("emergency_contact_name"), QStringLiteral("李四")},
            {QStringLiteral("emergency_contact_phone"), QStringLiteral("13912345678")},
            {QStringLiteral("application_type"), QStringLiteral("first_issue")}};
    }
    return {{QStringLiteral("enterprise_name"), QStringLiteral("福州示例科技有限公司")},
            {QStringLiteral("credit_code"), QStringLiteral("91350100M000100Y43")},
            {QStringLiteral("legal_rep_name"), QStringLiteral("陈建国")},
            {QStringLiteral("legal_rep_id_number"), QStringLiteral("320102197202284561")},
            {QStringLiteral("change_item"), QStringLiteral("registered_capital")},
            {QStringLiteral("new_registered_capital"), QStringLiteral("1,000,000")},
            {QStringLiteral("contact_name"), QStringLiteral("林小红")},
            {QStringLiteral("contact_phone"), QStringLiteral("0591-87654321")}};
}

void TestCaseValidator::eachFieldGetsItsVerdict_data()
{
    // Each row changes one answer of the valid set and names the verdict on that field;
    // an empty "message" column means the message is not looked at.
    QTest::addColumn<QString>("caseType");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("answer");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("message");

    const QString pension = QStringLiteral("pension-enrolment");
    const QString passport = QStringLiteral("passport-application");
    const QString licence = QStringLiteral("business-licence-change");
    const auto row = [](const char* name,
                        const QString& caseType,
                        const char* field,
                        const QJsonValue& answer,
                        Severity severity,
                        const char* message = "") {
        QTest::newRow(name) << caseType << QString::fromLatin1(field) << answer << severity
                            << QString::fromUtf8(message);
    };

    row("resident id: valid",
        pension,
        "id_number",
        QStringLiteral("440304198506151237"),
        Severity::Ok);
    row("resident id: lower-case x is read as X",
        passport,
        "id_number",
        QStringLiteral("11010519491231002x"),
        Severity::Ok);
    row("resident id: full-width digits",
        pension,
        "id_number",
        QStringLiteral("４４０３０４１９８５０６１５１２３７"),
        Severity::Ok);
    row("resident id: wrong check character",
        pension,
        "id_number",
        QStringLiteral("440304198506151238"),
        Severity::Error,
        "check character");
    row("resident id: 17 characters",
        pension,
        "id_number",
        QStringLiteral("44030419850615123"),
        Severity::Error,
        "18 characters");
    row("resident id: born in the future",
        pension,
        "id_number",
        QStringLiteral("110105202701010016"),
        Severity::Error,
        "future");
    row("resident id: missing",
        pension,
        "id_number",
        QStringLiteral("  "),
        Severity::Error,
        "required");
    row("agent id: wrong check character",
        licence,
        "legal_rep_id_number",
        QStringLiteral("320102197202284562"),
        Severity::Error,
        "check character");

    row("credit code: valid",
        licence,
        "credit_code",
        QStringLiteral("91350100M000100Y43"),
        Severity::Ok);
    row("credit code: lower case is accepted",
        licence,
        "credit_code",
        QStringLiteral("91110108ma01a2b3cf"),
        Severity::Ok);
    row("credit code: wrong check character",
        licence,
        "credit_code",
        QStringLiteral("91350100M000100Y44"),
        Severity::Error,
        "check character");
    row("credit code: letter O is not used",
        licence,
        "credit_code",
        QStringLiteral("91350100MO00100Y43"),
        Severity::Error,
        "except I, O");

    row("mobile: valid", pension, "phone", QStringLiteral("138 0013 8000"), Severity::Ok);
    row("mobile: with country code",
        pension,
        "phone",
        QStringLiteral("+86 13800138000"),
        Severity::Ok);
    row("mobile: ten digits",
        pension,
        "phone",
        QStringLiteral("1380013800"),
        Severity::Error,
        "11 digits");
    row("landline: Beijing", passport, "phone", QStringLiteral("010 6234 5678"), Severity::Ok);
    row("landline: without area code",
        passport,
        "phone",
        QStringLiteral("62345678"),
        Severity::Error,
        "area code");

    row("passport: previous number valid",
        passport,
        "previous_passport_number",
        QStringLiteral("E12345678"),
        Severity::Ok);
    row("passport: previous number of the new series",
        passport,
        "previous_passport_number",
        QStringLiteral("EA1234567"),
        Severity::Ok);
    row("passport: G series has probably expired",
        passport,
        "previous_passport_number",
        QStringLiteral("G12345678"),
        Severity::Warning,
        "no longer issued");
    row("passport: not a passport number",
        passport,
        "previous_passport_number",
        QStringLiteral("X1234567"),
        Severity::Error,
        "E and 8 digits");

    row("date of birth: ISO", pension, "birth_date", QStringLiteral("1985-06-15"), Severity::Ok);
    row("date of birth: Chinese",
        pension,
        "birth_date",
        QStringLiteral("1985年6月15日"),
        Severity::Ok);
    row("date of birth: compact", pension, "birth_date", QStringLiteral("19850615"), Severity::Ok);
    row("date of birth: in the future",
        pension,
        "birth_date",
        QStringLiteral("2026-03-02"),
        Severity::Error,
        "future");
    row("date of birth: not a real date",
        pension,
        "birth_date",
        QStringLiteral("1985-02-30"),
        Severity::Error,
        "real date");
    row("date of birth: differs from the identity number",
        pension,
        "birth_date",
        QStringLiteral("1985-06-16"),
        Severity::Warning,
        "differs");
    row("sex: differs from the identity number",
        pension,
        "sex",
        QStringLiteral("female"),
        Severity::Warning,
        "differs");

    row("money: yuan with separators",
        licence,
        "new_registered_capital",
        QStringLiteral("¥1,000,000.50"),
        Severity::Ok);
    row("money: in fen as a number",
        licence,
        "new_registered_capital",
        QJsonValue(12050),
        Severity::Ok);
    row("money: three decimals",
        licence,
        "new_registered_capital",
        QStringLiteral("12.345"),
        Severity::Error,
        "two decimals");
    row("money: negative",
        licence,
        "new_registered_capital",
        QStringLiteral("-5"),
        Severity::Error,
        "negative");
    row("money: a fraction of a fen",
        licence,
        "new_registered_capital",
        QJsonValue(12.5),
        Severity::Error,
        "whole number of fen");

    row("choice: one of the choices",
        pension,
        "insurance_type",
        QStringLiteral("employees_flexible"),
        Severity::Ok);
    row("choice: not one of the choices",
        pension,
        "insurance_type",
        QStringLiteral("private"),
        Severity::Error,
        "answers offered");
    row("choice: unanswered", pension, "applied_by_agent", QString(), Severity::Error, "Choose");

    row("pattern: pinyin in capitals",
        passport,
        "name_pinyin",
        QStringLiteral("OUYANG XIU"),
        Severity::Ok);
    row("pattern: pinyin in lower case",
        passport,
        "name_pinyin",
        QStringLiteral("ouyang xiu"),
        Severity::Error,
        "the way this field asks");
    row("bank account too short",
        pension,
        "bank_account",
        QStringLiteral("62220212345"),
        Severity::Error,
        "12 to 19 digits");
    row("bank account in groups, as printed on the card",
        pension,
        "bank_account",
        QStringLiteral("6222 0202 0001 2345 670"),
        Severity::Ok);
    row("bank account with a check digit that does not match",
        pension,
        "bank_account",
        QStringLiteral("6222020200012345678"),
        Severity::Warning,
        "Check the number");
    row("max length: a name of 51 characters",
        pension,
        "applicant_name",
        QString(51, QChar(u'王')),
        Severity::Error,
        "at most 50 characters");
    row("text: surrounding spaces do not count",
        pension,
        "applicant_name",
        QStringLiteral("  王秀英  "),
        Severity::Ok);
    row("a number where text is asked",
        pension,
        "applicant_name",
        QJsonValue(5),
        Severity::Error,
        "not text");

    row("optional and empty", pension, "residential_address", QString(), Severity::Ok);
    row("hidden: an agent's wrong number is not checked",
        pension,
        "agent_id_number",
        QStringLiteral("123"),
        Severity::Ok);
}

void TestCaseValidator::eachFieldGetsItsVerdict()
{
    QFETCH(QString, caseType);
    QFETCH(QString, field);
    QFETCH(QJsonValue, answer);
    QFETCH(Severity, severity);
    QFETCH(QString, message);

    QJsonObject answers = validAnswers(caseType);
    if (caseType == QLatin1StringView("passport-application")
        && field == QLatin1StringView("previous_passport_number")) {
        answers.insert(QStringLiteral("application_type"), QStringLiteral("renewal"));
    }
    answers.insert(field, answer);
    const CaseValidator rules = validator(caseType);
    const FieldCheck check = rules.checkField(field, answers, m_today);
    QVERIFY2(
        check.severity == severity,
        qPrintable(QStringLiteral("verdict %1: %2").arg(int(check.severity)).arg(check.message)));
    QVERIFY2(check.message.contains(message), qPrintable(check.message));
    QCOMPARE(check.message.isEmpty(), severity == Severity::Ok);
}

void TestCaseValidator::agentFieldsShowAndAreRequiredOnlyWhenAnAgentApplies()
{
    const CaseValidator rules = validator(QStringLiteral("pension-enrolment"));
    QJsonObject answers = validAnswers(QStringLiteral("pension-enrolment"));
    const QString agentName = QStringLiteral("agent_name");
    QVERIFY(!rules.isVisible(agentName, answers));
    QVERIFY(!rules.isRequired(agentName, answers));

    answers.insert(QStringLiteral("applied_by_agent"), QStringLiteral("yes"));
    QVERIFY(rules.isVisible(agentName, answers));
    QVERIFY(rules.isRequired(agentName, answers));
    const FieldCheck missing = rules.checkField(agentName, answers, m_today);
    QCOMPARE(missing.severity, Severity::Error);
    QVERIFY(rules.checkField(QStringLiteral("agent_id_number"), answers, m_today).blocksSaving());

    answers.insert(agentName, QStringLiteral("王建军"));
    QVERIFY(rules.checkField(agentName, answers, m_today).isOk());
}

void TestCaseValidator::aConditionOnAHiddenFieldDoesNotHold()
{
    // The clerk chose "renewal" and typed the old number, then went back to "first issue":
    // the number is left over and neither shows nor counts.
    const CaseValidator rules = validator(QStringLiteral("passport-application"));
    QJsonObject answers = validAnswers(QStringLiteral("passport-application"));
    answers.insert(QStringLiteral("previous_passport_number"), QStringLiteral("X1"));
    QVERIFY(!rules.isVisible(QStringLiteral("previous_passport_number"), answers));
    QVERIFY(!CaseValidator::blocksSaving(rules.check(answers, m_today)));
    QVERIFY(
        !rules.normalized(answers, m_today).contains(QStringLiteral("previous_passport_number")));

    // A visibility condition whose own field is hidden: the contribution grade asks for the
    // scheme, which shows always; without a scheme answered, the grade is not asked.
    const CaseValidator pension = validator(QStringLiteral("pension-enrolment"));
    QJsonObject pensionAnswers = validAnswers(QStringLiteral("pension-enrolment"));
    pensionAnswers.remove(QStringLiteral("insurance_type"));
    QVERIFY(!pension.isVisible(QStringLiteral("contribution_grade"), pensionAnswers));
    QVERIFY(!pension.isVisible(QStringLiteral("contribution_base"), pensionAnswers));
}

void TestCaseValidator::documentsAreRequiredByTheirConditions_data()
{
    QTest::addColumn<QString>("caseType");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("document");
    QTest::addColumn<bool>("required");
    QTest::newRow("identity card always")
        << QStringLiteral("pension-enrolment") << QStringLiteral("applied_by_agent")
        << QStringLiteral("no") << QStringLiteral("id_card_copy") << true;
    QTest::newRow("no agent, no authorisation")
        << QStringLiteral("pension-enrolment") << QStringLiteral("applied_by_agent")
        << QStringLiteral("no") << QStringLiteral("agent_authorisation") << false;
    QTest::newRow("agent, authorisation")
        << QStringLiteral("pension-enrolment") << QStringLiteral("applied_by_agent")
        << QStringLiteral("yes") << QStringLiteral("agent_authorisation") << true;
    QTest::newRow("bank card never")
        << QStringLiteral("pension-enrolment") << QStringLiteral("applied_by_agent")
        << QStringLiteral("yes") << QStringLiteral("bank_card_copy") << false;
    QTest::newRow("renewal, previous passport")
        << QStringLiteral("passport-application") << QStringLiteral("application_type")
        << QStringLiteral("renewal") << QStringLiteral("previous_passport") << true;
    QTest::newRow("lost, loss report")
        << QStringLiteral("passport-application") << QStringLiteral("application_type")
        << QStringLiteral("lost_or_stolen") << QStringLiteral("loss_report") << true;
    QTest::newRow("first issue, no previous passport")
        << QStringLiteral("passport-application") << QStringLiteral("application_type")
        << QStringLiteral("first_issue") << QStringLiteral("previous_passport") << false;
    QTest::newRow("new address, lease contract")
        << QStringLiteral("business-licence-change") << QStringLiteral("change_item")
        << QStringLiteral("address") << QStringLiteral("new_lease_contract") << true;
    QTest::newRow("new capital, articles amendment")
        << QStringLiteral("business-licence-change") << QStringLiteral("change_item")
        << QStringLiteral("registered_capital") << QStringLiteral("articles_amendment") << true;
    QTest::newRow("new legal representative, no articles amendment")
        << QStringLiteral("business-licence-change") << QStringLiteral("change_item")
        << QStringLiteral("legal_representative") << QStringLiteral("articles_amendment") << false;
}

void TestCaseValidator::documentsAreRequiredByTheirConditions()
{
    QFETCH(QString, caseType);
    QFETCH(QString, field);
    QFETCH(QString, answer);
    QFETCH(QString, document);
    QFETCH(bool, required);
    QJsonObject answers = validAnswers(caseType);
    answers.insert(field, answer);
    QCOMPARE(validator(caseType).isDocumentRequired(document, answers), required);
}

void TestCaseValidator::checkListsIssuesInFormOrderAndRefusesUnknownAnswers()
{
    const CaseValidator rules = validator(QStringLiteral("pension-enrolment"));
    QJsonObject answers = validAnswers(QStringLiteral("pension-enrolment"));
    answers.insert(QStringLiteral("phone"), QStringLiteral("12345"));
    answers.insert(QStringLiteral("applicant_name"), QString());
    answers.insert(QStringLiteral("favourite_colour"), QStringLiteral("blue"));

    const QList<FieldIssue> issues = rules.check(answers, m_today);
    QStringList fields;
    for (const FieldIssue& issue : issues) {
        fields.append(issue.field);
        QVERIFY(issue.check.blocksSaving());
        QVERIFY(!issue.check.message.isEmpty());
        // Messages may reach a log, so they never repeat what was typed.
        QVERIFY(!issue.check.message.contains(QStringLiteral("12345")));
    }
    QCOMPARE(fields,
             QStringList({QStringLiteral("applicant_name"),
                          QStringLiteral("phone"),
                          QStringLiteral("favourite_colour")}));
    QVERIFY(CaseValidator::blocksSaving(issues));
}

void TestCaseValidator::warningsDoNotBlockSavingButErrorsDo()
{
    const CaseValidator rules = validator(QStringLiteral("pension-enrolment"));
    QJsonObject answers = validAnswers(QStringLiteral("pension-enrolment"));
    QVERIFY(rules.check(answers, m_today).isEmpty());

    answers.insert(QStringLiteral("birth_date"), QStringLiteral("1985-06-16"));
    const QList<FieldIssue> warned = rules.check(answers, m_today);
    QCOMPARE(warned.size(), 1);
    QCOMPARE(warned.first().check.severity, Severity::Warning);
    QVERIFY(!CaseValidator::blocksSaving(warned));

    answers.insert(QStringLiteral("bank_account"), QStringLiteral("not a number"));
    QVERIFY(CaseValidator::blocksSaving(rules.check(answers, m_today)));
}

void TestCaseValidator::normalizedKeepsVisibleAnswersInTheirStoredForm()
{
    const CaseValidator rules = validator(QStringLiteral("business-licence-change"));
    QJsonObject answers = validAnswers(QStringLiteral("business-licence-change"));
    answers.insert(QStringLiteral("credit_code"), QStringLiteral("91350100m000100y43"));
    answers.insert(QStringLiteral("contact_phone"), QStringLiteral("0591 8765 4321"));
    answers.insert(QStringLiteral("new_name"), QStringLiteral("left over from another choice"));

    const QJsonObject stored = rules.normalized(answers, m_today);
    QCOMPARE(stored.value(QStringLiteral("credit_code")).toString(),
             QStringLiteral("91350100M000100Y43"));
    QCOMPARE(stored.value(QStringLiteral("contact_phone")).toString(),
             QStringLiteral("0591-87654321"));
    QCOMPARE(stored.value(QStringLiteral("new_registered_capital")).toInteger(), 100000000);
    QVERIFY(!stored.contains(QStringLiteral("new_name")));

    const CaseValidator pension = validator(QStringLiteral("pension-enrolment"));
    QJsonObject pensionAnswers = validAnswers(QStringLiteral("pension-enrolment"));
    pensionAnswers.insert(QStringLiteral("birth_date"), QStringLiteral("1985年6月15日"));
    QCOMPARE(pension.normalized(pensionAnswers, m_today).value(QStringLiteral("birth_date")),
             QJsonValue(QStringLiteral("1985-06-15")));
}

void TestCaseValidator::theApplicantIsBuiltFromTheMappedFields()
{
    QJsonObject person = validAnswers(QStringLiteral("passport-application"));
    person.insert(QStringLiteral("name"), QStringLiteral(" 张三丰 "));
    const Applicant traveller =
        validator(QStringLiteral("passport-application")).applicantFrom(person, m_today);
    QCOMPARE(traveller.name, QStringLiteral("张三丰"));
    QCOMPARE(traveller.idKind, QStringLiteral("resident-id"));
    QCOMPARE(traveller.idNumber, QStringLiteral("110101199003077758"));
    QCOMPARE(traveller.phone, QStringLiteral("010-62345678"));
    QVERIFY(traveller.id.isNull());

    QJsonObject enterprise = validAnswers(QStringLiteral("business-licence-change"));
    enterprise.insert(QStringLiteral("credit_code"), QStringLiteral("91350100m000100y43"));
    const Applicant company =
        validator(QStringLiteral("business-licence-change")).applicantFrom(enterprise, m_today);
    QCOMPARE(company.idKind, QStringLiteral("credit-code"));
    QCOMPARE(company.name, QStringLiteral("福州示例科技有限公司"));
    QCOMPARE(company.idNumber, QStringLiteral("91350100M000100Y43"));
    QCOMPARE(company.phone, QStringLiteral("0591-87654321"));
}

QTEST_GUILESS_MAIN(TestCaseValidator)
#include "tst_casevalidator.moc"
