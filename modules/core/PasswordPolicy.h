#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace casedesk {

// The rules a new password must meet. Long passphrases are preferred over symbol
// rules: at least 10 characters, not only digits, not the account name, and not a
// run of one repeated character.
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)

public:
    static constexpr int kMinimumLength = 10;

    [[nodiscard]] static Result<void> check(const QString& password, const QString& userName);
};

} // namespace casedesk
