#include "UserCommand.h"

#include "store/Workstation.h"

namespace casedesk {

QString UserCommand::summary() const
{
    return tr("Manages the workstation's accounts.\n\n"
              "Actions:\n"
              "  list                    list the accounts\n"
              "  add NAME --role ROLE    add an account; its password is the second line of "
              "standard input\n"
              "  passwd NAME             set a new password, read from the second line of "
              "standard input\n"
              "  disable NAME            stop an account from signing in\n"
              "  enable NAME             let a disabled account sign in again, with a new "
              "password read from the second line of standard input\n\n"
              "Roles: clerk, hearing-secretary, supervisor, administrator.");
}

int UserCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, true);
    const QCommandLineOption role(
        QStringLiteral("role"), tr("The new account's role."), tr("role"));
    parser.addOption(role);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("list, add, passwd, disable or enable."));
    parser.addPositionalArgument(
        QStringLiteral("name"), tr("The account the action is about."), QStringLiteral("[name]"));
    if (const int code = parse(parser, arguments); code >= 0) {
        return code;
    }

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString userName = positional.value(1);
    static const QStringList actions = {QStringLiteral("list"),
                                        QStringLiteral("add"),
                                        QStringLiteral("passwd"),
                                        QStringLiteral("disable"),
                                        QStringLiteral("enable")};
    if (!actions.contains(action)) {
        return usageError(action.isEmpty()
                              ? tr("Name an action: %1.").arg(actions.join(QStringLiteral(", ")))
                              : tr("Unknown action \"%1\".").arg(action));
    }
    if (action != QStringLiteral("list") && (userName.isEmpty() || positional.size() > 2)) {
        return usageError(tr("Name exactly one account for '%1'.").arg(action));
    }
    if (!parser.isSet(QStringLiteral("password-stdin"))) {
        return usageError(tr("Give your password on standard input with --password-stdin."));
    }

    const auto session = signIn(parser);
    if (!session) {
        return fail(session.error());
    }
    if (action == QStringLiteral("list")) {
        return list(session.value());
    }
    if (action == QStringLiteral("add")) {
        return add(session.value(), userName, parser.value(role));
    }
    if (action == QStringLiteral("passwd")) {
        return changePassword(session.value(), userName);
    }
    if (action == QStringLiteral("enable")) {
        return enable(session.value(), userName);
    }
    return disable(session.value(), userName);
}

int UserCommand::list(const Session& actor)
{
    const auto users = m_workstation->users(actor);
    if (!users) {
        return fail(users.error());
    }
    for (const UserRecord& user : users.value()) {
        QString state = tr("active");
        if (user.disabled) {
            state = tr("disabled");
        } else if (m_workstation->isLockedOut(user.name)) {
            state = tr("locked");
        }
        print(QStringLiteral("%1\t%2\t%3").arg(user.name, roleId(user.role), state));
    }
    return ExitSuccess;
}

int UserCommand::add(const Session& actor, const QString& userName, const QString& roleName)
{
    const auto role = roleFromId(roleName);
    if (!role) {
        return usageError(roleName.isEmpty()
                              ? tr("Give the new account a role with --role.")
                              : tr("Unknown role \"%1\". Roles: clerk, hearing-secretary, "
                                   "supervisor, administrator.")
                                    .arg(roleName));
    }
    const auto password = readPassword(tr("Password for the new account %1: ").arg(userName));
    if (!password) {
        return fail(password.error());
    }
    const auto added = m_workstation->addUser(actor, userName, *role, password.value());
    if (!added) {
        return fail(added.error());
    }
    print(tr("Account %1 added as %2.").arg(added.value().name, roleDisplayName(*role)));
    return ExitSuccess;
}

int UserCommand::changePassword(const Session& actor, const QString& userName)
{
    const auto password = readPassword(tr("New password for %1: ").arg(userName));
    if (!password) {
        return fail(password.error());
    }
    if (const auto changed = m_workstation->changePassword(actor, userName, password.value());
        !changed) {
        return fail(changed.error());
    }
    print(tr("The password of %1 was changed.").arg(userName));
    return ExitSuccess;
}

int UserCommand::disable(const Session& actor, const QString& userName)
{
    if (const auto changed = m_workstation->disableUser(actor, userName); !changed) {
        return fail(changed.error());
    }
    print(tr("Account %1 is disabled.").arg(userName));
    return ExitSuccess;
}

int UserCommand::enable(const Session& actor, const QString& userName)
{
    const auto password = readPassword(tr("New password for %1: ").arg(userName));
    if (!password) {
        return fail(password.error());
    }
    if (const auto changed = m_workstation->enableUser(actor, userName, password.value());
        !changed) {
        return fail(changed.error());
    }
    print(tr("Account %1 is enabled.").arg(userName));
    return ExitSuccess;
}

} // namespace casedesk
