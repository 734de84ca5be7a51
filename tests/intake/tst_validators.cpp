#include "intake/ChecksumRules.h"
#include "intake/Validators.h"

#include <QRegularExpression>
#include <QTest>

#include <limits>

using namespace casedesk;
using Severity = FieldCheck::Severity;

// The field checks catch the typing mistakes a clerk makes at the counter, and let every real
// number through however it was typed. Valid numbers are real: published samples, or numbers
// whose check character is worked out in the comment beside them. "Today" is always the fixed
// kToday, never the computer's clock.
class TestValidators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void residentIdIsJudged_data();
    void residentIdIsJudged();
    void birthDateAndSexAreReadFromResidentId_data();
    void birthDateAndSexAreReadFromResidentId();
    void passportNumberIsJudged_data();
    void passportNumberIsJudged();
    void mobilePhoneIsJudged_data();
    void mobilePhoneIsJudged();
    void phoneIsJudgedAndLandlinesGetTheirDash_data();
    void phoneIsJudgedAndLandlinesGetTheirDash();
    void unifiedSocialCreditCodeIsJudged_data();
    void unifiedSocialCreditCodeIsJudged();
    void bankCardNumberIsJudged_data();
    void bankCardNumberIsJudged();
    void birthDateIsJudged_data();
    void birthDateIsJudged();
    void expiryMustComeAfterIssue_data();
    void expiryMustComeAfterIssue();
    void datesAreReadInTheFormsClerksType_data();
    void datesAreReadInTheFormsClerksType();
    void moneyIsReadIntoWholeFen_data();
    void moneyIsReadIntoWholeFen();
    void fenAreShownAsYuanWithThousandsSeparators_data();
    void fenAreShownAsYuanWithThousandsSeparators();
    void ruleNameChoosesTheCheck_data();
    void ruleNameChoosesTheCheck();
    void everyKnownRuleHasACheck();

private:
    static void addVerdictColumns();
    static void verifyVerdict(const FieldCheck& check, const QString& input);
};

namespace {

const QDate kToday(2026, 3, 1);

QString describe(const FieldCheck& check)
{
    static const char* const names[] = {"Ok", "Warning", "Error"};
    return QStringLiteral("%1: \"%2\"")
        .arg(QLatin1String(names[int(check.severity)]), check.message);
}

} // namespace

// Every verdict test has the columns "input", "severity" and "normalized", in this order.
void TestValidators::addVerdictColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("normalized");
}

// Compares with the row's expectation, and makes sure the message, which can end up in a log,
// neither repeats the value nor holds a run of digits long enough to be part of a number.
void TestValidators::verifyVerdict(const FieldCheck& check, const QString& input)
{
    QFETCH(Severity, severity);
    QFETCH(QString, normalized);
    QVERIFY2(check.severity == severity, qPrintable(describe(check)));
    QCOMPARE(check.normalized, normalized);
    QCOMPARE(check.message.isEmpty(), severity == Severity::Ok);

    static const QRegularExpression digitRun(QStringLiteral("[0-9]{5,}"));
    QVERIFY2(!digitRun.match(check.message).hasMatch(), qPrintable(check.message));
    for (const QString& value :
         {input.trimmed(), Validators::normalizeNumber(input), check.normalized}) {
        QVERIFY2(value.isEmpty() || !check.message.contains(value, Qt::CaseInsensitive),
                 qPrintable(check.message));
    }
}

void TestValidators::residentIdIsJudged_data()
{
    addVerdictColumns();
    const QString sample = QStringLiteral("11010519491231002X");
    const auto ok = [](const char* name, const QString& input, const QString& normalized) {
        QTest::newRow(name) << input << Severity::Ok << normalized;
    };
    const auto error = [](const char* name, const QString& input) {
        QTest::newRow(name) << input << Severity::Error << QString();
    };

    // The published sample: weighted sum 167, 167 mod 11 = 2, (12 - 2) mod 11 = 10, written X.
    ok("published sample ending in X", sample, sample);
    ok("lowercase x", QStringLiteral("11010519491231002x"), sample);
    ok("full-width digits and X", QStringLiteral("１１０１０５１９４９１２３１００２Ｘ"), sample);
    ok("full-width lowercase x", QStringLiteral("１１０１０５１９４９１２３１００２ｘ"), sample);
    ok("spaces between the groups", QStringLiteral(" 110105 19491231 002X "), sample);
    // Sum 248, mod 11 = 6, (12 - 6) mod 11 = 6.
    ok("digit as check character",
       QStringLiteral("440304199003072136"),
       QStringLiteral("440304199003072136"));
    // Sum 170, mod 11 = 5, check 7.
    ok("born on a leap day",
       QStringLiteral("310115202002290047"),
       QStringLiteral("310115202002290047"));
    // Sum 109, mod 11 = 10, check 2.
    ok("born today", QStringLiteral("110105202603010012"), QStringLiteral("110105202603010012"));
    // Sum 230, mod 11 = 10, check 2.
    ok("Hong Kong residence permit",
       QStringLiteral("810000198506150012"),
       QStringLiteral("810000198506150012"));
    // Sum 133, mod 11 = 1, check 0.
    ok("province code 71",
       QStringLiteral("710000198001010010"),
       QStringLiteral("710000198001010010"));

    // Sum 162, mod 11 = 8, check 4; born 1905, 121 years before kToday.
    QTest::newRow("born more than 120 years ago")
        << QStringLiteral("450102190501012344") << Severity::Warning
        << QStringLiteral("450102190501012344");
    // Sum 161, mod 11 = 7, check 5.
    QTest::newRow("born on the earliest date allowed")
        << QStringLiteral("510107189001010035") << Severity::Warning
        << QStringLiteral("510107189001010035");

    // The first 17 digits would need the check characters 8, 6, 6 and 9 respectively.
    error("one sequence digit changed", QStringLiteral("11010519491231003X"));
    error("one region digit changed", QStringLiteral("11010619491231002X"));
    error("adjacent sequence digits swapped", QStringLiteral("11010519491231020X"));
    error("month and day digits swapped into a real date", QStringLiteral("11010519491213002X"));
    error("wrong check character", QStringLiteral("110105194912310021"));
    // In the following rows the check character is right, so only the named fault is left.
    // Sum 185, check 3.
    error("impossible date 1999-02-30", QStringLiteral("110105199902300023"));
    // Sum 114, check 8; born the day after kToday.
    error("born in the future", QStringLiteral("110105202603020018"));
    // Sum 253, check 1.
    error("born before 1890", QStringLiteral("450102188912311231"));
    // Sum 295, check 3.
    error("unknown province code", QStringLiteral("990105194912310023"));
    // Sum 234, check 9.
    error("residence permit with a city code", QStringLiteral("810001198506150019"));

    error("17 characters", QStringLiteral("11010519491231002"));
    error("19 characters", QStringLiteral("11010519491231002X1"));
    error("old 15-digit number", QStringLiteral("110105491231002"));
    error("letter among the digits", QStringLiteral("1101051949123A002X"));
    error("X before the end", QStringLiteral("1101051949123100X2"));
    error("empty", QString());
    error("only spaces", QStringLiteral("   "));
}

void TestValidators::residentIdIsJudged()
{
    QFETCH(QString, input);
    verifyVerdict(Validators::checkResidentId(input, kToday), input);
}

void TestValidators::birthDateAndSexAreReadFromResidentId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDate>("birthDate"); // invalid when none can be read
    QTest::addColumn<int>("male"); // 1 man, 0 woman, -1 none can be read

    QTest::newRow("woman, even 17th digit")
        << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31) << 0;
    QTest::newRow("man, odd 17th digit")
        << QStringLiteral("440304199003072136") << QDate(1990, 3, 7) << 1;
    QTest::newRow("lowercase x") << QStringLiteral("11010519491231002x") << QDate(1949, 12, 31)
                                 << 0;
    QTest::newRow("full-width digits")
        << QStringLiteral("４４０３０４１９９００３０７２１３６") << QDate(1990, 3, 7) << 1;
    QTest::newRow("impossible date leaves the sex readable")
        << QStringLiteral("110105199902300023") << QDate() << 0;
    QTest::newRow("too short") << QStringLiteral("1101051949123100") << QDate() << -1;
    QTest::newRow("old 15-digit number") << QStringLiteral("110105491231002") << QDate() << -1;
    QTest::newRow("empty") << QString() << QDate() << -1;
}

void TestValidators::birthDateAndSexAreReadFromResidentId()
{
    QFETCH(QString, id);
    QFETCH(QDate, birthDate);
    QFETCH(int, male);

    const std::optional<QDate> readDate = Validators::birthDateFromResidentId(id);
    QCOMPARE(readDate.has_value(), birthDate.isValid());
    if (readDate) {
        QCOMPARE(*readDate, birthDate);
    }

    const std::optional<bool> readMale = Validators::isMaleFromResidentId(id);
    QCOMPARE(readMale.has_value(), male >= 0);
    if (readMale) {
        QCOMPARE(*readMale, male == 1);
    }
}

void TestValidators::passportNumberIsJudged_data()
{
    addVerdictColumns();
    const auto ok = [](const char* name, const char* input, const char* normalized) {
        QTest::newRow(name) << QString::fromUtf8(input) << Severity::Ok
                            << QString::fromLatin1(normalized);
    };
    const auto error = [](const char* name, const char* input) {
        QTest::newRow(name) << QString::fromUtf8(input) << Severity::Error << QString();
    };

    ok("E and 8 digits", "E12345678", "E12345678");
    ok("E, a letter and 7 digits", "EA1234567", "EA1234567");
    ok("lowercase letters", "ea1234567", "EA1234567");
    ok("full-width", "Ｅ１２３４５６７８", "E12345678");
    ok("spaces", "E 1234 5678", "E12345678");
    ok("diplomatic", "D1234567", "D1234567");
    ok("service", "S1234567", "S1234567");
    ok("public affairs", "P1234567", "P1234567");
    QTest::newRow("old G passport")
        << QStringLiteral("G12345678") << Severity::Warning << QStringLiteral("G12345678");
    error("E with the letter I, read as 1", "EI1234567");
    error("E with the letter O, read as 0", "EO1234567");
    error("E and 7 digits", "E1234567");
    error("E and 9 digits", "E123456789");
    error("unknown first letter", "A12345678");
    error("diplomatic with 8 digits", "D12345678");
    error("G and 7 digits", "G1234567");
    error("empty", "");
}

void TestValidators::passportNumberIsJudged()
{
    QFETCH(QString, input);
    verifyVerdict(Validators::checkPassportNumber(input), input);
}

void TestValidators::mobilePhoneIsJudged_data()
{
    addVerdictColumns();
    const QString number = QStringLiteral("13812345678");
    const auto row =
        [](const char* name, const char* input, Severity severity, QString normalized) {
            QTest::newRow(name) << QString::fromUtf8(input) << severity << normalized;
        };

    row("11 digits", "13812345678", Severity::Ok, number);
    row("19 prefix", "19912345678", Severity::Ok, QStringLiteral("19912345678"));
    row("grouped with spaces", "138 1234 5678", Severity::Ok, number);
    row("grouped with dashes", "138-1234-5678", Severity::Ok, number);
    row("+86 prefix", "+86 138 1234 5678", Severity::Ok, number);
    row("0086 prefix", "0086-13812345678", Severity::Ok, number);
    row("full-width digits", "１３８１２３４５６７８", Severity::Ok, number);
    row("second digit 2", "12812345678", Severity::Error, {});
    row("does not begin with 1", "23812345678", Severity::Error, {});
    row("10 digits", "1381234567", Severity::Error, {});
    row("12 digits", "138123456789", Severity::Error, {});
    row("a letter", "1381234567a", Severity::Error, {});
    row("landline", "010-12345678", Severity::Error, {});
    row("empty", "", Severity::Error, {});
}

void TestValidators::mobilePhoneIsJudged()
{
    QFETCH(QString, input);
    verifyVerdict(Validators::checkMobilePhone(input), input);
}

void TestValidators::phoneIsJudgedAndLandlinesGetTheirDash_data()
{
    addVerdictColumns();
    const auto row =
        [](const char* name, const char* input, Severity severity, const char* normalized) {
            QTest::newRow(name) << QString::fromUtf8(input) << severity
                                << QString::fromLatin1(normalized);
        };

    row("Beijing with dash", "010-12345678", Severity::Ok, "010-12345678");
    row("Beijing without dash", "01012345678", Severity::Ok, "010-12345678");
    row("Shanghai with spaces", "021 6123 4567", Severity::Ok, "021-61234567");
    row("four-digit area code, 7 digits", "0755-2345678", Severity::Ok, "0755-2345678");
    row("four-digit area code without dash", "075523456789", Severity::Ok, "0755-23456789");
    row("area code in brackets", "（0871）6512345", Severity::Ok, "0871-6512345");
    row("mobile number", "138 1234 5678", Severity::Ok, "13812345678");
    row("no area code", "62345678", Severity::Error, "");
    row("area code 011 does not exist", "011-62345678", Severity::Error, "");
    row("6 digits after the area code", "010-623456", Severity::Error, "");
    row("9 digits after the area code", "010-623456789", Severity::Error, "");
    row("local number beginning with 0", "021-01234567", Severity::Error, "");
    row("wrong mobile number", "1281234567", Severity::Error, "");
    row("letters", "010-6234567a", Severity::Error, "");
    row("empty", "", Severity::Error, "");
}

void TestValidators::phoneIsJudgedAndLandlinesGetTheirDash()
{
    QFETCH(QString, input);
    verifyVerdict(Validators::checkPhone(input), input);
}

void TestValidators::unifiedSocialCreditCodeIsJudged_data()
{
    addVerdictColumns();
    const QString sample = QStringLiteral("91350100M000100Y43");
    const auto ok = [](const char* name, const char* input, const QString& normalized) {
        QTest::newRow(name) << QString::fromUtf8(input) << Severity::Ok << normalized;
    };
    const auto error = [](const char* name, const char* input) {
        QTest::newRow(name) << QString::fromUtf8(input) << Severity::Error << QString();
    };

    // The published sample: values 9 1 3 5 0 1 0 0 M=21 0 0 0 1 0 0 Y=30 4 give the weighted
    // sum 1640, 1640 mod 31 = 28, 31 - 28 = 3.
    ok("published sample", "91350100M000100Y43", sample);
    // One less in the 17th place lowers the sum by its weight 28 to 1612 = 52 * 31, so the
    // check value is 31, written 0.
    ok("check value 31 written as 0", "91350100M000100Y30", QStringLiteral("91350100M000100Y30"));
    // Sum 538, 538 mod 31 = 11, 31 - 11 = 20, which is L.
    ok("only digits before the check letter",
       "91110000600037341L",
       QStringLiteral("91110000600037341L"));
    ok("lowercase letters", "91350100m000100y43", sample);
    ok("full-width", "９１３５０１００Ｍ０００１００Ｙ４３", sample);
    ok("spaces between groups", "9135 0100 M000 100Y 43", sample);

    error("wrong check character", "91350100M000100Y44");
    error("one digit changed", "91350100M000200Y43");
    error("adjacent characters swapped", "91350100M000010Y43");
    error("letter I", "91350100I000100Y43");
    error("letter O", "91350100M000100O43");
    error("letter S", "91350100S000100Y43");
    error("letter V", "91350100V000100Y43");
    error("letter Z", "91350100Z000100Y43");
    error("17 characters", "91350100M000100Y4");
    error("19 characters", "91350100M000100Y431");
    error("punctuation", "91350100M000100Y-3");
    error("empty", "");
}

void TestValidators::unifiedSocialCreditCodeIsJudged()
{
    QFETCH(QString, input);
    verifyVerdict(Validators::checkUnifiedSocialCreditCode(input), input);
}

void TestValidators::bankCardNumberIsJudged_data()
{
    addVerdictColumns();
    const QString card = QStringLiteral("6222020200012345670");
    QTest::newRow("19 digits") << card << Severity::Ok << card;
    QTest::newRow("in groups of four, as printed")
        << QStringLiteral("6222 0202 0001 2345 670") << Severity::Ok << card;
    QTest::newRow("full-width") << QStringLiteral("６２２２０２０２０００１２３４５６７０")
                                << Severity::Ok << card;
    QTest::newRow("16 digits") << QStringLiteral("6217000000001236") << Severity::Ok
                               << QStringLiteral("6217000000001236");
    // One digit wrong: the check digit no longer matches, but old accounts carry none.
    QTest::newRow("check digit does not match")
        << QStringLiteral("6222020200012345678") << Severity::Warning
        << QStringLiteral("6222020200012345678");
    QTest::newRow("11 digits") << QStringLiteral("62220202000") << Severity::Error << QString();
    QTest::newRow("20 digits") << QStringLiteral("62220202000123456701") << Severity::Error
                               << QString();
    QTest::newRow("a letter") << QStringLiteral("6222O20200012345670") << Severity::Error
                              << QString();
    QTest::newRow("empty") << QString() << Severity::Error << QString();
}

void TestValidators::bankCardNumberIsJudged()
{
    QFETCH(QString, input);
    verifyVerdict(Validators::checkBankCardNumber(input), input);
}

void TestValidators::birthDateIsJudged_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("ordinary") << QDate(1985, 6, 15) << Severity::Ok << QStringLiteral("1985-06-15");
    QTest::newRow("today") << kToday << Severity::Ok << QStringLiteral("2026-03-01");
    QTest::newRow("exactly 120 years ago")
        << QDate(1906, 3, 1) << Severity::Ok << QStringLiteral("1906-03-01");
    QTest::newRow("a day more than 120 years ago")
        << QDate(1906, 2, 28) << Severity::Warning << QStringLiteral("1906-02-28");
    QTest::newRow("tomorrow") << QDate(2026, 3, 2) << Severity::Error << QString();
    QTest::newRow("next year") << QDate(2027, 1, 1) << Severity::Error << QString();
    QTest::newRow("no date") << QDate() << Severity::Error << QString();
}

void TestValidators::birthDateIsJudged()
{
    QFETCH(QDate, date);
    verifyVerdict(Validators::checkBirthDate(date, kToday), date.toString(Qt::ISODate));
}

void TestValidators::expiryMustComeAfterIssue_data()
{
    QTest::addColumn<QDate>("issue");
    QTest::addColumn<QDate>("expiry");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("ten years later")
        << QDate(2020, 1, 1) << QDate(2030, 1, 1) << Severity::Ok << QStringLiteral("2030-01-01");
    QTest::newRow("the next day") << QDate(2020, 1, 1) << QDate(2020, 1, 2) << Severity::Ok
                                  << QStringLiteral("2020-01-02");
    QTest::newRow("the same day") << QDate(2020, 1, 1) << QDate(2020, 1, 1) << Severity::Error
                                  << QString();
    QTest::newRow("dates swapped")
        << QDate(2030, 1, 1) << QDate(2020, 1, 1) << Severity::Error << QString();
    QTest::newRow("no issue date") << QDate() << QDate(2030, 1, 1) << Severity::Error << QString();
    QTest::newRow("no expiry date") << QDate(2020, 1, 1) << QDate() << Severity::Error << QString();
}

void TestValidators::expiryMustComeAfterIssue()
{
    QFETCH(QDate, issue);
    QFETCH(QDate, expiry);
    verifyVerdict(Validators::checkExpiryAfterIssue(issue, expiry), expiry.toString(Qt::ISODate));
}

void TestValidators::datesAreReadInTheFormsClerksType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date"); // invalid when the text must be refused

    const QDate march1(2026, 3, 1);
    QTest::newRow("ISO") << QStringLiteral("2026-03-01") << march1;
    QTest::newRow("slashes without zeros") << QStringLiteral("2026/3/1") << march1;
    QTest::newRow("dots") << QStringLiteral("2026.3.1") << march1;
    QTest::newRow("eight digits") << QStringLiteral("20260301") << march1;
    QTest::newRow("Chinese") << QStringLiteral("2026年3月1日") << march1;
    QTest::newRow("Chinese with zeros") << QStringLiteral("2026年03月01日") << march1;
    QTest::newRow("Chinese without the day sign") << QStringLiteral("2026年3月1") << march1;
    QTest::newRow("full-width") << QStringLiteral("２０２６－０３－０１") << march1;
    QTest::newRow("surrounding spaces") << QStringLiteral(" 2026-03-01 ") << march1;
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
    QTest::newRow("February 30") << QStringLiteral("2026-02-30") << QDate();
    QTest::newRow("month 13") << QStringLiteral("2026-13-01") << QDate();
    QTest::newRow("impossible eight digits") << QStringLiteral("19990230") << QDate();
    QTest::newRow("mixed separators") << QStringLiteral("2026-3/1") << QDate();
    QTest::newRow("two-digit year") << QStringLiteral("26-3-1") << QDate();
    QTest::newRow("words") << QStringLiteral("tomorrow") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestValidators::datesAreReadInTheFormsClerksType()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const std::optional<QDate> read = Validators::parseDate(text);
    QCOMPARE(read.has_value(), date.isValid());
    if (read) {
        QCOMPARE(*read, date);
    }
}

void TestValidators::moneyIsReadIntoWholeFen_data()
{
    addVerdictColumns();
    const auto ok = [](const char* name, const char* input, const char* fen) {
        QTest::newRow(name) << QString::fromUtf8(input) << Severity::Ok << QString::fromLatin1(fen);
    };
    const auto error = [](const char* name, const char* input) {
        QTest::newRow(name) << QString::fromUtf8(input) << Severity::Error << QString();
    };

    ok("whole yuan", "120", "12000");
    ok("one decimal", "120.5", "12050");
    ok("two decimals", "120.50", "12050");
    ok("yuan sign", "¥120.50", "12050");
    ok("full-width yuan sign", "￥120.50", "12050");
    ok("yuan character after", "120元", "12000");
    ok("thousands separators", "1,200.00", "120000");
    ok("full-width digits", "１２０", "12000");
    ok("full-width comma and point", "１，２００．５０", "120050");
    ok("one fen", "0.01", "1");
    ok("zero", "0", "0");
    ok("leading zeros", "007", "700");
    ok("the largest amount", "10000000000", "1000000000000");
    ok("the largest amount with separators and zero fen", "10,000,000,000.00", "1000000000000");
    error("three decimals", "120.505");
    error("negative", "-5");
    error("negative with yuan sign", "¥-5");
    error("one fen over the largest amount", "10000000000.01");
    error("too many digits for any integer", "99999999999999999999999");
    error("separator in the wrong place", "1,20");
    error("two points", "12.3.4");
    error("point without decimals", "120.");
    error("words", "abc");
    error("only the yuan sign", "¥");
    error("empty", "");
}

void TestValidators::moneyIsReadIntoWholeFen()
{
    QFETCH(QString, input);
    verifyVerdict(Validators::checkMoney(input), input);
}

void TestValidators::fenAreShownAsYuanWithThousandsSeparators_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("five fen") << qint64(5) << QStringLiteral("0.05");
    QTest::newRow("one yuan") << qint64(100) << QStringLiteral("1.00");
    QTest::newRow("three-digit yuan") << qint64(12050) << QStringLiteral("120.50");
    QTest::newRow("thousands") << qint64(120050) << QStringLiteral("1,200.50");
    QTest::newRow("millions") << qint64(123456789) << QStringLiteral("1,234,567.89");
    QTest::newRow("the largest amount")
        << Validators::kMaximumFen << QStringLiteral("10,000,000,000.00");
    QTest::newRow("negative") << qint64(-120050) << QStringLiteral("-1,200.50");
    QTest::newRow("smallest qint64")
        << std::numeric_limits<qint64>::min() << QStringLiteral("-92,233,720,368,547,758.08");
}

void TestValidators::fenAreShownAsYuanWithThousandsSeparators()
{
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(Validators::formatFen(fen), text);
}

void TestValidators::ruleNameChoosesTheCheck_data()
{
    QTest::addColumn<QString>("rule");
    addVerdictColumns();

    const QString residentId = QStringLiteral("11010519491231002X");
    const QString creditCode = QStringLiteral("91350100M000100Y43");
    QTest::newRow("gb11643 accepts a resident id")
        << QStringLiteral("gb11643") << residentId << Severity::Ok << residentId;
    QTest::newRow("gb11643 refuses a credit code")
        << QStringLiteral("gb11643") << creditCode << Severity::Error << QString();
    QTest::newRow("gb32100 accepts a credit code")
        << QStringLiteral("gb32100") << creditCode << Severity::Ok << creditCode;
    QTest::newRow("gb32100 refuses a resident id")
        << QStringLiteral("gb32100") << residentId << Severity::Error << QString();
    QTest::newRow("passport accepts a passport number")
        << QStringLiteral("passport") << QStringLiteral("e12345678") << Severity::Ok
        << QStringLiteral("E12345678");
    QTest::newRow("passport warns about a G passport")
        << QStringLiteral("passport") << QStringLiteral("G12345678") << Severity::Warning
        << QStringLiteral("G12345678");
    QTest::newRow("bank-card accepts an account number")
        << QStringLiteral("bank-card") << QStringLiteral("6217 0000 0000 1236") << Severity::Ok
        << QStringLiteral("6217000000001236");
    QTest::newRow("unknown rule") << QStringLiteral("iban") << residentId << Severity::Error
                                  << QString();
    QTest::newRow("rule names are case-sensitive")
        << QStringLiteral("GB11643") << residentId << Severity::Error << QString();
    QTest::newRow("no rule") << QString() << residentId << Severity::Error << QString();
}

void TestValidators::ruleNameChoosesTheCheck()
{
    QFETCH(QString, rule);
    QFETCH(QString, input);
    verifyVerdict(Validators::checkByRule(rule, input, kToday), input);
}

// A rule added to knownChecksumRules() without a check would refuse every value of its field.
void TestValidators::everyKnownRuleHasACheck()
{
    const QString unknownRule =
        Validators::checkByRule(QStringLiteral("no such rule"), QString(), kToday).message;
    for (const QString& rule : knownChecksumRules()) {
        const FieldCheck check = Validators::checkByRule(rule, QString(), kToday);
        QVERIFY2(check.message != unknownRule, qPrintable(rule));
    }
}

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
