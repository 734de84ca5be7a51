#include "Workstation.h"

#include "AuditJournal.h"
#include "Database.h"
#include "Migrations.h"
#include "WalCheckpointer.h"
#include "core/Clock.h"
#include "core/IdGenerator.h"
#include "core/Logging.h"
#include "core/PasswordPolicy.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace casedesk {

namespace {

const QString kUser = QStringLiteral("user");
const QString kWorkstation = QStringLiteral("workstation");
const QString kIdleLockKey = QStringLiteral("desk.idle_lock_minutes");

} // namespace

Workstation::Workstation(DataDirectory directory, const Clock& clock)
    : m_directory(std::move(directory))
    , m_clock(clock)
    , m_slots(m_directory.keySlotFile(), clock)
{ }

Workstation::~Workstation()
{
    close();
}

Result<void> Workstation::checkUserName(const QString& userName)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!pattern.match(userName).hasMatch()) {
        return Error(ErrorKind::InvalidInput,
                     tr("A user name has 2 to 32 letters, digits, dots, dashes or underscores, "
                        "without spaces."));
    }
    return Result<void>::success();
}

Result<void> Workstation::setUp(const DataDirectory& directory,
                                const Clock& clock,
                                const QString& office,
                                const QString& adminName,
                                const QString& adminPassword,
                                const Argon2idParams& params)
{
    if (auto prepared = directory.prepare(); !prepared) {
        return prepared;
    }
    if (directory.isSetUp()) {
        return Error(ErrorKind::InvalidInput,
                     tr("A workstation is already set up in %1. Nothing was changed.")
                         .arg(directory.path()));
    }
    if (office.trimmed().isEmpty()) {
        return Error(ErrorKind::InvalidInput, tr("Enter the name of the office."));
    }
    if (auto valid = checkUserName(adminName); !valid) {
        return valid;
    }
    if (auto policy = PasswordPolicy::check(adminPassword, adminName); !policy) {
        return policy;
    }

    SecureBytes key = SecureBytes::random(32);
    if (key.isEmpty()) {
        return Error(ErrorKind::Internal,
                     tr("The database key could not be made: the computer is short of locked "
                        "memory."));
    }
    const auto removeEverything = [&directory] {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(directory.databaseFile() + suffix);
        }
        QFile::remove(directory.keySlotFile());
    };

    auto opened = Database::open(directory.databaseFile(), key, Database::Mode::CreateNew);
    if (!opened) {
        removeEverything();
        return opened.error();
    }
    const std::unique_ptr<Database> database = std::move(opened).value();
    const QUuid adminId = newId();
    const Session admin {adminId, adminName, Role::Administrator};

    const auto result = [&]() -> Result<void> {
        Transaction transaction(*database);
        if (auto begun = transaction.begin(); !begun) {
            return begun;
        }
        QSqlQuery device(database->connection());
        device.prepare(QStringLiteral(
            "INSERT INTO device (id, device_id, office, created_at) VALUES (1, ?, ?, ?)"));
        device.addBindValue(Database::idText(newId()));
        device.addBindValue(office.trimmed());
        device.addBindValue(Database::timeText(clock.now()));
        if (!device.exec()) {
            return database->errorFrom(device.lastError(), tr("setting up the workstation"));
        }
        UserRepository users(*database, clock);
        if (auto inserted = users.insert(adminId, adminName, Role::Administrator); !inserted) {
            return inserted.error();
        }
        AuditJournal journal(*database, clock);
        if (auto logged = journal.append(adminId,
                                         QStringLiteral("workstation.set-up"),
                                         kWorkstation,
                                         Database::idText(adminId));
            !logged) {
            return logged;
        }
        if (auto logged = journal.append(adminId,
                                         QStringLiteral("user.add"),
                                         kUser,
                                         Database::idText(adminId),
                                         roleId(Role::Administrator));
            !logged) {
            return logged;
        }
        KeySlotFile slots(directory.keySlotFile(), clock);
        if (auto created = slots.createNew(); !created) {
            return created;
        }
        if (auto added = slots.addSlot(adminName, adminId, adminPassword, key, params); !added) {
            return added;
        }
        return transaction.commit();
    }();
    if (!result) {
        removeEverything();
        return result;
    }
    qCInfo(lcStore) << "Workstation set up in" << directory.path() << "first administrator"
                    << Database::idText(admin.userId);
    return Result<void>::success();
}

Result<void> Workstation::loadSlots()
{
    if (m_slotsLoaded) {
        return Result<void>::success();
    }
    if (auto loaded = m_slots.load(); !loaded) {
        return loaded;
    }
    m_slotsLoaded = true;
    return Result<void>::success();
}

Result<Session> Workstation::signIn(const QString& userName, const QString& password)
{
    if (auto loaded = loadSlots(); !loaded) {
        return loaded.error();
    }
    auto unlocked = m_slots.unlock(userName, password);
    if (!unlocked) {
        return unlocked.error();
    }
    UnlockedSlot slot = std::move(unlocked).value();
    if (!m_database) {
        if (auto opened = openDatabase(std::move(slot.databaseKey)); !opened) {
            return opened.error();
        }
    } else if (!slot.databaseKey.equals(m_key)) {
        return Error(ErrorKind::Damaged,
                     tr("Your key slot opens a different database than the one in use. The key "
                        "file %1 does not belong to this database; restore both from the same "
                        "backup.")
                         .arg(m_directory.keySlotFile()));
    }

    const auto found = UserRepository(*m_database, m_clock).findById(slot.userId);
    if (!found) {
        return found.error();
    }
    if (!found.value().has_value()) {
        return Error(ErrorKind::Damaged,
                     tr("The key file %1 holds a slot for an account the database does not "
                        "know. Restore the key file and the database from the same backup.")
                         .arg(m_directory.keySlotFile()));
    }
    const UserRecord& user = *found.value();
    if (user.disabled) {
        return Error(ErrorKind::AccountLocked,
                     tr("This account is disabled. Ask an administrator to enable it."));
    }
    const Session session {user.id, user.name, user.role};
    Transaction transaction(*m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    if (auto logged = audit(
            session, QStringLiteral("session.sign-in"), kUser, Database::idText(session.userId));
        !logged) {
        return logged.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return session;
}

Result<void> Workstation::openDatabase(SecureBytes key)
{
    auto opened = Database::open(m_directory.databaseFile(), key, Database::Mode::OpenExisting);
    if (!opened) {
        return opened.error();
    }
    m_database = std::move(opened).value();
    m_key = std::move(key);
    if (auto epoch = startNewEpochIfRestored(); !epoch) {
        close();
        return epoch;
    }
    if (m_checkpointsBetweenSaves) {
        m_checkpointer = std::make_unique<WalCheckpointer>(*m_database);
    }
    return Result<void>::success();
}

Result<void> Workstation::startNewEpochIfRestored()
{
    QSqlQuery restored(m_database->connection());
    if (!restored.exec(QStringLiteral("SELECT restored, epoch FROM device WHERE id = 1"))
        || !restored.next()) {
        return m_database->errorFrom(restored.lastError(), tr("reading the device record"));
    }
    if (restored.value(0).toInt() == 0) {
        return Result<void>::success();
    }
    // This file was restored from a backup: numbers it hands out from now on must not
    // collide with the ones sent to the registry after the backup was taken.
    const qint64 epoch = restored.value(1).toLongLong() + 1;
    Transaction transaction(*m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    QSqlQuery advance(m_database->connection());
    advance.prepare(QStringLiteral("UPDATE device SET epoch = ?, restored = 0 WHERE id = 1"));
    advance.addBindValue(epoch);
    if (!advance.exec()) {
        return m_database->errorFrom(advance.lastError(), tr("starting a new device epoch"));
    }
    AuditJournal journal(*m_database, m_clock);
    if (auto logged = journal.append(
            QUuid(), QStringLiteral("device.new-epoch"), kWorkstation, QString::number(epoch));
        !logged) {
        return logged;
    }
    qCInfo(lcStore) << "Database restored from a backup: device epoch is now" << epoch;
    return transaction.commit();
}

void Workstation::close()
{
    m_checkpointer.reset();
    m_database.reset();
    m_key = SecureBytes();
}

Result<void> Workstation::requireOpen() const
{
    if (!m_database) {
        return Error(ErrorKind::Internal, tr("Sign in first."));
    }
    return Result<void>::success();
}

Result<void> Workstation::require(const Session& actor, Permission permission) const
{
    if (auto open = requireOpen(); !open) {
        return open;
    }
    if (!actor.may(permission)) {
        return Error(ErrorKind::PermissionDenied,
                     permission == Permission::ManageUsers
                         ? tr("Only an administrator may change other people's accounts.")
                         : tr("Only an administrator may do this."));
    }
    return Result<void>::success();
}

Result<void> Workstation::audit(const Session& actor,
                                const QString& action,
                                const QString& recordType,
                                const QString& recordId,
                                const QString& detail)
{
    return AuditJournal(*m_database, m_clock)
        .append(actor.userId, action, recordType, recordId, detail);
}

Result<UserRecord> Workstation::findUser(const QString& userName) const
{
    const auto found = UserRepository(*m_database, m_clock).findByName(userName);
    if (!found) {
        return found.error();
    }
    if (!found.value().has_value()) {
        return Error(ErrorKind::NotFound, tr("There is no account named %1.").arg(userName));
    }
    return *found.value();
}

const Argon2idParams& Workstation::slotParams()
{
    if (!m_params) {
        m_params = Argon2idParams::calibrate();
    }
    return *m_params;
}

Result<QList<UserRecord>> Workstation::users(const Session& actor) const
{
    if (auto allowed = require(actor, Permission::ManageUsers); !allowed) {
        return allowed.error();
    }
    return UserRepository(*m_database, m_clock).all();
}

Result<UserRecord> Workstation::addUser(const Session& actor,
                                        const QString& userName,
                                        Role role,
                                        const QString& password)
{
    if (auto allowed = require(actor, Permission::ManageUsers); !allowed) {
        return allowed.error();
    }
    if (auto valid = checkUserName(userName); !valid) {
        return valid.error();
    }
    if (auto policy = PasswordPolicy::check(password, userName); !policy) {
        return policy.error();
    }
    UserRepository users(*m_database, m_clock);
    const auto existing = users.findByName(userName);
    if (!existing) {
        return existing.error();
    }
    if (existing.value().has_value() || m_slots.hasSlot(userName)) {
        return Error(ErrorKind::InvalidInput,
                     tr("An account named %1 already exists. Choose another name.").arg(userName));
    }

    const QUuid id = newId();
    Transaction transaction(*m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto inserted = users.insert(id, userName, role);
    if (!inserted) {
        return inserted.error();
    }
    if (auto logged =
            audit(actor, QStringLiteral("user.add"), kUser, Database::idText(id), roleId(role));
        !logged) {
        return logged.error();
    }
    if (auto added = m_slots.addSlot(userName, id, password, m_key, slotParams()); !added) {
        return added.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        (void)m_slots.removeSlot(userName);
        return committed.error();
    }
    qCInfo(lcStore) << "Added account" << Database::idText(id) << "with role" << roleId(role);
    return inserted.value();
}

Result<void> Workstation::changePassword(const Session& actor,
                                         const QString& userName,
                                         const QString& newPassword)
{
    if (auto open = requireOpen(); !open) {
        return open;
    }
    const auto user = findUser(userName);
    if (!user) {
        return user.error();
    }
    if (user.value().id != actor.userId) {
        if (auto allowed = require(actor, Permission::ManageUsers); !allowed) {
            return allowed;
        }
    }
    if (user.value().disabled) {
        return Error(
            ErrorKind::InvalidInput,
            tr("The account %1 is disabled. Enable it with a new password instead.").arg(userName));
    }
    if (auto policy = PasswordPolicy::check(newPassword, userName); !policy) {
        return policy;
    }
    Transaction transaction(*m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    if (auto logged =
            audit(actor, QStringLiteral("user.password"), kUser, Database::idText(user.value().id));
        !logged) {
        return logged;
    }
    if (auto changed = m_slots.changePassword(userName, newPassword, m_key, slotParams());
        !changed) {
        return changed;
    }
    return transaction.commit();
}

Result<void> Workstation::disableUser(const Session& actor, const QString& userName)
{
    if (auto allowed = require(actor, Permission::ManageUsers); !allowed) {
        return allowed;
    }
    const auto user = findUser(userName);
    if (!user) {
        return user.error();
    }
    if (user.value().id == actor.userId) {
        return Error(ErrorKind::InvalidInput,
                     tr("You cannot disable your own account. Ask another administrator."));
    }
    if (user.value().disabled) {
        return Result<void>::success();
    }
    Transaction transaction(*m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    if (auto changed = UserRepository(*m_database, m_clock).setDisabled(user.value().id, true);
        !changed) {
        return changed;
    }
    if (auto logged =
            audit(actor, QStringLiteral("user.disable"), kUser, Database::idText(user.value().id));
        !logged) {
        return logged;
    }
    // Without its slot, the account's password no longer opens the database at all.
    if (auto removed = m_slots.removeSlot(userName); !removed) {
        return removed;
    }
    return transaction.commit();
}

Result<void>
Workstation::enableUser(const Session& actor, const QString& userName, const QString& newPassword)
{
    if (auto allowed = require(actor, Permission::ManageUsers); !allowed) {
        return allowed;
    }
    const auto user = findUser(userName);
    if (!user) {
        return user.error();
    }
    if (!user.value().disabled) {
        return Error(ErrorKind::InvalidInput, tr("The account %1 is not disabled.").arg(userName));
    }
    if (auto policy = PasswordPolicy::check(newPassword, userName); !policy) {
        return policy;
    }
    Transaction transaction(*m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    if (auto changed = UserRepository(*m_database, m_clock).setDisabled(user.value().id, false);
        !changed) {
        return changed;
    }
    if (auto logged =
            audit(actor, QStringLiteral("user.enable"), kUser, Database::idText(user.value().id));
        !logged) {
        return logged;
    }
    if (auto added = m_slots.addSlot(userName, user.value().id, newPassword, m_key, slotParams());
        !added) {
        return added;
    }
    if (auto committed = transaction.commit(); !committed) {
        (void)m_slots.removeSlot(userName);
        return committed;
    }
    return Result<void>::success();
}

bool Workstation::isLockedOut(const QString& userName) const
{
    return m_slots.isLockedOut(userName);
}

Result<void> Workstation::rekey(const Session& actor)
{
    if (auto allowed = require(actor, Permission::ManageSettings); !allowed) {
        return allowed;
    }
    SecureBytes newKey = SecureBytes::random(32);
    if (newKey.isEmpty()) {
        return Error(ErrorKind::Internal,
                     tr("A new database key could not be made: the computer is short of locked "
                        "memory."));
    }
    if (auto rekeyed = m_database->rekey(newKey); !rekeyed) {
        return rekeyed;
    }
    if (auto resealed = m_slots.resealAll(newKey); !resealed) {
        // The slots still hold the old key: put the database back under it.
        (void)m_database->rekey(m_key);
        return resealed;
    }
    m_key = std::move(newKey);
    Transaction transaction(*m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    if (auto logged = audit(actor, QStringLiteral("workstation.rekey"), kWorkstation, QString());
        !logged) {
        return logged;
    }
    qCInfo(lcStore) << "Database re-encrypted with a new key";
    return transaction.commit();
}

Result<void> Workstation::backup(const Session& actor, const QString& target)
{
    if (auto allowed = require(actor, Permission::ManageSettings); !allowed) {
        return allowed;
    }
    const QString slotCopy = target + QStringLiteral(".keys");
    if (QFile::exists(slotCopy)) {
        return Error(ErrorKind::InvalidInput,
                     tr("%1 already exists. Choose a new file name for the backup.").arg(slotCopy));
    }
    if (auto written = m_database->backupTo(target, m_key); !written) {
        return written;
    }
    if (!QFile::copy(m_directory.keySlotFile(), slotCopy)) {
        QFile::remove(target);
        return Error(ErrorKind::Io,
                     tr("The key file could not be copied beside the backup. The disk may be full; "
                        "no backup was kept."));
    }
    QFile::setPermissions(slotCopy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Transaction transaction(*m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    if (auto logged = audit(actor, QStringLiteral("workstation.backup"), kWorkstation, QString());
        !logged) {
        return logged;
    }
    return transaction.commit();
}

Result<Workstation::VerifyReport> Workstation::verify(const Session& actor)
{
    if (auto allowed = require(actor, Permission::ManageSettings); !allowed) {
        return allowed.error();
    }
    VerifyReport report;
    const auto integrity = m_database->integrityCheck();
    if (!integrity) {
        return integrity.error();
    }
    report.integrity = integrity.value();
    const auto chain = AuditJournal(*m_database, m_clock).verify();
    if (!chain) {
        return chain.error();
    }
    report.auditRows = chain.value().rows;
    report.firstBrokenAuditRow = chain.value().firstBrokenSeq;
    report.schemaVersion = m_database->schemaVersion();
    report.knownSchemaVersion = Migrations::latestVersion();
    return report;
}

int Workstation::idleLockMinutes() const
{
    if (!m_database) {
        return kDefaultIdleLockMinutes;
    }
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(kIdleLockKey);
    bool ok = false;
    const int minutes = query.exec() && query.next() ? query.value(0).toInt(&ok) : 0;
    return ok && minutes >= 0 && minutes <= kMaxIdleLockMinutes ? minutes : kDefaultIdleLockMinutes;
}

Result<void> Workstation::setIdleLockMinutes(const Session& actor, int minutes)
{
    if (auto allowed = require(actor, Permission::ManageSettings); !allowed) {
        return Error(ErrorKind::PermissionDenied,
                     tr("Only an administrator may change the workstation's settings."));
    }
    if (minutes < 0 || minutes > kMaxIdleLockMinutes) {
        return Error(
            ErrorKind::InvalidInput,
            tr("The lock time must be between 0 (never) and %1 minutes.").arg(kMaxIdleLockMinutes));
    }
    Transaction transaction(*m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    QSqlQuery store(m_database->connection());
    store.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    store.addBindValue(kIdleLockKey);
    store.addBindValue(QString::number(minutes));
    if (!store.exec()) {
        return m_database->errorFrom(store.lastError(), tr("saving the setting"));
    }
    if (auto logged = audit(actor,
                            QStringLiteral("settings.change"),
                            QStringLiteral("setting"),
                            kIdleLockKey,
                            QString::number(minutes));
        !logged) {
        return logged;
    }
    return transaction.commit();
}

} // namespace casedesk
