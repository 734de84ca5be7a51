#pragma once

#include "Argon2idParams.h"
#include "SecureBytes.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

class QJsonObject;

namespace casedesk {

// What a successful unlock gives back: whose slot it was and the database key.
struct UnlockedSlot
{
    QUuid userId;
    SecureBytes databaseKey;
};

// The small JSON file beside the database that lets each user's password open the database
// key, readable before the database is.
//
// Each slot holds an X25519 key pair whose secret half is encrypted with
// XChaCha20-Poly1305 under a key derived from the user's password with Argon2id; the
// encryption is bound to the workstation id, the user id and the public key, so a slot
// moved to another user or another workstation no longer opens. The database key is sealed
// to the public key, which lets a rekey reseal a new database key to every slot without
// anyone's password. User names appear only as keyed hashes. Every change replaces the file
// atomically and durably; a change that cannot be saved leaves memory and disk as they were.
//
// A rekey trusts the public keys it finds in the file: someone able to write the file could
// put their own public key into a slot and receive the next database key. Unlocking checks
// the public key against the decrypted secret key, so such a change shows up as damage at
// that user's next unlock, but keeping others from writing the file is the data folder's
// job (it is readable and writable by its owner only).
class KeySlotFile
{
    Q_DECLARE_TR_FUNCTIONS(KeySlotFile)

public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockOutMinutes = 5;

    KeySlotFile(QString path, const Clock& clock);

    // Starts a file for a new workstation: a fresh workstation id and lookup salt, no slots.
    // Nothing is written until the first slot is added. Refused when a file is already there,
    // since replacing it would leave the database it opens unreadable.
    [[nodiscard]] Result<void> createNew();

    // Reads the file. A missing file is NotFound; one that cannot be trusted is Damaged.
    [[nodiscard]] Result<void> load();

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] QUuid workstationId() const { return m_workstationId; }
    [[nodiscard]] bool hasSlot(const QString& userName) const;
    [[nodiscard]] int slotCount() const { return int(m_slots.size()); }

    // Gives a user a slot that opens databaseKey with password, at the cost params. User
    // names are compared case-insensitively; a second slot for the same name is refused.
    // Checking the password against the password policy is the caller's job.
    [[nodiscard]] Result<void> addSlot(const QString& userName,
                                       const QUuid& userId,
                                       const QString& password,
                                       const SecureBytes& databaseKey,
                                       const Argon2idParams& params);

    // Opens the database key with a user's password. An unknown name gets the same answer as
    // a wrong password after about the same time. Wrong passwords are counted in the file;
    // the kMaxFailedAttempts-th in a row locks the slot for kLockOutMinutes, and a locked
    // slot is refused without trying the password. When the count cannot be saved it still
    // rises in memory, so a read-only disk buys no extra guesses.
    [[nodiscard]] Result<UnlockedSlot> unlock(const QString& userName, const QString& password);

    // Gives a user's slot a new password, a new key pair and a new salt, and lifts a lock-out,
    // so that an administrator can reset the password of a locked account. databaseKey must be
    // the key the database is open with: it cannot be checked here.
    [[nodiscard]] Result<void> changePassword(const QString& userName,
                                              const QString& newPassword,
                                              const SecureBytes& databaseKey,
                                              const Argon2idParams& params);

    // Removes a user's slot. The last slot cannot be removed: nobody could open the database.
    [[nodiscard]] Result<void> removeSlot(const QString& userName);

    // Seals a new database key to every slot in one save, for a rekey of the database.
    [[nodiscard]] Result<void> resealAll(const SecureBytes& newDatabaseKey);

    // An administrator lifts a lock-out before it runs out.
    [[nodiscard]] Result<void> clearLockOut(const QString& userName);
    [[nodiscard]] bool isLockedOut(const QString& userName) const;

private:
    // Everything in a slot is public or encrypted; nothing here needs locked memory.
    struct Slot
    {
        QByteArray lookup;
        QUuid userId;
        Argon2idParams params;
        QByteArray salt;
        QByteArray nonce;
        QByteArray encryptedSecretKey;
        QByteArray publicKey;
        QByteArray sealedDatabaseKey;
        int failedAttempts = 0;
        QDateTime lockedUntil;
    };

    [[nodiscard]] Result<void> requireOpen() const;
    [[nodiscard]] QByteArray lookupOf(const QString& userName) const;
    [[nodiscard]] qsizetype indexOf(const QString& userName) const;
    [[nodiscard]] bool isLockedOut(const Slot& slot) const;
    [[nodiscard]] QByteArray additionalData(const QUuid& userId, const QByteArray& publicKey) const;

    // A slot with a new key pair, salt and nonce; the lookup is left for the caller.
    [[nodiscard]] Result<Slot> makeSlot(const QUuid& userId,
                                        const QString& password,
                                        const SecureBytes& databaseKey,
                                        const Argon2idParams& params) const;
    [[nodiscard]] Result<SecureBytes> openSlot(const Slot& slot, const QString& password) const;
    // Counts a wrong password against a slot and returns the refusal to give.
    [[nodiscard]] Error countFailure(qsizetype index);
    [[nodiscard]] Result<Slot> parseSlot(const QJsonObject& object) const;
    [[nodiscard]] Result<void> checkNewSlot(const QString& password,
                                            const SecureBytes& databaseKey,
                                            const Argon2idParams& params) const;

    // Writes the given slots; the caller adopts them only when this succeeds.
    [[nodiscard]] Result<void> save(const QList<Slot>& slots) const;
    [[nodiscard]] QByteArray serialize(const QList<Slot>& slots) const;

    [[nodiscard]] Error damaged(const QString& detail) const;
    [[nodiscard]] Error lockedOut(const Slot& slot) const;
    [[nodiscard]] static Error wrongPassword();
    [[nodiscard]] static Error noSuchSlot();
    [[nodiscard]] static Error shortOfMemory();
    [[nodiscard]] static Error fault(const QString& detail);

    QString m_path;
    const Clock& m_clock;
    QUuid m_workstationId;
    QByteArray m_lookupSalt;
    QList<Slot> m_slots;
};

} // namespace casedesk
