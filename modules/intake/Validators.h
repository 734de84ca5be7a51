#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <utility>

namespace casedesk {

// The verdict on one field of an application, as the clerk typed it.
struct FieldCheck
{
    enum class Severity
    {
        Ok,
        Warning, // shown to the clerk, but the case may still be saved
        Error, // the case cannot be saved until the field is corrected
    };

    Severity severity = Severity::Ok;
    // Translated, written for the clerk, and empty when Ok. It never repeats the value,
    // because identity numbers are personal data and messages can end up in a log.
    QString message;
    // The value as it should be stored; empty when Error, because such a value is not stored.
    QString normalized;

    [[nodiscard]] static FieldCheck passed(QString normalized)
    {
        return {Severity::Ok, {}, std::move(normalized)};
    }
    [[nodiscard]] static FieldCheck warned(QString message, QString normalized)
    {
        return {Severity::Warning, std::move(message), std::move(normalized)};
    }
    [[nodiscard]] static FieldCheck failed(QString message)
    {
        return {Severity::Error, std::move(message), {}};
    }

    [[nodiscard]] bool isOk() const { return severity == Severity::Ok; }
    [[nodiscard]] bool blocksSaving() const { return severity == Severity::Error; }
};

// Catches wrong numbers while the citizen is still at the counter: identity and passport
// numbers, phone numbers, credit codes, dates and amounts of money. An empty value is an
// Error; whether a field may be left empty is for the form to decide before it asks.
class Validators
{
    Q_DECLARE_TR_FUNCTIONS(Validators)

public:
    // Amounts are limited to 10 billion yuan so that sums of many fees still fit in qint64.
    static constexpr qint64 kMaximumFen = 1'000'000'000'000;

    // Full-width digits, letters and punctuation become ASCII and every space is removed,
    // as clerks' Chinese input methods and copied documents produce both.
    [[nodiscard]] static QString normalizeNumber(const QString& text);

    // Resident identity number (GB 11643-1999), 18 characters; normalized in upper case.
    [[nodiscard]] static FieldCheck checkResidentId(const QString& text, const QDate& today);
    // Read from a number checkResidentId accepted; nullopt when the text is not shaped
    // like an 18-character identity number or holds no real date.
    [[nodiscard]] static std::optional<QDate> birthDateFromResidentId(const QString& normalized);
    [[nodiscard]] static std::optional<bool> isMaleFromResidentId(const QString& normalized);

    // Passport of the People's Republic of China (ordinary, diplomatic, service, public affairs).
    [[nodiscard]] static FieldCheck checkPassportNumber(const QString& text);

    // Mainland mobile number, normalized to its 11 digits without country code.
    [[nodiscard]] static FieldCheck checkMobilePhone(const QString& text);
    // A mobile number, or a landline with its area code, normalized as "010-12345678".
    [[nodiscard]] static FieldCheck checkPhone(const QString& text);

    // Unified social credit code of an organisation (GB 32100-2015); normalized in upper case.
    [[nodiscard]] static FieldCheck checkUnifiedSocialCreditCode(const QString& text);

    // A bank card or social security card account, 12 to 19 digits, as printed in groups;
    // normalized to its digits. A wrong Luhn check digit is a warning, not an error,
    // because older passbook accounts carry none.
    [[nodiscard]] static FieldCheck checkBankCardNumber(const QString& text);

    // Normalized as ISO 8601 ("1985-06-15").
    [[nodiscard]] static FieldCheck checkBirthDate(const QDate& date, const QDate& today);
    // Normalized as the expiry date in ISO 8601.
    [[nodiscard]] static FieldCheck checkExpiryAfterIssue(const QDate& issue, const QDate& expiry);
    // Reads "2026-03-01", "2026/3/1", "2026.3.1", "20260301" and "2026年3月1日".
    [[nodiscard]] static std::optional<QDate> parseDate(const QString& text);

    // An amount in yuan such as "¥1,200.50", normalized as whole fen ("120050").
    [[nodiscard]] static FieldCheck checkMoney(const QString& text);
    // Whole fen shown as yuan with thousands separators: 120050 becomes "1,200.50".
    [[nodiscard]] static QString formatFen(qint64 fen);

    // Runs the check a case type names for a field (see knownChecksumRules()).
    [[nodiscard]] static FieldCheck
    checkByRule(const QString& rule, const QString& text, const QDate& today);
};

} // namespace casedesk
