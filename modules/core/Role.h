#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

// The four kinds of people who use a workstation.
enum class Role
{
    Clerk, // takes in cases, runs checks, prints receipts
    HearingSecretary, // records hearings
    Supervisor, // approves batches, overrides checks, resolves conflicts
    Administrator, // manages users, devices and settings
};

// What a role may do. Checked in the logic layer before anything is done, not only by
// hiding buttons.
enum class Permission
{
    TakeInCases,
    ViewCases,
    RecordHearings,
    ApproveCases,
    OverrideChecks,
    ResolveConflicts,
    ViewDashboard,
    ManageUsers,
    ManageSettings,
};

// The parts of the desk a person can navigate to.
enum class Area
{
    Cases,
    Intake,
    Hearings,
    Approvals,
    Dashboard,
    Users,
    Settings,
};

// Stable identifiers used in files, the command line and the wire format.
[[nodiscard]] QString roleId(Role role);
[[nodiscard]] std::optional<Role> roleFromId(const QString& id);
[[nodiscard]] QList<Role> allRoles();

// The role's name in the user's language.
[[nodiscard]] QString roleDisplayName(Role role);

[[nodiscard]] bool roleHas(Role role, Permission permission);

// The permission an area needs.
[[nodiscard]] Permission permissionFor(Area area);

// The areas a role sees, in navigation order.
[[nodiscard]] QList<Area> areasFor(Role role);

} // namespace casedesk
