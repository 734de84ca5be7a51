#pragma once

#include "Result.h"
#include "Session.h"

namespace casedesk {

// Checks a person's credentials. The desk signs in and unlocks through this interface,
// so it does not depend on where accounts are kept.
class Authenticator
{
public:
    virtual ~Authenticator() = default;

    // Checks the name and password and returns the session they open. A failure says
    // whether the password was wrong or the account is locked, without telling which
    // names exist.
    [[nodiscard]] virtual Result<Session> signIn(const QString& userName,
                                                 const QString& password) = 0;
};

} // namespace casedesk
