#include "KeySlotFile.h"

#include "core/IdGenerator.h"
#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <optional>

namespace casedesk {

namespace {

constexpr int kFormatVersion = 1;
// A few hundred slots fit in a fraction of this; more is not a key slot file.
constexpr qint64 kMaxFileBytes = qint64(1) << 20;
constexpr int kMaxCountedAttempts = 1000;

constexpr std::size_t kDatabaseKeyBytes = 32;
constexpr qsizetype kLookupSaltBytes = 16;
constexpr qsizetype kLookupBytes = crypto_generichash_BYTES;
constexpr qsizetype kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr qsizetype kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kPublicKeyBytes = crypto_box_PUBLICKEYBYTES;
constexpr qsizetype kEncryptedSecretKeyBytes =
    crypto_box_SECRETKEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr qsizetype kSealedKeyBytes = kDatabaseKeyBytes + crypto_box_SEALBYTES;

static_assert(kLookupSaltBytes >= crypto_generichash_KEYBYTES_MIN);
static_assert(crypto_box_SECRETKEYBYTES == crypto_scalarmult_SCALARBYTES);

// Keeps the slot's encryption apart from any other use of the same key and layout.
constexpr char kAdditionalDataTag[] = "CaseDesk key slot 1";

const unsigned char* bytesOf(const QByteArray& bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.constData());
}

unsigned char* bytesOf(QByteArray& bytes)
{
    return reinterpret_cast<unsigned char*>(bytes.data());
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(size));
    return bytes;
}

QString toBase64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> fromBase64(const QJsonValue& value, qsizetype size)
{
    if (!value.isString()) {
        return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size) {
        return std::nullopt;
    }
    return decoded.decoded;
}

// The key that encrypts a slot's secret key, or an empty buffer when memory runs out.
SecureBytes deriveKey(const QString& password, const QByteArray& salt, const Argon2idParams& params)
{
    // The UTF-8 bytes go straight into locked memory, never into an ordinary QByteArray.
    // One spare byte keeps the buffer non-empty for an empty password.
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    SecureBytes utf8 =
        SecureBytes::zeroed(static_cast<size_t>(encoder.requiredSpace(password.size())) + 1);
    SecureBytes key = SecureBytes::zeroed(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (utf8.isEmpty() || key.isEmpty()) {
        return {};
    }
    char* begin = reinterpret_cast<char*>(utf8.data());
    const char* end = encoder.appendToBuffer(begin, password);

    if (crypto_pwhash(key.data(),
                      key.size(),
                      begin,
                      static_cast<unsigned long long>(end - begin),
                      bytesOf(salt),
                      params.opsLimit,
                      static_cast<size_t>(params.memLimitBytes),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return {};
    }
    return key;
}

bool writeAll(int fd, const QByteArray& content)
{
    const char* next = content.constData();
    qsizetype left = content.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, next, static_cast<size_t>(left));
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        next += written;
        left -= written;
    }
    return true;
}

// Makes a finished rename survive a power cut. Failing here is logged, not reported: the
// new file is already in place, so "nothing was changed" would be untrue.
void syncFolder(const QString& folder)
{
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        qCWarning(lcStore) << "Could not flush the folder" << folder << qt_error_string(errno);
    }
    if (fd >= 0) {
        ::close(fd);
    }
}

} // namespace

KeySlotFile::KeySlotFile(QString path, const Clock& clock)
    : m_path(std::move(path))
    , m_clock(clock)
{ }

Result<void> KeySlotFile::createNew()
{
    if (!SecureBytes::sodiumReady()) {
        return Error(ErrorKind::Internal,
                     tr("The encryption library could not start. Reinstall CaseDesk."));
    }
    if (QFileInfo::exists(m_path)) {
        return Error(ErrorKind::InvalidInput,
                     tr("A key slot file already exists at %1. Setting the workstation up again "
                        "would make the database it opens unreadable; move the old file away "
                        "first if that is really meant.")
                         .arg(QDir::toNativeSeparators(m_path)));
    }
    m_workstationId = newId();
    m_lookupSalt = randomBytes(kLookupSaltBytes);
    m_slots.clear();
    return Result<void>::success();
}

Result<void> KeySlotFile::load()
{
    m_workstationId = {};
    m_lookupSalt.clear();
    m_slots.clear();
    if (!SecureBytes::sodiumReady()) {
        return Error(ErrorKind::Internal,
                     tr("The encryption library could not start. Reinstall CaseDesk."));
    }

    QFile file(m_path);
    if (!file.exists()) {
        return Error(ErrorKind::NotFound,
                     tr("The key slot file %1 is missing, so the database cannot be opened. "
                        "Restore it from the backup taken together with the database, or set "
                        "the workstation up again.")
                         .arg(QDir::toNativeSeparators(m_path)));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorKind::Io,
                     tr("The key slot file %1 could not be read. Check the data folder's "
                        "permissions.")
                         .arg(QDir::toNativeSeparators(m_path)),
                     file.errorString());
    }
    const QByteArray content = file.read(kMaxFileBytes + 1);
    if (content.size() > kMaxFileBytes) {
        return damaged(QStringLiteral("file larger than %1 bytes").arg(kMaxFileBytes));
    }

    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return damaged(parseError.errorString());
    }
    const QJsonObject root = document.object();
    const qint64 format = root.value(QStringLiteral("format")).toInteger(-1);
    if (format > kFormatVersion) {
        return Error(ErrorKind::Damaged,
                     tr("The key slot file %1 was written by a newer version of CaseDesk. Update "
                        "CaseDesk on this workstation.")
                         .arg(QDir::toNativeSeparators(m_path)),
                     QStringLiteral("format %1").arg(format));
    }
    if (format != kFormatVersion) {
        return damaged(QStringLiteral("unknown format"));
    }

    const QUuid workstationId =
        QUuid::fromString(root.value(QStringLiteral("workstation")).toString());
    const auto lookupSalt = fromBase64(root.value(QStringLiteral("lookupSalt")), kLookupSaltBytes);
    const QJsonValue entries = root.value(QStringLiteral("slots"));
    if (workstationId.isNull() || !lookupSalt || !entries.isArray()) {
        return damaged(QStringLiteral("missing workstation, lookup salt or slots"));
    }

    QList<Slot> slots;
    for (const QJsonValue& entry : entries.toArray()) {
        Result<Slot> slot = parseSlot(entry.toObject());
        if (!slot) {
            return slot.error();
        }
        for (const Slot& other : std::as_const(slots)) {
            if (other.lookup == slot.value().lookup || other.userId == slot.value().userId) {
                return damaged(QStringLiteral("two slots for the same user"));
            }
        }
        slots.append(std::move(slot).value());
    }

    m_workstationId = workstationId;
    m_lookupSalt = *lookupSalt;
    m_slots = slots;
    qCInfo(lcStore) << "Loaded the key slot file" << m_path << "with" << m_slots.size() << "slots";
    return Result<void>::success();
}

bool KeySlotFile::hasSlot(const QString& userName) const
{
    return indexOf(userName) >= 0;
}

Result<void> KeySlotFile::addSlot(const QString& userName,
                                  const QUuid& userId,
                                  const QString& password,
                                  const SecureBytes& databaseKey,
                                  const Argon2idParams& params)
{
    if (const auto open = requireOpen(); !open) {
        return open;
    }
    if (const auto valid = checkNewSlot(password, databaseKey, params); !valid) {
        return valid;
    }
    if (userName.isEmpty() || userId.isNull()) {
        return fault(QStringLiteral("slot without a user name or id"));
    }
    const bool taken = std::any_of(m_slots.cbegin(), m_slots.cend(), [&userId](const Slot& slot) {
        return slot.userId == userId;
    });
    if (taken || hasSlot(userName)) {
        return Error(ErrorKind::InvalidInput,
                     tr("This user can already open the database on this workstation. Change "
                        "the user's password instead."));
    }

    Result<Slot> made = makeSlot(userId, password, databaseKey, params);
    if (!made) {
        return made.error();
    }
    Slot slot = std::move(made).value();
    slot.lookup = lookupOf(userName);

    QList<Slot> slots = m_slots;
    slots.append(slot);
    if (const auto saved = save(slots); !saved) {
        return saved;
    }
    m_slots = slots;
    qCInfo(lcStore) << "Added a key slot for user" << userId.toString(QUuid::WithoutBraces)
                    << "- slots now:" << m_slots.size();
    return Result<void>::success();
}

Result<UnlockedSlot> KeySlotFile::unlock(const QString& userName, const QString& password)
{
    if (const auto open = requireOpen(); !open) {
        return open.error();
    }
    const qsizetype index = indexOf(userName);
    if (index < 0) {
        // Spend about the time a real slot would take, so the answer does not tell which
        // names have a slot. Slots are normally made with one calibrated cost, so any
        // slot's cost is the one to imitate.
        static const QByteArray decoySalt(kSaltBytes, '\0');
        const Argon2idParams params =
            m_slots.isEmpty() ? Argon2idParams::interactive() : m_slots.constFirst().params;
        (void)deriveKey(password, decoySalt, params);
        return wrongPassword();
    }
    if (isLockedOut(m_slots.at(index))) {
        return lockedOut(m_slots.at(index));
    }

    Result<SecureBytes> opened = openSlot(m_slots.at(index), password);
    if (!opened) {
        if (opened.error().kind() == ErrorKind::WrongPassword) {
            return countFailure(index);
        }
        return opened.error();
    }

    const Slot& slot = m_slots.at(index);
    if (slot.failedAttempts != 0 || slot.lockedUntil.isValid()) {
        QList<Slot> slots = m_slots;
        slots[index].failedAttempts = 0;
        slots[index].lockedUntil = {};
        // The person gave the right password; a disk that cannot take the reset of the
        // count must not keep them out.
        if (const auto saved = save(slots); saved) {
            m_slots = slots;
        }
    }
    return UnlockedSlot {m_slots.at(index).userId, std::move(opened).value()};
}

Result<void> KeySlotFile::changePassword(const QString& userName,
                                         const QString& newPassword,
                                         const SecureBytes& databaseKey,
                                         const Argon2idParams& params)
{
    if (const auto open = requireOpen(); !open) {
        return open;
    }
    if (const auto valid = checkNewSlot(newPassword, databaseKey, params); !valid) {
        return valid;
    }
    const qsizetype index = indexOf(userName);
    if (index < 0) {
        return noSuchSlot();
    }

    // A new key pair as well as a new salt: whoever saw the old secret key learns nothing
    // about the new slot.
    Result<Slot> made = makeSlot(m_slots.at(index).userId, newPassword, databaseKey, params);
    if (!made) {
        return made.error();
    }
    QList<Slot> slots = m_slots;
    Slot replacement = std::move(made).value();
    replacement.lookup = slots.at(index).lookup;
    slots[index] = replacement;
    if (const auto saved = save(slots); !saved) {
        return saved;
    }
    m_slots = slots;
    qCInfo(lcStore) << "Changed the password of the key slot of user"
                    << m_slots.at(index).userId.toString(QUuid::WithoutBraces);
    return Result<void>::success();
}

Result<void> KeySlotFile::removeSlot(const QString& userName)
{
    if (const auto open = requireOpen(); !open) {
        return open;
    }
    const qsizetype index = indexOf(userName);
    if (index < 0) {
        return noSuchSlot();
    }
    if (m_slots.size() == 1) {
        return Error(ErrorKind::InvalidInput,
                     tr("This is the last user who can open the database; removing them would "
                        "leave nobody able to. Add another user first."));
    }

    QList<Slot> slots = m_slots;
    const QUuid userId = slots.takeAt(index).userId;
    if (const auto saved = save(slots); !saved) {
        return saved;
    }
    m_slots = slots;
    qCInfo(lcStore) << "Removed the key slot of user" << userId.toString(QUuid::WithoutBraces)
                    << "- slots now:" << m_slots.size();
    return Result<void>::success();
}

Result<void> KeySlotFile::resealAll(const SecureBytes& newDatabaseKey)
{
    if (const auto open = requireOpen(); !open) {
        return open;
    }
    if (newDatabaseKey.size() != kDatabaseKeyBytes) {
        return fault(QStringLiteral("database key of %1 bytes").arg(newDatabaseKey.size()));
    }

    QList<Slot> slots = m_slots;
    for (Slot& slot : slots) {
        QByteArray sealed(kSealedKeyBytes, '\0');
        if (crypto_box_seal(bytesOf(sealed),
                            newDatabaseKey.constData(),
                            newDatabaseKey.size(),
                            bytesOf(slot.publicKey))
            != 0) {
            return fault(QStringLiteral("crypto_box_seal failed"));
        }
        slot.sealedDatabaseKey = sealed;
    }
    if (const auto saved = save(slots); !saved) {
        return saved;
    }
    m_slots = slots;
    qCInfo(lcStore) << "Sealed a new database key to" << m_slots.size() << "key slots";
    return Result<void>::success();
}

Result<void> KeySlotFile::clearLockOut(const QString& userName)
{
    if (const auto open = requireOpen(); !open) {
        return open;
    }
    const qsizetype index = indexOf(userName);
    if (index < 0) {
        return noSuchSlot();
    }
    if (m_slots.at(index).failedAttempts == 0 && !m_slots.at(index).lockedUntil.isValid()) {
        return Result<void>::success();
    }

    QList<Slot> slots = m_slots;
    slots[index].failedAttempts = 0;
    slots[index].lockedUntil = {};
    if (const auto saved = save(slots); !saved) {
        return saved;
    }
    m_slots = slots;
    qCInfo(lcStore) << "Lifted the lock-out of the key slot of user"
                    << m_slots.at(index).userId.toString(QUuid::WithoutBraces);
    return Result<void>::success();
}

bool KeySlotFile::isLockedOut(const QString& userName) const
{
    const qsizetype index = indexOf(userName);
    return index >= 0 && isLockedOut(m_slots.at(index));
}

Result<void> KeySlotFile::requireOpen() const
{
    if (m_workstationId.isNull()) {
        return fault(QStringLiteral("key slot file used before createNew() or load()"));
    }
    return Result<void>::success();
}

QByteArray KeySlotFile::lookupOf(const QString& userName) const
{
    // Keyed with the file's own salt, so the same name gives different lookups on different
    // workstations and a list of precomputed names does not fit every file.
    const QByteArray folded =
        userName.normalized(QString::NormalizationForm_C).toCaseFolded().toUtf8();
    QByteArray lookup(kLookupBytes, '\0');
    crypto_generichash(bytesOf(lookup),
                       static_cast<size_t>(lookup.size()),
                       bytesOf(folded),
                       static_cast<unsigned long long>(folded.size()),
                       bytesOf(m_lookupSalt),
                       static_cast<size_t>(m_lookupSalt.size()));
    return lookup;
}

qsizetype KeySlotFile::indexOf(const QString& userName) const
{
    if (m_slots.isEmpty() || userName.isEmpty()) {
        return -1;
    }
    const QByteArray lookup = lookupOf(userName);
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        if (sodium_memcmp(bytesOf(m_slots.at(i).lookup), bytesOf(lookup), kLookupBytes) == 0) {
            return i;
        }
    }
    return -1;
}

bool KeySlotFile::isLockedOut(const Slot& slot) const
{
    return slot.lockedUntil.isValid() && slot.lockedUntil > m_clock.now();
}

QByteArray KeySlotFile::additionalData(const QUuid& userId, const QByteArray& publicKey) const
{
    QByteArray data(kAdditionalDataTag, qsizetype(sizeof(kAdditionalDataTag)) - 1);
    data += m_workstationId.toRfc4122();
    data += userId.toRfc4122();
    data += publicKey;
    return data;
}

Result<KeySlotFile::Slot> KeySlotFile::makeSlot(const QUuid& userId,
                                                const QString& password,
                                                const SecureBytes& databaseKey,
                                                const Argon2idParams& params) const
{
    Slot slot;
    slot.userId = userId;
    slot.params = params;
    slot.salt = randomBytes(kSaltBytes);
    slot.nonce = randomBytes(kNonceBytes);

    slot.publicKey = QByteArray(kPublicKeyBytes, '\0');
    SecureBytes secretKey = SecureBytes::zeroed(crypto_box_SECRETKEYBYTES);
    if (secretKey.isEmpty()) {
        return shortOfMemory();
    }
    crypto_box_keypair(bytesOf(slot.publicKey), secretKey.data());

    const SecureBytes key = deriveKey(password, slot.salt, params);
    if (key.isEmpty()) {
        return shortOfMemory();
    }
    const QByteArray associated = additionalData(userId, slot.publicKey);
    slot.encryptedSecretKey = QByteArray(kEncryptedSecretKeyBytes, '\0');
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytesOf(slot.encryptedSecretKey),
                                               nullptr,
                                               secretKey.constData(),
                                               secretKey.size(),
                                               bytesOf(associated),
                                               static_cast<unsigned long long>(associated.size()),
                                               nullptr,
                                               bytesOf(slot.nonce),
                                               key.constData());

    slot.sealedDatabaseKey = QByteArray(kSealedKeyBytes, '\0');
    if (crypto_box_seal(bytesOf(slot.sealedDatabaseKey),
                        databaseKey.constData(),
                        databaseKey.size(),
                        bytesOf(slot.publicKey))
        != 0) {
        return fault(QStringLiteral("crypto_box_seal failed"));
    }
    return slot;
}

Result<SecureBytes> KeySlotFile::openSlot(const Slot& slot, const QString& password) const
{
    const SecureBytes key = deriveKey(password, slot.salt, slot.params);
    SecureBytes secretKey = SecureBytes::zeroed(crypto_box_SECRETKEYBYTES);
    SecureBytes databaseKey = SecureBytes::zeroed(kDatabaseKeyBytes);
    if (key.isEmpty() || secretKey.isEmpty() || databaseKey.isEmpty()) {
        return shortOfMemory();
    }

    // A wrong password, or any change to the slot, its user id or the workstation id,
    // fails the Poly1305 tag; the two cannot be told apart.
    const QByteArray associated = additionalData(slot.userId, slot.publicKey);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            secretKey.data(),
            nullptr,
            nullptr,
            bytesOf(slot.encryptedSecretKey),
            static_cast<unsigned long long>(slot.encryptedSecretKey.size()),
            bytesOf(associated),
            static_cast<unsigned long long>(associated.size()),
            bytesOf(slot.nonce),
            key.constData())
        != 0) {
        return wrongPassword();
    }

    unsigned char publicKey[crypto_box_PUBLICKEYBYTES] = {};
    if (crypto_scalarmult_base(publicKey, secretKey.constData()) != 0
        || sodium_memcmp(publicKey, bytesOf(slot.publicKey), sizeof(publicKey)) != 0) {
        return damaged(QStringLiteral("the public key of a slot does not match its secret key"));
    }
    if (crypto_box_seal_open(databaseKey.data(),
                             bytesOf(slot.sealedDatabaseKey),
                             static_cast<unsigned long long>(slot.sealedDatabaseKey.size()),
                             bytesOf(slot.publicKey),
                             secretKey.constData())
        != 0) {
        return damaged(QStringLiteral("the sealed database key of a slot does not open"));
    }
    return databaseKey;
}

Error KeySlotFile::countFailure(qsizetype index)
{
    // Memory is changed before the file on purpose: when the count cannot be saved it must
    // still hold for this process.
    Slot& slot = m_slots[index];
    ++slot.failedAttempts;
    const bool locks = slot.failedAttempts >= kMaxFailedAttempts;
    if (locks) {
        slot.failedAttempts = 0;
        slot.lockedUntil = m_clock.now().addSecs(qint64(kLockOutMinutes) * 60);
        qCWarning(lcStore) << "The key slot of user" << slot.userId.toString(QUuid::WithoutBraces)
                           << "is locked after" << kMaxFailedAttempts << "wrong passwords in a row";
    }
    if (const auto saved = save(m_slots); !saved) {
        qCWarning(lcStore) << "A wrong password could not be counted in the key slot file;"
                           << "it counts until the program ends" << saved.error().detail();
    }
    return locks ? lockedOut(slot) : wrongPassword();
}

Result<KeySlotFile::Slot> KeySlotFile::parseSlot(const QJsonObject& object) const
{
    Slot slot;
    const auto lookup = fromBase64(object.value(QStringLiteral("lookup")), kLookupBytes);
    const auto salt = fromBase64(object.value(QStringLiteral("salt")), kSaltBytes);
    const auto nonce = fromBase64(object.value(QStringLiteral("nonce")), kNonceBytes);
    const auto secretKey =
        fromBase64(object.value(QStringLiteral("secretKey")), kEncryptedSecretKeyBytes);
    const auto publicKey = fromBase64(object.value(QStringLiteral("publicKey")), kPublicKeyBytes);
    const auto databaseKey =
        fromBase64(object.value(QStringLiteral("databaseKey")), kSealedKeyBytes);
    if (!lookup || !salt || !nonce || !secretKey || !publicKey || !databaseKey) {
        return damaged(QStringLiteral("a slot field is missing or has the wrong length"));
    }
    slot.lookup = *lookup;
    slot.salt = *salt;
    slot.nonce = *nonce;
    slot.encryptedSecretKey = *secretKey;
    slot.publicKey = *publicKey;
    slot.sealedDatabaseKey = *databaseKey;

    slot.userId = QUuid::fromString(object.value(QStringLiteral("user")).toString());
    if (slot.userId.isNull()) {
        return damaged(QStringLiteral("a slot has no user id"));
    }

    // A changed cost could make unlocking take hours or exhaust the memory.
    const qint64 opsLimit = object.value(QStringLiteral("opsLimit")).toInteger(-1);
    const qint64 memLimit = object.value(QStringLiteral("memLimit")).toInteger(-1);
    slot.params = {quint64(qMax<qint64>(opsLimit, 0)), quint64(qMax<qint64>(memLimit, 0))};
    if (!slot.params.isAcceptable()) {
        return damaged(QStringLiteral("Argon2id cost out of range: %1 passes, %2 bytes")
                           .arg(opsLimit)
                           .arg(memLimit));
    }

    const qint64 failedAttempts = object.value(QStringLiteral("failedAttempts")).toInteger(-1);
    if (failedAttempts < 0 || failedAttempts > kMaxCountedAttempts) {
        return damaged(QStringLiteral("a slot's failed attempts are out of range"));
    }
    slot.failedAttempts = int(failedAttempts);

    const QJsonValue lockedUntil = object.value(QStringLiteral("lockedUntil"));
    if (!lockedUntil.isUndefined() && !lockedUntil.isNull()) {
        slot.lockedUntil = QDateTime::fromString(lockedUntil.toString(), Qt::ISODateWithMs);
        if (!slot.lockedUntil.isValid()) {
            return damaged(QStringLiteral("a slot's lock-out time is not a date"));
        }
        slot.lockedUntil = slot.lockedUntil.toUTC();
    }
    return slot;
}

Result<void> KeySlotFile::checkNewSlot(const QString& password,
                                       const SecureBytes& databaseKey,
                                       const Argon2idParams& params) const
{
    if (password.isEmpty()) {
        return Error(ErrorKind::InvalidInput, tr("Enter a password."));
    }
    if (databaseKey.size() != kDatabaseKeyBytes) {
        return fault(QStringLiteral("database key of %1 bytes").arg(databaseKey.size()));
    }
    if (!params.isAcceptable()) {
        return fault(QStringLiteral("Argon2id cost out of range: %1 passes, %2 bytes")
                         .arg(params.opsLimit)
                         .arg(params.memLimitBytes));
    }
    return Result<void>::success();
}

Result<void> KeySlotFile::save(const QList<Slot>& slots) const
{
    const QByteArray content = serialize(slots);
    const QByteArray target = QFile::encodeName(m_path);
    QByteArray temporary = target + ".XXXXXX";

    // POSIX calls rather than QSaveFile, which does not flush the folder: without that, a
    // power cut soon after the rename can bring back the old file, or leave none.
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        qCWarning(lcStore) << "Could not write the key slot file" << m_path
                           << qt_error_string(error);
        return Error(ErrorKind::Io,
                     tr("The key slot file could not be saved. The disk may be full or "
                        "read-only; nothing was changed."),
                     qt_error_string(error));
    }
    bool written =
        ::fchmod(fd, S_IRUSR | S_IWUSR) == 0 && writeAll(fd, content) && ::fsync(fd) == 0;
    int error = written ? 0 : errno;
    if (::close(fd) != 0 && written) {
        written = false;
        error = errno;
    }
    if (written && ::rename(temporary.constData(), target.constData()) != 0) {
        written = false;
        error = errno;
    }
    if (!written) {
        ::unlink(temporary.constData());
        qCWarning(lcStore) << "Could not write the key slot file" << m_path
                           << qt_error_string(error);
        return Error(ErrorKind::Io,
                     tr("The key slot file could not be saved. The disk may be full or "
                        "read-only; nothing was changed."),
                     qt_error_string(error));
    }
    syncFolder(QFileInfo(m_path).absolutePath());
    return Result<void>::success();
}

QByteArray KeySlotFile::serialize(const QList<Slot>& slots) const
{
    QJsonArray entries;
    for (const Slot& slot : slots) {
        QJsonObject object {
            {QStringLiteral("lookup"), toBase64(slot.lookup)},
            {QStringLiteral("user"), slot.userId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("opsLimit"), qint64(slot.params.opsLimit)},
            {QStringLiteral("memLimit"), qint64(slot.params.memLimitBytes)},
            {QStringLiteral("salt"), toBase64(slot.salt)},
            {QStringLiteral("nonce"), toBase64(slot.nonce)},
            {QStringLiteral("secretKey"), toBase64(slot.encryptedSecretKey)},
            {QStringLiteral("publicKey"), toBase64(slot.publicKey)},
            {QStringLiteral("databaseKey"), toBase64(slot.sealedDatabaseKey)},
            {QStringLiteral("failedAttempts"), slot.failedAttempts},
        };
        if (slot.lockedUntil.isValid()) {
            object.insert(QStringLiteral("lockedUntil"),
                          slot.lockedUntil.toUTC().toString(Qt::ISODateWithMs));
        }
        entries.append(object);
    }
    const QJsonObject root {
        {QStringLiteral("format"), kFormatVersion},
        {QStringLiteral("workstation"), m_workstationId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("lookupSalt"), toBase64(m_lookupSalt)},
        {QStringLiteral("slots"), entries},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Error KeySlotFile::damaged(const QString& detail) const
{
    qCWarning(lcStore) << "The key slot file" << m_path << "is damaged:" << detail;
    return Error(ErrorKind::Damaged,
                 tr("The key slot file %1 is damaged and cannot be trusted. Restore it from the "
                    "backup taken together with the database.")
                     .arg(QDir::toNativeSeparators(m_path)),
                 detail);
}

Error KeySlotFile::lockedOut(const Slot& slot) const
{
    return Error(ErrorKind::AccountLocked,
                 tr("This account is locked after too many wrong passwords, until %1. Try again "
                    "then, or ask an administrator to unlock it.")
                     .arg(slot.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))));
}

Error KeySlotFile::wrongPassword()
{
    return Error(ErrorKind::WrongPassword,
                 tr("The user name or the password is wrong. Check the keyboard layout and Caps "
                    "Lock, then try again."));
}

Error KeySlotFile::noSuchSlot()
{
    return Error(ErrorKind::NotFound,
                 tr("This user cannot open the database on this workstation: there is no key "
                    "for them. Ask an administrator to add the user again."));
}

Error KeySlotFile::shortOfMemory()
{
    return Error(ErrorKind::Internal,
                 tr("The computer is short of memory for checking the password. Close other "
                    "programs and try again."));
}

Error KeySlotFile::fault(const QString& detail)
{
    return Error(ErrorKind::Internal,
                 tr("The database keys could not be handled. This is a fault in CaseDesk; "
                    "please report it."),
                 detail);
}

} // namespace casedesk
