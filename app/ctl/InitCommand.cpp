#include "InitCommand.h"

#include "core/Clock.h"
#include "store/DataDirectory.h"
#include "store/Workstation.h"

#include <QRandomGenerator>

namespace casedesk {

namespace {

// A password that passes the policy, readable enough to copy from the screen.
QString generatePassword()
{
    static const QString alphabet = QStringLiteral("abcdefghjkmnpqrstuvwxyz23456789");
    QString password;
    for (int group = 0; group < 3; ++group) {
        if (group > 0) {
            password += QLatin1Char('-');
        }
        for (int i = 0; i < 4; ++i) {
            password += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
        }
    }
    return password;
}

} // namespace

QString InitCommand::summary() const
{
    return tr("Sets up a new workstation in the data folder: its first administrator, whose "
              "password is read from standard input. With --demo, sets up a demonstration "
              "workstation with one account per role and prints their passwords once.");
}

int InitCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, false);
    const QCommandLineOption admin(
        QStringLiteral("admin"), tr("The first administrator's user name."), tr("name"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        tr("Read the administrator's password from the first line of standard input."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Set up a demonstration workstation instead."));
    const QCommandLineOption office(QStringLiteral("office"),
                                    tr("The office the workstation serves."),
                                    tr("name"),
                                    tr("Demonstration office"));
    parser.addOption(admin);
    parser.addOption(passwordStdin);
    parser.addOption(demo);
    parser.addOption(office);
    if (const int code = parse(parser, arguments); code >= 0) {
        return code;
    }

    if (!parser.isSet(demo) && !parser.isSet(admin)) {
        return usageError(tr("Name the first administrator with --admin NAME, or use --demo."));
    }
    if (parser.isSet(admin) && !parser.isSet(passwordStdin)) {
        return usageError(tr("Give the administrator's password on standard input with "
                             "--password-stdin."));
    }

    const auto directory = dataDirectory(parser);
    if (!directory) {
        return fail(directory.error());
    }
    if (directory.value().isSetUp()) {
        return fail(Error(ErrorKind::InvalidInput,
                          tr("A workstation is already set up in %1. Nothing was changed.")
                              .arg(directory.value().path())));
    }

    if (parser.isSet(demo)) {
        return initDemo(directory.value(), parser.value(office));
    }

    const auto password = readPassword(tr("Password for %1: ").arg(parser.value(admin)));
    if (!password) {
        return fail(password.error());
    }
    const auto setUp = Workstation::setUp(directory.value(),
                                          SystemClock::instance(),
                                          parser.value(office),
                                          parser.value(admin),
                                          password.value(),
                                          Argon2idParams::calibrate());
    if (!setUp) {
        return fail(setUp.error());
    }
    print(tr("Workstation set up in %1 with administrator %2.")
              .arg(directory.value().path(), parser.value(admin)));
    return ExitSuccess;
}

int InitCommand::initDemo(const DataDirectory& directory, const QString& office)
{
    struct DemoAccount
    {
        QString name;
        Role role;
    };
    const QList<DemoAccount> demoAccounts = {{QStringLiteral("admin"), Role::Administrator},
                                             {QStringLiteral("clerk"), Role::Clerk},
                                             {QStringLiteral("secretary"), Role::HearingSecretary},
                                             {QStringLiteral("supervisor"), Role::Supervisor}};

    const Argon2idParams params = Argon2idParams::calibrate();
    QList<QStringList> rows;
    Workstation workstation(directory, SystemClock::instance());
    workstation.setSlotParams(params);
    Session administrator;
    for (const DemoAccount& demoAccount : demoAccounts) {
        const QString password = generatePassword();
        if (demoAccount.role == Role::Administrator) {
            const auto setUp = Workstation::setUp(
                directory, SystemClock::instance(), office, demoAccount.name, password, params);
            if (!setUp) {
                return fail(setUp.error());
            }
            const auto session = workstation.signIn(demoAccount.name, password);
            if (!session) {
                return fail(session.error());
            }
            administrator = session.value();
        } else if (const auto added = workstation.addUser(
                       administrator, demoAccount.name, demoAccount.role, password);
                   !added) {
            return fail(added.error());
        }
        rows.append({demoAccount.name, roleDisplayName(demoAccount.role), password});
    }

    print(tr("Demonstration workstation set up. These passwords are shown only now:"));
    for (const QStringList& row : std::as_const(rows)) {
        print(
            QStringLiteral("  %1  %2  %3").arg(row.at(0), -12).arg(row.at(1), -20).arg(row.at(2)));
    }
    return ExitSuccess;
}

} // namespace casedesk
