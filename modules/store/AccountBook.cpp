#include "AccountBook.h"

#include "core/IdGenerator.h"
#include "core/Logging.h"
#include "core/PasswordPolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <sodium.h>

namespace casedesk {

namespace {

constexpr int kFormatVersion = 1;

// Argon2id at libsodium's interactive cost: about a tenth of a second per sign-in here,
// 64 MiB of memory per guess for anyone who copies the file.
constexpr unsigned long long kHashOps = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kHashMemory = crypto_pwhash_MEMLIMIT_INTERACTIVE;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray hashPassword(const QString& password)
{
    QByteArray utf8 = password.toUtf8();
    QByteArray hash(crypto_pwhash_STRBYTES, '\0');
    const int rc = crypto_pwhash_str(hash.data(),
                                     utf8.constData(),
                                     static_cast<unsigned long long>(utf8.size()),
                                     kHashOps,
                                     kHashMemory);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (rc != 0) {
        return {};
    }
    hash.truncate(static_cast<qsizetype>(qstrlen(hash.constData())));
    return hash;
}

bool passwordMatches(const QByteArray& hash, const QString& password)
{
    QByteArray utf8 = password.toUtf8();
    const QByteArray terminated = hash + '\0';
    const bool matches = crypto_pwhash_str_verify(terminated.constData(),
                                                  utf8.constData(),
                                                  static_cast<unsigned long long>(utf8.size()))
        == 0;
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return matches;
}

} // namespace

AccountBook::AccountBook(QString filePath, const Clock& clock)
    : m_filePath(std::move(filePath))
    , m_clock(clock)
{ }

Result<void> AccountBook::load()
{
    m_accounts.clear();
    QFile file(m_filePath);
    if (!file.exists()) {
        return Result<void>::success();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorKind::Io,
                     tr("The account file could not be read. Check the data folder's permissions."),
                     file.errorString());
    }

    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError
        || root.value(QStringLiteral("format")).toInt() != kFormatVersion) {
        return Error(
            ErrorKind::Damaged,
            tr("The account file %1 is damaged. Restore it from a backup.").arg(m_filePath),
            parseError.errorString());
    }

    const QJsonArray entries = root.value(QStringLiteral("accounts")).toArray();
    for (const QJsonValue& entry : entries) {
        const QJsonObject object = entry.toObject();
        Account account;
        account.info.id = QUuid::fromString(object.value(QStringLiteral("id")).toString());
        account.info.name = object.value(QStringLiteral("name")).toString();
        const auto role = roleFromId(object.value(QStringLiteral("role")).toString());
        account.info.disabled = object.value(QStringLiteral("disabled")).toBool();
        account.passwordHash = object.value(QStringLiteral("password")).toString().toLatin1();
        account.failedAttempts = object.value(QStringLiteral("failedAttempts")).toInt();
        account.lockedUntil = QDateTime::fromString(
            object.value(QStringLiteral("lockedUntil")).toString(), Qt::ISODateWithMs);
        if (account.info.id.isNull() || account.info.name.isEmpty() || !role
            || !account.passwordHash.startsWith("$argon2id$")) {
            m_accounts.clear();
            return Error(
                ErrorKind::Damaged,
                tr("The account file %1 is damaged. Restore it from a backup.").arg(m_filePath),
                QStringLiteral("invalid account entry"));
        }
        account.info.role = *role;
        account.info.lockedOut = isLockedOut(account);
        m_accounts.append(account);
    }
    qCInfo(lcStore) << "Loaded" << m_accounts.size() << "accounts from" << m_filePath;
    return Result<void>::success();
}

Result<Session> AccountBook::signIn(const QString& userName, const QString& password)
{
    const QString wrong = tr("The user name or the password is wrong. Check the keyboard "
                             "layout and Caps Lock, then try again.");
    Account* account = find(userName);
    if (account == nullptr) {
        // Spend the same time as a real check so the answer does not reveal which names exist.
        static const QByteArray decoy = hashPassword(QStringLiteral("decoy password"));
        (void)passwordMatches(decoy, password);
        return Error(ErrorKind::WrongPassword, wrong);
    }
    if (account->info.disabled) {
        return Error(ErrorKind::AccountLocked,
                     tr("This account is disabled. Ask an administrator to enable it."));
    }
    if (isLockedOut(*account)) {
        return Error(
            ErrorKind::AccountLocked,
            tr("This account is locked after too many wrong passwords. Try again at %1 "
               "or ask an administrator.")
                .arg(account->lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))));
    }

    if (!passwordMatches(account->passwordHash, password)) {
        ++account->failedAttempts;
        if (account->failedAttempts >= kMaxFailedAttempts) {
            account->failedAttempts = 0;
            account->lockedUntil = m_clock.now().addSecs(qint64(kLockOutMinutes) * 60);
            qCWarning(lcStore) << "Account" << account->info.id.toString(QUuid::WithoutBraces)
                               << "locked after repeated wrong passwords";
        }
        if (const auto saved = save(); !saved) {
            return saved.error();
        }
        return Error(ErrorKind::WrongPassword, wrong);
    }

    if (account->failedAttempts != 0 || account->lockedUntil.isValid()) {
        account->failedAttempts = 0;
        account->lockedUntil = {};
        if (const auto saved = save(); !saved) {
            return saved.error();
        }
    }
    return Session {account->info.id, account->info.name, account->info.role};
}

Result<AccountInfo> AccountBook::createFirstAdministrator(const QString& userName,
                                                          const QString& password)
{
    if (!m_accounts.isEmpty()) {
        return Error(ErrorKind::PermissionDenied,
                     tr("This workstation is already set up. Sign in as an administrator to add "
                        "accounts."));
    }
    return insert(userName, Role::Administrator, password);
}

Result<AccountInfo> AccountBook::addAccount(const Session& actor,
                                            const QString& userName,
                                            Role role,
                                            const QString& password)
{
    if (const auto allowed = requireManageUsers(actor); !allowed) {
        return allowed.error();
    }
    return insert(userName, role, password);
}

Result<void> AccountBook::changePassword(const Session& actor,
                                         const QString& userName,
                                         const QString& newPassword)
{
    Account* account = find(userName);
    const bool own = account != nullptr && account->info.id == actor.userId;
    if (!own) {
        if (const auto allowed = requireManageUsers(actor); !allowed) {
            return allowed;
        }
    }
    if (account == nullptr) {
        return Error(ErrorKind::NotFound, tr("There is no account named %1.").arg(userName));
    }
    if (const auto policy = PasswordPolicy::check(newPassword, userName); !policy) {
        return policy;
    }
    QByteArray hash = hashPassword(newPassword);
    if (hash.isEmpty()) {
        return Error(ErrorKind::Internal,
                     tr("The password could not be stored: the computer is short of memory. "
                        "Close other programs and try again."));
    }
    const Account before = *account;
    account->passwordHash = hash;
    account->failedAttempts = 0;
    account->lockedUntil = {};
    if (const auto saved = save(); !saved) {
        *account = before;
        return saved;
    }
    return Result<void>::success();
}

Result<void> AccountBook::setDisabled(const Session& actor, const QString& userName, bool disabled)
{
    if (const auto allowed = requireManageUsers(actor); !allowed) {
        return allowed;
    }
    Account* account = find(userName);
    if (account == nullptr) {
        return Error(ErrorKind::NotFound, tr("There is no account named %1.").arg(userName));
    }
    if (disabled && account->info.id == actor.userId) {
        return Error(ErrorKind::InvalidInput,
                     tr("You cannot disable your own account. Ask another administrator."));
    }
    account->info.disabled = disabled;
    if (const auto saved = save(); !saved) {
        account->info.disabled = !disabled;
        return saved;
    }
    return Result<void>::success();
}

QList<AccountInfo> AccountBook::accounts() const
{
    QList<AccountInfo> infos;
    infos.reserve(m_accounts.size());
    for (const Account& account : m_accounts) {
        AccountInfo info = account.info;
        info.lockedOut = isLockedOut(account);
        infos.append(info);
    }
    return infos;
}

Result<void> AccountBook::checkUserName(const QString& userName)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!pattern.match(userName).hasMatch()) {
        return Error(ErrorKind::InvalidInput,
                     tr("A user name has 2 to 32 letters, digits, dots, dashes or underscores, "
                        "without spaces."));
    }
    return Result<void>::success();
}

AccountBook::Account* AccountBook::find(const QString& userName)
{
    for (Account& account : m_accounts) {
        if (account.info.name.compare(userName, Qt::CaseInsensitive) == 0) {
            return &account;
        }
    }
    return nullptr;
}

bool AccountBook::isLockedOut(const Account& account) const
{
    return account.lockedUntil.isValid() && account.lockedUntil > m_clock.now();
}

Result<AccountInfo> AccountBook::insert(const QString& userName, Role role, const QString& password)
{
    if (!sodiumReady()) {
        return Error(ErrorKind::Internal,
                     tr("The password library could not start. Reinstall CaseDesk."));
    }
    if (const auto valid = checkUserName(userName); !valid) {
        return valid.error();
    }
    if (find(userName) != nullptr) {
        return Error(ErrorKind::InvalidInput,
                     tr("An account named %1 already exists. Choose another name.").arg(userName));
    }
    if (const auto policy = PasswordPolicy::check(password, userName); !policy) {
        return policy.error();
    }

    Account account;
    account.info = AccountInfo {newId(), userName, role, false, false};
    account.passwordHash = hashPassword(password);
    if (account.passwordHash.isEmpty()) {
        return Error(ErrorKind::Internal,
                     tr("The password could not be stored: the computer is short of memory. "
                        "Close other programs and try again."));
    }
    m_accounts.append(account);
    if (const auto saved = save(); !saved) {
        m_accounts.removeLast();
        return saved.error();
    }
    qCInfo(lcStore) << "Added account" << account.info.id.toString(QUuid::WithoutBraces)
                    << "with role" << roleId(role);
    return account.info;
}

Result<void> AccountBook::requireManageUsers(const Session& actor) const
{
    if (!actor.may(Permission::ManageUsers)) {
        return Error(ErrorKind::PermissionDenied,
                     tr("Only an administrator may change other people's accounts."));
    }
    return Result<void>::success();
}

Result<void> AccountBook::save() const
{
    QJsonArray entries;
    for (const Account& account : m_accounts) {
        QJsonObject object {
            {QStringLiteral("id"), account.info.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("name"), account.info.name},
            {QStringLiteral("role"), roleId(account.info.role)},
            {QStringLiteral("disabled"), account.info.disabled},
            {QStringLiteral("password"), QString::fromLatin1(account.passwordHash)},
            {QStringLiteral("failedAttempts"), account.failedAttempts},
        };
        if (account.lockedUntil.isValid()) {
            object.insert(QStringLiteral("lockedUntil"),
                          account.lockedUntil.toUTC().toString(Qt::ISODateWithMs));
        }
        entries.append(object);
    }
    const QJsonObject root {{QStringLiteral("format"), kFormatVersion},
                            {QStringLiteral("accounts"), entries}};

    QSaveFile file(m_filePath);
    const bool written = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(QJsonDocument(root).toJson()) >= 0 && file.commit();
    if (!written) {
        qCWarning(lcStore) << "Could not write the account file" << m_filePath
                           << file.errorString();
        return Error(ErrorKind::Io,
                     tr("The change to the accounts could not be saved. The disk may be full or "
                        "read-only; nothing was changed."),
                     file.errorString());
    }
    return Result<void>::success();
}

} // namespace casedesk
