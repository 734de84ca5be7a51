#include "PasswordPolicy.h"

#include <algorithm>

namespace casedesk {

namespace {

bool allDigits(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

bool oneRepeatedCharacter(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [&](QChar c) { return c == text.front(); });
}

} // namespace

Result<void> PasswordPolicy::check(const QString& password, const QString& userName)
{
    if (password.size() < kMinimumLength) {
        return Error(
            ErrorKind::InvalidInput,
            tr("The password must be at least %n characters long.", nullptr, kMinimumLength));
    }
    if (allDigits(password)) {
        return Error(ErrorKind::InvalidInput,
                     tr("The password must not be only digits. Use a few words or mix letters "
                        "and digits."));
    }
    if (oneRepeatedCharacter(password)) {
        return Error(ErrorKind::InvalidInput,
                     tr("The password must not repeat a single character."));
    }
    if (!userName.isEmpty() && password.contains(userName, Qt::CaseInsensitive)) {
        return Error(ErrorKind::InvalidInput,
                     tr("The password must not contain the account name."));
    }
    return Result<void>::success();
}

} // namespace casedesk
