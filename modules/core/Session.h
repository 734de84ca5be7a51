#pragma once

#include "Role.h"

#include <QString>
#include <QUuid>

namespace casedesk {

// Who is signed in at this workstation.
struct Session
{
    QUuid userId;
    QString userName;
    Role role = Role::Clerk;

    [[nodiscard]] bool may(Permission permission) const { return roleHas(role, permission); }
};

} // namespace casedesk
