#pragma once

#include "core/Authenticator.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace casedesk {

// What the desk and the command line may know about an account: never its password.
struct AccountInfo
{
    QUuid id;
    QString name;
    Role role = Role::Clerk;
    bool disabled = false;
    bool lockedOut = false;
};

// The workstation's accounts, each with a role and an Argon2id password hash, kept in
// one JSON file in the data folder that is replaced atomically on every change.
// Repeated wrong passwords lock an account for a while.
//
// This file is the account source until the encrypted store exists; accounts then move
// into the store, where their names are no longer readable from the disk.
class AccountBook final : public Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(AccountBook)

public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockOutMinutes = 5;

    AccountBook(QString filePath, const Clock& clock);

    // Reads the file. A missing file is an empty book; a damaged one is an error.
    [[nodiscard]] Result<void> load();

    [[nodiscard]] Result<Session> signIn(const QString& userName, const QString& password) override;

    // Creates the first administrator of a new workstation. Refused once any account exists.
    [[nodiscard]] Result<AccountInfo> createFirstAdministrator(const QString& userName,
                                                               const QString& password);

    // The changes below need the ManageUsers permission, except that people may change
    // their own password.
    [[nodiscard]] Result<AccountInfo>
    addAccount(const Session& actor, const QString& userName, Role role, const QString& password);
    [[nodiscard]] Result<void>
    changePassword(const Session& actor, const QString& userName, const QString& newPassword);
    [[nodiscard]] Result<void>
    setDisabled(const Session& actor, const QString& userName, bool disabled);

    [[nodiscard]] QList<AccountInfo> accounts() const;
    [[nodiscard]] bool isEmpty() const { return m_accounts.isEmpty(); }

    // A name people can sign in with: letters, digits, dot, dash, underscore; 2 to 32 long.
    [[nodiscard]] static Result<void> checkUserName(const QString& userName);

private:
    struct Account
    {
        AccountInfo info;
        QByteArray passwordHash;
        int failedAttempts = 0;
        QDateTime lockedUntil;
    };

    [[nodiscard]] Account* find(const QString& userName);
    [[nodiscard]] bool isLockedOut(const Account& account) const;
    [[nodiscard]] Result<AccountInfo>
    insert(const QString& userName, Role role, const QString& password);
    [[nodiscard]] Result<void> requireManageUsers(const Session& actor) const;
    [[nodiscard]] Result<void> save() const;

    QString m_filePath;
    const Clock& m_clock;
    QList<Account> m_accounts;
};

} // namespace casedesk
