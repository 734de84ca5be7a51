#pragma once

#include "DataDirectory.h"
#include "UserRepository.h"
#include "core/Authenticator.h"
#include "store/crypto/Argon2idParams.h"
#include "store/crypto/KeySlotFile.h"
#include "store/crypto/SecureBytes.h"

#include <QCoreApplication>

#include <memory>

namespace casedesk {

class Clock;
class Database;
class WalCheckpointer;

// One workstation's store as the desk and the command line use it: the key slot file and
// the encrypted database in the data folder, the accounts, and the administrator's
// operations. Every change checks the actor's permission here, in the logic layer, and
// writes its audit row in the same transaction.
class Workstation final : public Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(Workstation)

public:
    // What verify() found.
    struct VerifyReport
    {
        QStringList integrity; // "ok" alone when the file is sound
        qint64 auditRows = 0;
        qint64 firstBrokenAuditRow = 0; // 0 when the chain is whole
        int schemaVersion = 0;
        int knownSchemaVersion = 0;
        [[nodiscard]] bool sound() const
        {
            return integrity == QStringList {QStringLiteral("ok")} && firstBrokenAuditRow == 0
                && schemaVersion == knownSchemaVersion;
        }
    };

    Workstation(DataDirectory directory, const Clock& clock);
    ~Workstation() override;

    // Sets up a new workstation in the folder: the database, this device, the first
    // administrator and the key slot file. Nothing is left behind when it fails.
    [[nodiscard]] static Result<void> setUp(const DataDirectory& directory,
                                            const Clock& clock,
                                            const QString& office,
                                            const QString& adminName,
                                            const QString& adminPassword,
                                            const Argon2idParams& params);

    // Programs with an event loop (the desk) checkpoint the database's log between saves
    // rather than inside them; see WalCheckpointer. Takes effect when the database opens.
    void setCheckpointsBetweenSaves(bool enabled) { m_checkpointsBetweenSaves = enabled; }

    // The cost of new key slots; calibrated for this machine unless set.
    void setSlotParams(const Argon2idParams& params) { m_params = params; }

    // Checks the password against the person's key slot, opens the database with the key
    // it holds, and returns the session. Later sign-ins reuse the open database.
    [[nodiscard]] Result<Session> signIn(const QString& userName, const QString& password) override;

    // Closes the database and wipes the key from memory.
    void close();
    [[nodiscard]] bool isOpen() const { return m_database != nullptr; }
    [[nodiscard]] const Database* database() const { return m_database.get(); }
    [[nodiscard]] const DataDirectory& directory() const { return m_directory; }

    [[nodiscard]] Result<QList<UserRecord>> users(const Session& actor) const;
    [[nodiscard]] Result<UserRecord>
    addUser(const Session& actor, const QString& userName, Role role, const QString& password);
    [[nodiscard]] Result<void>
    changePassword(const Session& actor, const QString& userName, const QString& newPassword);
    // Disabling removes the account's key slot; enabling gives it a new password.
    [[nodiscard]] Result<void> disableUser(const Session& actor, const QString& userName);
    [[nodiscard]] Result<void>
    enableUser(const Session& actor, const QString& userName, const QString& newPassword);
    [[nodiscard]] bool isLockedOut(const QString& userName) const;

    // A new random database key: the file is re-encrypted and every slot resealed.
    [[nodiscard]] Result<void> rekey(const Session& actor);
    // A consistent encrypted copy at target, with its key slot file at target + ".keys".
    [[nodiscard]] Result<void> backup(const Session& actor, const QString& target);
    [[nodiscard]] Result<VerifyReport> verify(const Session& actor);

    [[nodiscard]] int idleLockMinutes() const;
    [[nodiscard]] Result<void> setIdleLockMinutes(const Session& actor, int minutes);

    static constexpr int kDefaultIdleLockMinutes = 5;
    static constexpr int kMaxIdleLockMinutes = 120;

    [[nodiscard]] static Result<void> checkUserName(const QString& userName);

private:
    [[nodiscard]] Result<void> requireOpen() const;
    [[nodiscard]] Result<void> require(const Session& actor, Permission permission) const;
    [[nodiscard]] Result<void> loadSlots();
    [[nodiscard]] Result<void> openDatabase(SecureBytes key);
    [[nodiscard]] Result<void> startNewEpochIfRestored();
    [[nodiscard]] Result<void> audit(const Session& actor,
                                     const QString& action,
                                     const QString& recordType,
                                     const QString& recordId,
                                     const QString& detail = {});
    [[nodiscard]] Result<UserRecord> findUser(const QString& userName) const;
    [[nodiscard]] const Argon2idParams& slotParams();

    DataDirectory m_directory;
    const Clock& m_clock;
    KeySlotFile m_slots;
    bool m_slotsLoaded = false;
    std::unique_ptr<Database> m_database;
    bool m_checkpointsBetweenSaves = false;
    // Declared after the database, so it goes first.
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    SecureBytes m_key;
    std::optional<Argon2idParams> m_params;
};

} // namespace casedesk
