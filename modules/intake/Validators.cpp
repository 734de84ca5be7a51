#include "Validators.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace casedesk {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// QChar::isDigit() also accepts Arabic-Indic and other digits, which no Chinese number holds.
bool isAsciiDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isAsciiDigit);
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

std::optional<QDate> dateFromDigits(QStringView yyyymmdd)
{
    if (yyyymmdd.size() != 8 || !isAsciiDigits(yyyymmdd)) {
        return std::nullopt;
    }
    const QDate date(yyyymmdd.left(4).toInt(), yyyymmdd.mid(4, 2).toInt(), yyyymmdd.mid(6).toInt());
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date;
}

bool isOlderThan120Years(const QDate& birth, const QDate& today)
{
    return birth < today.addYears(-120);
}

constexpr qsizetype kResidentIdLength = 18;
constexpr int kEarliestResidentBirthYear = 1890;

bool isProvinceCode(int code)
{
    const auto within = [code](int first, int last) {
        return code >= first && code <= last;
    };
    return within(11, 15) || within(21, 23) || within(31, 37) || within(41, 46) || within(50, 54)
        || within(61, 65) || code == 71 || within(81, 83);
}

// The shape checkResidentId demands before it looks at the meaning of the digits.
bool hasResidentIdShape(QStringView id)
{
    return id.size() == kResidentIdLength && isAsciiDigits(id.left(17))
        && (isAsciiDigit(id.back()) || id.back() == u'X');
}

// ISO 7064 MOD 11-2 over the first 17 digits.
QChar residentIdCheckCharacter(QStringView id)
{
    static constexpr std::array<int, 17> weights {
        7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        sum += digitValue(id.at(qsizetype(i))) * weights[i];
    }
    const int check = (12 - sum % 11) % 11;
    return check == 10 ? QChar(u'X') : QChar(char16_t(u'0' + check));
}

// I, O, Z, S and V are left out because they are easily mistaken for digits and other letters.
const QString kCreditCodeAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

QChar creditCodeCheckCharacter(QStringView code)
{
    static constexpr std::array<int, 17> weights {
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        sum += int(kCreditCodeAlphabet.indexOf(code.at(qsizetype(i)))) * weights[i];
    }
    return kCreditCodeAlphabet.at((31 - sum % 31) % 31);
}

// Digits of a phone number without spaces, dashes, brackets or the country code +86 / 0086.
QString phoneDigits(const QString& text)
{
    QString digits = Validators::normalizeNumber(text);
    digits.remove(u'-');
    digits.remove(u'(');
    digits.remove(u')');
    for (const QString& countryCode : {QStringLiteral("+86"), QStringLiteral("0086")}) {
        if (digits.startsWith(countryCode)) {
            return digits.mid(countryCode.size());
        }
    }
    return digits;
}

// Beijing (010) and the large cities 020 to 029 have three-digit area codes; every other area
// code has four, so the split is known even when the clerk typed no dash.
qsizetype areaCodeLength(QStringView digits)
{
    if (digits.startsWith(u"010") || digits.startsWith(u"02")) {
        return 3;
    }
    if (digits.size() >= 2 && digits.at(0) == u'0' && digits.at(1) >= u'3') {
        return 4;
    }
    return 0;
}

} // namespace

QString Validators::normalizeNumber(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace()) {
            continue;
        }
        // The full-width forms U+FF01 to U+FF5E mirror ASCII U+0021 to U+007E in order.
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E) {
            result.append(QChar(char16_t(c.unicode() - 0xFEE0)));
        } else {
            result.append(c);
        }
    }
    return result;
}

FieldCheck Validators::checkResidentId(const QString& text, const QDate& today)
{
    const QString id = normalizeNumber(text).toUpper();
    if (id.isEmpty()) {
        return FieldCheck::failed(tr("Enter the identity number."));
    }
    if (id.size() == 15 && isAsciiDigits(id)) {
        return FieldCheck::failed(
            tr("This is an old 15-digit identity number; it must be converted to the "
               "18-character form. Enter the number on the current identity card."));
    }
    if (id.size() != kResidentIdLength) {
        return FieldCheck::failed(tr(
            "An identity number has 18 characters, but this one has %n.", nullptr, int(id.size())));
    }
    if (!hasResidentIdShape(id)) {
        return FieldCheck::failed(
            tr("An identity number has only digits, with X allowed as the last "
               "character: check for a mistyped letter."));
    }

    const int province = QStringView(id).left(2).toInt();
    if (!isProvinceCode(province)) {
        return FieldCheck::failed(
            tr("The first two digits are not a province code: check the start of the "
               "number."));
    }
    if (province >= 81 && QStringView(id).mid(2, 4) != QLatin1String("0000")) {
        return FieldCheck::failed(
            tr("A residence permit for Hong Kong, Macao or Taiwan residents has four "
               "zeros after the first two digits: check the start of the number."));
    }

    const std::optional<QDate> birth = dateFromDigits(QStringView(id).mid(6, 8));
    if (!birth) {
        return FieldCheck::failed(
            tr("Digits 7 to 14 are not a real date of birth: check the year, month "
               "and day."));
    }
    if (birth->year() < kEarliestResidentBirthYear) {
        return FieldCheck::failed(
            tr("Digits 7 to 14 give a year of birth before 1890: check the year."));
    }
    if (*birth > today) {
        return FieldCheck::failed(
            tr("Digits 7 to 14 give a date of birth in the future: check the year, "
               "month and day."));
    }

    if (residentIdCheckCharacter(id) != id.back()) {
        return FieldCheck::failed(
            tr("The check character does not match: one digit may be mistyped, or two "
               "digits swapped."));
    }

    // Checked last so that a plain typing mistake is reported before this doubt.
    if (isOlderThan120Years(*birth, today)) {
        return FieldCheck::warned(
            tr("The date of birth in the number is more than 120 years ago: check the "
               "year."),
            id);
    }
    return FieldCheck::passed(id);
}

std::optional<QDate> Validators::birthDateFromResidentId(const QString& normalized)
{
    const QString id = normalizeNumber(normalized).toUpper();
    if (!hasResidentIdShape(id)) {
        return std::nullopt;
    }
    return dateFromDigits(QStringView(id).mid(6, 8));
}

std::optional<bool> Validators::isMaleFromResidentId(const QString& normalized)
{
    const QString id = normalizeNumber(normalized).toUpper();
    if (!hasResidentIdShape(id)) {
        return std::nullopt;
    }
    // The sequence number is odd for men and even for women.
    return digitValue(id.at(16)) % 2 == 1;
}

FieldCheck Validators::checkPassportNumber(const QString& text)
{
    static const QRegularExpression ordinary(QStringLiteral("^E(?:[0-9]{8}|[A-HJ-NP-Z][0-9]{7})$"));
    static const QRegularExpression official(QStringLiteral("^[DSP][0-9]{7}$"));
    static const QRegularExpression beforeElectronic(QStringLiteral("^G[0-9]{8}$"));

    const QString number = normalizeNumber(text).toUpper();
    if (number.isEmpty()) {
        return FieldCheck::failed(tr("Enter the passport number."));
    }
    if (ordinary.match(number).hasMatch() || official.match(number).hasMatch()) {
        return FieldCheck::passed(number);
    }
    if (beforeElectronic.match(number).hasMatch()) {
        return FieldCheck::warned(
            tr("Passports with a number beginning with G are no longer issued, so this "
               "one has probably expired: check the expiry date."),
            number);
    }
    return FieldCheck::failed(
        tr("A passport number is E and 8 digits, or E, a letter and 7 digits (D, S or P "
           "and 7 digits for official passports): check the number."));
}

FieldCheck Validators::checkMobilePhone(const QString& text)
{
    const QString digits = phoneDigits(text);
    if (digits.isEmpty()) {
        return FieldCheck::failed(tr("Enter the mobile number."));
    }
    if (!isAsciiDigits(digits)) {
        return FieldCheck::failed(
            tr("A mobile number has only digits; spaces and dashes are allowed between "
               "them."));
    }
    if (digits.size() != 11) {
        return FieldCheck::failed(
            tr("A mobile number has 11 digits, but this one has %n.", nullptr, int(digits.size())));
    }
    if (digits.at(0) != u'1' || digits.at(1) < u'3') {
        return FieldCheck::failed(
            tr("A mobile number begins with 13 to 19: check the first digits."));
    }
    return FieldCheck::passed(digits);
}

FieldCheck Validators::checkPhone(const QString& text)
{
    const QString digits = phoneDigits(text);
    if (digits.isEmpty()) {
        return FieldCheck::failed(tr("Enter the phone number."));
    }
    if (digits.startsWith(u'1')) {
        return checkMobilePhone(text);
    }
    if (!isAsciiDigits(digits)) {
        return FieldCheck::failed(
            tr("A phone number has only digits; spaces and dashes are allowed between "
               "them."));
    }
    if (!digits.startsWith(u'0')) {
        return FieldCheck::failed(
            tr("Enter the area code before a landline number, for example 010 for "
               "Beijing."));
    }

    const qsizetype areaLength = areaCodeLength(digits);
    if (areaLength == 0) {
        return FieldCheck::failed(
            tr("The area code is not valid: check the digits after the first 0."));
    }
    const QString local = digits.mid(areaLength);
    if (local.size() < 7 || local.size() > 8) {
        return FieldCheck::failed(
            tr("A landline number has 7 or 8 digits after the area code: check for a "
               "missing or extra digit."));
    }
    // A 0 after the area code is nearly always the area code's own 0 typed twice.
    if (local.startsWith(u'0')) {
        return FieldCheck::failed(
            tr("A landline number does not begin with 0 after the area code: check the "
               "area code."));
    }
    return FieldCheck::passed(digits.left(areaLength) + u'-' + local);
}

FieldCheck Validators::checkUnifiedSocialCreditCode(const QString& text)
{
    const QString code = normalizeNumber(text).toUpper();
    if (code.isEmpty()) {
        return FieldCheck::failed(tr("Enter the unified social credit code."));
    }
    if (code.size() != 18) {
        return FieldCheck::failed(
            tr("A unified social credit code has 18 characters, but this one has %n.",
               nullptr,
               int(code.size())));
    }
    const bool knownCharacters = std::all_of(
        code.cbegin(), code.cend(), [](QChar c) { return kCreditCodeAlphabet.contains(c); });
    if (!knownCharacters) {
        return FieldCheck::failed(
            tr("A unified social credit code has digits and capital letters except I, "
               "O, S, V and Z: check for a mistyped letter."));
    }
    if (creditCodeCheckCharacter(code) != code.back()) {
        return FieldCheck::failed(
            tr("The check character does not match: one character may be mistyped, or "
               "two characters swapped."));
    }
    return FieldCheck::passed(code);
}

FieldCheck Validators::checkBirthDate(const QDate& date, const QDate& today)
{
    if (!date.isValid()) {
        return FieldCheck::failed(tr("Enter a real date of birth."));
    }
    if (date > today) {
        return FieldCheck::failed(
            tr("The date of birth is in the future: check the year, month and day."));
    }
    const QString normalized = date.toString(Qt::ISODate);
    if (isOlderThan120Years(date, today)) {
        return FieldCheck::warned(
            tr("The date of birth is more than 120 years ago: check the year."), normalized);
    }
    return FieldCheck::passed(normalized);
}

FieldCheck Validators::checkExpiryAfterIssue(const QDate& issue, const QDate& expiry)
{
    if (!issue.isValid() || !expiry.isValid()) {
        return FieldCheck::failed(tr("Enter both the date of issue and the date of expiry."));
    }
    if (expiry <= issue) {
        return FieldCheck::failed(
            tr("The date of expiry must be after the date of issue: check both "
               "dates."));
    }
    return FieldCheck::passed(expiry.toString(Qt::ISODate));
}

std::optional<QDate> Validators::parseDate(const QString& text)
{
    static const QRegularExpression separated(
        QStringLiteral("^(?<year>[0-9]{4})(?<separator>[-/.])(?<month>[0-9]{1,2})"
                       "\\k<separator>(?<day>[0-9]{1,2})$"));
    static const QRegularExpression compact(
        QStringLiteral("^(?<year>[0-9]{4})(?<month>[0-9]{2})(?<day>[0-9]{2})$"));
    static const QRegularExpression chinese(
        QStringLiteral("^(?<year>[0-9]{4})年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日?$"));

    const QString normalized = normalizeNumber(text);
    for (const QRegularExpression* pattern : {&separated, &compact, &chinese}) {
        const QRegularExpressionMatch match = pattern->match(normalized);
        if (!match.hasMatch()) {
            continue;
        }
        const QDate date(match.capturedView(u"year").toInt(),
                         match.capturedView(u"month").toInt(),
                         match.capturedView(u"day").toInt());
        if (!date.isValid()) {
            return std::nullopt;
        }
        return date;
    }
    return std::nullopt;
}

FieldCheck Validators::checkMoney(const QString& text)
{
    static const QRegularExpression amountPattern(
        QStringLiteral("^([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.([0-9]+))?$"));

    QString amount = normalizeNumber(text);
    // The half-width ¥ and the full-width ￥ are both common before an amount, 元 after it.
    if (amount.startsWith(u'\u00A5') || amount.startsWith(u'\uFFE5')) {
        amount.remove(0, 1);
    }
    if (amount.endsWith(u'\u5143')) {
        amount.chop(1);
    }
    if (amount.isEmpty()) {
        return FieldCheck::failed(tr("Enter the amount."));
    }
    if (amount.startsWith(u'-')) {
        return FieldCheck::failed(tr("An amount cannot be negative."));
    }

    const QRegularExpressionMatch match = amountPattern.match(amount);
    if (!match.hasMatch()) {
        return FieldCheck::failed(
            tr("Enter the amount in yuan with digits, for example 85 or 1,350.50."));
    }
    const QString decimals = match.captured(2);
    if (decimals.size() > 2) {
        return FieldCheck::failed(tr("An amount has at most two decimals: check the number."));
    }

    QString yuan = match.captured(1);
    yuan.remove(u',');
    // Leading zeros are harmless, but must not count against the length limit below.
    while (yuan.size() > 1 && yuan.startsWith(u'0')) {
        yuan.remove(0, 1);
    }
    // More digits than the limit has would overflow before the comparison could catch it.
    constexpr qsizetype kMaximumYuanDigits = 11;
    const qint64 fen = yuan.size() > kMaximumYuanDigits
        ? kMaximumFen + 1
        : yuan.toLongLong() * 100 + decimals.leftJustified(2, u'0').toLongLong();
    if (fen > kMaximumFen) {
        return FieldCheck::failed(
            tr("The amount is larger than 10 billion yuan: check the number."));
    }
    return FieldCheck::passed(QString::number(fen));
}

QString Validators::formatFen(qint64 fen)
{
    // Unsigned so that the smallest qint64 can be negated too.
    const quint64 magnitude = fen < 0 ? quint64(0) - quint64(fen) : quint64(fen);
    QString yuan = QString::number(magnitude / 100);
    for (qsizetype i = yuan.size() - 3; i > 0; i -= 3) {
        yuan.insert(i, u',');
    }
    return QStringLiteral("%1%2.%3").arg(
        fen < 0 ? QStringLiteral("-") : QString(),
        yuan,
        QStringLiteral("%1").arg(magnitude % 100, 2, 10, QChar(u'0')));
}

FieldCheck Validators::checkBankCardNumber(const QString& text)
{
    const QString digits = normalizeNumber(text).remove(QLatin1Char('-'));
    if (digits.isEmpty()) {
        return FieldCheck::failed(tr("Enter the account number."));
    }
    if (!isAsciiDigits(digits)) {
        return FieldCheck::failed(tr("An account number holds digits only."));
    }
    if (digits.size() < 12 || digits.size() > 19) {
        return FieldCheck::failed(tr("An account number has 12 to 19 digits, but this one has %n.",
                                     nullptr,
                                     int(digits.size())));
    }
    // Luhn: from the right, every second digit doubled, its digits summed.
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        int digit = digitValue(digits.at(digits.size() - 1 - i));
        if (i % 2 == 1) {
            digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        }
        sum += digit;
    }
    if (sum % 10 != 0) {
        return FieldCheck::warned(
            tr("The last digit does not match the rest of the account number. Check "
               "the number against the card with the citizen."),
            digits);
    }
    return FieldCheck::passed(digits);
}

FieldCheck Validators::checkByRule(const QString& rule, const QString& text, const QDate& today)
{
    if (rule == QLatin1String("bank-card")) {
        return checkBankCardNumber(text);
    }
    if (rule == QLatin1String("gb11643")) {
        return checkResidentId(text, today);
    }
    if (rule == QLatin1String("gb32100")) {
        return checkUnifiedSocialCreditCode(text);
    }
    if (rule == QLatin1String("passport")) {
        return checkPassportNumber(text);
    }
    // Case types are read from files, so a misspelt rule reaches here at run time; refusing the
    // value keeps an unchecked number from being saved as if it had been checked.
    return FieldCheck::failed(
        tr("This field names a check the program does not know, so its value cannot be "
           "accepted. Ask the administrator to correct the case type."));
}

} // namespace casedesk
