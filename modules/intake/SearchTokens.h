#pragma once

#include <QString>
#include <QStringList>

namespace casedesk {

// Turns text into the tokens of the case search index, and a person's query into an FTS4
// MATCH expression over them. The SQLCipher here has no ICU tokenizer, so the index stores
// pre-made tokens for FTS4's simple tokenizer: Chinese, Japanese and Korean text as
// overlapping two-character tokens (张伟明 → 张伟 伟明), Latin letters and digits as
// case-folded words. Numbers (id numbers, phone numbers, case numbers) are stored as one
// compact token and, reversed, behind a marker, so a number is found whole, by its
// beginning, or by its last digits as a prefix search.
class SearchTokens
{
public:
    // Tokens for names, addresses and other free text.
    [[nodiscard]] static QString forText(const QString& text);

    // Tokens for an id number, passport number or phone number: the number itself and
    // its reversed form, so it is found whole, by its beginning or by its last digits.
    [[nodiscard]] static QString forNumber(const QString& number);

    // The whole search row of a case: the applicant's name, id number and phone, and the
    // case number. Every writer of the index uses it, so a case is found the same way
    // whether a clerk took it in or it was generated or imported in bulk.
    [[nodiscard]] static QString forCase(const QString& applicantName,
                                         const QString& idNumber,
                                         const QString& phone,
                                         const QString& caseNumber);

    // The MATCH expression for what a person typed into the search box; every word of the
    // query must match. Empty when the query holds nothing searchable.
    [[nodiscard]] static QString matchExpression(const QString& query);

    // The shortest run of digits searched as "last digits" as well as "first digits".
    static constexpr int kMinimumSuffixDigits = 4;

    // Which way of making tokens this is. Whoever changes what forCase() makes raises it,
    // with a schema migration that empties case_search and deletes search_index_state's row,
    // so SearchIndex indexes every case again.
    static constexpr int kVersion = 1;

private:
    // The MATCH terms of one word of a query, from its runs.
    [[nodiscard]] static QStringList wordTerms(const QStringList& runsOfWord);
    [[nodiscard]] static QString normalized(const QString& text);
    [[nodiscard]] static QStringList runs(const QString& text);
    [[nodiscard]] static bool isCjk(QChar c);
};

} // namespace casedesk
