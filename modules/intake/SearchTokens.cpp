#include "SearchTokens.h"

#include <algorithm>

namespace casedesk {

namespace {

// Marks a reversed number so it never mixes with ordinary words.
const QString kReversedMarker = QStringLiteral("r");

QString reversed(const QString& text)
{
    QString copy = text;
    std::reverse(copy.begin(), copy.end());
    return copy;
}

QStringList bigrams(const QString& run)
{
    if (run.size() == 1) {
        return {run};
    }
    QStringList tokens;
    for (qsizetype i = 0; i + 1 < run.size(); ++i) {
        tokens.append(run.mid(i, 2));
    }
    return tokens;
}

} // namespace

bool SearchTokens::isCjk(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}

QString SearchTokens::normalized(const QString& text)
{
    // NFKC turns full-width letters and digits into ASCII ones.
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QStringList SearchTokens::runs(const QString& text)
{
    QStringList result;
    QString current;
    bool currentIsCjk = false;
    const auto flush = [&] {
        if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    };
    for (const QChar c : text) {
        const bool cjk = isCjk(c);
        const bool word = !cjk && c.isLetterOrNumber();
        if (!cjk && !word) {
            flush();
            continue;
        }
        if (!current.isEmpty() && cjk != currentIsCjk) {
            flush();
        }
        currentIsCjk = cjk;
        current.append(c);
    }
    flush();
    return result;
}

QString SearchTokens::forText(const QString& text)
{
    QStringList tokens;
    for (const QString& run : runs(normalized(text))) {
        if (isCjk(run.front())) {
            tokens.append(bigrams(run));
        } else {
            tokens.append(run);
        }
    }
    return tokens.join(QLatin1Char(' '));
}

QString SearchTokens::forNumber(const QString& number)
{
    const QString compact = runs(normalized(number)).join(QString());
    if (compact.isEmpty()) {
        return {};
    }
    return compact + QLatin1Char(' ') + kReversedMarker + reversed(compact);
}

QString SearchTokens::forCase(const QString& applicantName,
                              const QString& idNumber,
                              const QString& phone,
                              const QString& caseNumber)
{
    return forText(applicantName) + QLatin1Char(' ') + forNumber(idNumber) + QLatin1Char(' ')
        + forNumber(phone) + QLatin1Char(' ') + forNumber(caseNumber);
}

QString SearchTokens::matchExpression(const QString& query)
{
    QStringList terms;
    const QStringList words =
        normalized(query).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        const QStringList parts = runs(word);
        // A word of several runs is a number written with dashes or spaces (a case number
        // "P-1A2B3C4D-20261203-0042", a phone "010-62345678") or a hyphenated name. Numbers
        // are indexed as one compact token and its reverse, so they are found whole, by
        // their beginning or by their end; a name's parts must follow each other as typed.
        const bool joined =
            parts.size() > 1 && std::none_of(parts.cbegin(), parts.cend(), [](const QString& run) {
                return isCjk(run.front());
            });
        if (joined) {
            const QString compact = parts.join(QString());
            if (std::any_of(
                    compact.cbegin(), compact.cend(), [](QChar c) { return c.isDigit(); })) {
                terms.append(compact + QStringLiteral("* OR ") + kReversedMarker + reversed(compact)
                             + QLatin1Char('*'));
            } else {
                terms.append(QLatin1Char('"') + parts.join(QLatin1Char(' '))
                             + QStringLiteral("*\""));
            }
        } else {
            terms.append(wordTerms(parts));
        }
    }
    return terms.join(QLatin1Char(' '));
}

QStringList SearchTokens::wordTerms(const QStringList& runsOfWord)
{
    QStringList terms;
    for (const QString& run : runsOfWord) {
        if (isCjk(run.front())) {
            const QStringList parts = bigrams(run);
            // One character matches every two-character token it starts; longer runs
            // must appear as written, so their tokens form a phrase.
            terms.append(run.size() == 1
                             ? run + QLatin1Char('*')
                             : QLatin1Char('"') + parts.join(QLatin1Char(' ')) + QLatin1Char('"'));
            continue;
        }
        const bool digits = std::all_of(
            run.cbegin(), run.cend(), [](QChar c) { return c.isDigit() || c == QLatin1Char('x'); });
        if (digits && run.size() >= kMinimumSuffixDigits) {
            terms.append(run + QStringLiteral("* OR ") + kReversedMarker + reversed(run)
                         + QLatin1Char('*'));
        } else {
            terms.append(run + QLatin1Char('*'));
        }
    }
    return terms;
}

} // namespace casedesk
