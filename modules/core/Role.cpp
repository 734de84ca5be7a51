#include "Role.h"

#include <QCoreApplication>

namespace casedesk {

QString roleId(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::HearingSecretary:
        return QStringLiteral("hearing-secretary");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Role> roleFromId(const QString& id)
{
    for (Role role : allRoles()) {
        if (roleId(role) == id) {
            return role;
        }
    }
    return std::nullopt;
}

QList<Role> allRoles()
{
    return {Role::Clerk, Role::HearingSecretary, Role::Supervisor, Role::Administrator};
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("casedesk::Role", "Clerk");
    case Role::HearingSecretary:
        return QCoreApplication::translate("casedesk::Role", "Hearing secretary");
    case Role::Supervisor:
        return QCoreApplication::translate("casedesk::Role", "Supervisor");
    case Role::Administrator:
        return QCoreApplication::translate("casedesk::Role", "Administrator");
    }
    Q_UNREACHABLE();
    return {};
}

bool roleHas(Role role, Permission permission)
{
    switch (permission) {
    case Permission::TakeInCases:
        return role == Role::Clerk;
    case Permission::ViewCases:
        return role == Role::Clerk || role == Role::Supervisor;
    case Permission::RecordHearings:
        return role == Role::HearingSecretary;
    case Permission::ApproveCases:
    case Permission::OverrideChecks:
    case Permission::ResolveConflicts:
    case Permission::ViewDashboard:
        return role == Role::Supervisor;
    case Permission::ManageUsers:
    case Permission::ManageSettings:
        return role == Role::Administrator;
    }
    return false;
}

Permission permissionFor(Area area)
{
    switch (area) {
    case Area::Cases:
        return Permission::ViewCases;
    case Area::Intake:
        return Permission::TakeInCases;
    case Area::Hearings:
        return Permission::RecordHearings;
    case Area::Approvals:
        return Permission::ApproveCases;
    case Area::Dashboard:
        return Permission::ViewDashboard;
    case Area::Users:
        return Permission::ManageUsers;
    case Area::Settings:
        return Permission::ManageSettings;
    }
    Q_UNREACHABLE();
    return Permission::ManageSettings;
}

QList<Area> areasFor(Role role)
{
    static const QList<Area> order = {Area::Cases,
                                      Area::Intake,
                                      Area::Hearings,
                                      Area::Approvals,
                                      Area::Dashboard,
                                      Area::Users,
                                      Area::Settings};
    QList<Area> areas;
    for (Area area : order) {
        if (roleHas(role, permissionFor(area))) {
            areas.append(area);
        }
    }
    return areas;
}

} // namespace casedesk
