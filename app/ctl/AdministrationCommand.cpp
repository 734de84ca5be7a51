#include "AdministrationCommand.h"

#include "store/Workstation.h"

#include <QFileInfo>

namespace casedesk {

AdministrationCommand::AdministrationCommand(Action action)
    : m_action(action)
{ }

QString AdministrationCommand::name() const
{
    switch (m_action) {
    case Action::Verify:
        return QStringLiteral("verify");
    case Action::Rekey:
        return QStringLiteral("rekey");
    case Action::Backup:
        return QStringLiteral("backup");
    }
    return {};
}

QString AdministrationCommand::brief() const
{
    switch (m_action) {
    case Action::Verify:
        return tr("Check the database, the audit journal and the schema");
    case Action::Rekey:
        return tr("Re-encrypt the database with a new key");
    case Action::Backup:
        return tr("Write a consistent encrypted copy of the database");
    }
    return {};
}

QString AdministrationCommand::synopsis() const
{
    const QString signIn = QStringLiteral("--user NAME --password-stdin [--data-dir DIR]");
    return m_action == Action::Backup ? name() + QStringLiteral(" FILE ") + signIn
                                      : name() + QLatin1Char(' ') + signIn;
}

QString AdministrationCommand::summary() const
{
    switch (m_action) {
    case Action::Verify:
        return tr("Checks the database file page by page, recomputes the audit journal's hash "
                  "chain and compares the schema version with this program's. Exits with 5 and "
                  "names the first broken audit row when something is wrong.");
    case Action::Rekey:
        return tr("Makes a new random database key, re-encrypts the database with it and "
                  "reseals it to every account's key slot. Passwords stay as they are.");
    case Action::Backup:
        return tr("Writes a consistent encrypted copy of the database to FILE and the key file "
                  "to FILE.keys, also while the desk is in use. Keep both together: restored "
                  "side by side as casedesk.db and casedesk.keys, they open with the passwords "
                  "of the time of the backup.");
    }
    return {};
}

int AdministrationCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, true);
    if (m_action == Action::Backup) {
        parser.addPositionalArgument(QStringLiteral("file"), tr("Where to write the backup."));
    }
    if (const int code = parse(parser, arguments); code >= 0) {
        return code;
    }
    const QStringList positional = parser.positionalArguments();
    if (m_action == Action::Backup && positional.size() != 1) {
        return usageError(tr("Name the one file to write the backup to."));
    }
    if (m_action != Action::Backup && !positional.isEmpty()) {
        return usageError(tr("Unexpected argument \"%1\".").arg(positional.first()));
    }
    if (!parser.isSet(QStringLiteral("password-stdin"))) {
        return usageError(tr("Give your password on standard input with --password-stdin."));
    }

    const auto session = signIn(parser);
    if (!session) {
        return fail(session.error());
    }
    switch (m_action) {
    case Action::Verify:
        return verify(session.value());
    case Action::Rekey:
        if (const auto rekeyed = m_workstation->rekey(session.value()); !rekeyed) {
            return fail(rekeyed.error());
        }
        print(tr("The database is encrypted with a new key. Backups taken before now still "
                 "open with their own key files."));
        return ExitSuccess;
    case Action::Backup:
        return backup(session.value(), QFileInfo(positional.first()).absoluteFilePath());
    }
    return ExitFailure;
}

int AdministrationCommand::verify(const Session& actor)
{
    const auto report = m_workstation->verify(actor);
    if (!report) {
        return fail(report.error());
    }
    const Workstation::VerifyReport& found = report.value();
    print(tr("Database file: %1").arg(found.integrity.join(QStringLiteral("; "))));
    print(tr("Audit journal: %n row(s)", nullptr, int(found.auditRows))
          + (found.firstBrokenAuditRow == 0
                 ? tr(", chain intact")
                 : tr(", chain broken at row %1").arg(found.firstBrokenAuditRow)));
    print(tr("Schema version: %1 (this program knows %2)")
              .arg(found.schemaVersion)
              .arg(found.knownSchemaVersion));
    if (!found.sound()) {
        print(tr("Verification FAILED. Restore the workstation from a backup taken before the "
                 "damage, and keep this copy for investigation."));
        return ExitDamaged;
    }
    print(tr("Verification passed."));
    return ExitSuccess;
}

int AdministrationCommand::backup(const Session& actor, const QString& target)
{
    if (const auto written = m_workstation->backup(actor, target); !written) {
        return fail(written.error());
    }
    print(tr("Backup written to %1 and its key file to %1.keys.").arg(target));
    return ExitSuccess;
}

} // namespace casedesk
