#include "store/crypto/KeySlotFile.h"
#include "support/FakeClock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;

namespace {

// The owner, group and other bits; Qt also reports the owner's bits as the "user" bits.
constexpr QFileDevice::Permissions kOwnerGroupOther = QFileDevice::Permissions(0x7077);

const QString kAlice = QStringLiteral("alice.martin");
const QString kBob = QStringLiteral("bob.okafor");
const QString kAlicePassword = QStringLiteral("lantern orchard pebble");
const QString kBobPassword = QStringLiteral("quiet harbour thistle");

template<typename T>
QString failureOf(const Result<T>& result)
{
    return result ? QString() : result.error().fullText();
}

} // namespace

// Each scenario starts from a new workstation's key slot file with two users, Alice and Bob,
// whose passwords both open the same random database key.
class TestKeySlotFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void unlockingGivesBackExactlyTheKeyThatWasAdded();
    void aWrongPasswordIsRefusedWithoutTouchingTheDatabaseKey();
    void anUnknownNameGetsTheSameAnswerAsAWrongPassword();
    void fiveWrongPasswordsInARowLockTheSlotForFiveMinutes();
    void theRightPasswordForgivesEarlierMistakes();
    void wrongPasswordsCountEvenWhenTheFileCannotBeSaved();
    void anAdministratorCanLiftALockOut();
    void aSecondSlotForTheSameNameIsRefused();
    void aNewPasswordReplacesTheOldOneAndLeavesOtherSlotsAlone();
    void aLockedOutUsersPasswordCanBeReset();
    void aRemovedSlotNoLongerOpensTheDatabase();
    void theLastSlotCannotBeRemoved();
    void resealingGivesEverySlotTheNewKey();
    void aSlotMovedToAnotherUserNeverGivesAKey();
    void aSlotMovedToAnotherWorkstationNeverGivesAKey();
    void aChangedByteInASlotIsRefused_data();
    void aChangedByteInASlotIsRefused();
    void aMissingFileIsReportedAsNotFound();
    void aDamagedFileIsRefusedWithAClearMessage_data();
    void aDamagedFileIsRefusedWithAClearMessage();
    void anExistingFileIsNeverReplacedByANewOne();
    void theFileIsPrivateAndHoldsNoNamePasswordOrKey();
    void aFailedSaveChangesNeitherMemoryNorDisk();
    void calibratedCostsUnlockWithinTheRequiredTime();

private:
    [[nodiscard]] QJsonObject readJson() const;
    void writeJson(const QJsonObject& root) const;
    [[nodiscard]] QByteArray fileContent() const;
    [[nodiscard]] QJsonObject slotOf(const QUuid& userId) const;
    // Unlocks with a fresh object read from the disk, as the next start of the program would.
    [[nodiscard]] Result<UnlockedSlot> unlockFromDisk(const QString& userName,
                                                      const QString& password) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::FakeClock> m_clock;
    std::unique_ptr<KeySlotFile> m_slots;
    QString m_path;
    SecureBytes m_key;
    QUuid m_aliceId;
    QUuid m_bobId;
};

void TestKeySlotFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<test::FakeClock>();
    m_path = m_dir->filePath(QStringLiteral("keyslots.json"));
    m_key = SecureBytes::random(32);
    m_aliceId = QUuid::createUuid();
    m_bobId = QUuid::createUuid();

    m_slots = std::make_unique<KeySlotFile>(m_path, *m_clock);
    const auto created = m_slots->createNew();
    QVERIFY2(created.ok(), qPrintable(failureOf(created)));
    QVERIFY(!m_slots->workstationId().isNull());
    const auto alice =
        m_slots->addSlot(kAlice, m_aliceId, kAlicePassword, m_key, Argon2idParams::interactive());
    QVERIFY2(alice.ok(), qPrintable(failureOf(alice)));
    const auto bob =
        m_slots->addSlot(kBob, m_bobId, kBobPassword, m_key, Argon2idParams::interactive());
    QVERIFY2(bob.ok(), qPrintable(failureOf(bob)));
}

void TestKeySlotFile::cleanup()
{
    m_slots.reset();
    m_dir.reset();
}

QJsonObject TestKeySlotFile::readJson() const
{
    return QJsonDocument::fromJson(fileContent()).object();
}

void TestKeySlotFile::writeJson(const QJsonObject& root) const
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(QJsonDocument(root).toJson()) > 0);
}

QByteArray TestKeySlotFile::fileContent() const
{
    QFile file(m_path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject TestKeySlotFile::slotOf(const QUuid& userId) const
{
    const QJsonArray slots = readJson().value(QStringLiteral("slots")).toArray();
    for (const QJsonValue& slot : slots) {
        if (QUuid::fromString(slot.toObject().value(QStringLiteral("user")).toString()) == userId) {
            return slot.toObject();
        }
    }
    return {};
}

Result<UnlockedSlot> TestKeySlotFile::unlockFromDisk(const QString& userName,
                                                     const QString& password) const
{
    KeySlotFile reopened(m_path, *m_clock);
    if (const auto loaded = reopened.load(); !loaded) {
        return loaded.error();
    }
    return reopened.unlock(userName, password);
}

void TestKeySlotFile::unlockingGivesBackExactlyTheKeyThatWasAdded()
{
    const auto alice = unlockFromDisk(kAlice, kAlicePassword);
    QVERIFY2(alice.ok(), qPrintable(failureOf(alice)));
    QVERIFY(alice.value().databaseKey.equals(m_key));
    QCOMPARE(alice.value().userId, m_aliceId);

    // User names are not case-sensitive.
    const auto bob = m_slots->unlock(kBob.toUpper(), kBobPassword);
    QVERIFY2(bob.ok(), qPrintable(failureOf(bob)));
    QVERIFY(bob.value().databaseKey.equals(m_key));
    QCOMPARE(bob.value().userId, m_bobId);
    QCOMPARE(m_slots->slotCount(), 2);
}

void TestKeySlotFile::aWrongPasswordIsRefusedWithoutTouchingTheDatabaseKey()
{
    const QJsonObject before = slotOf(m_aliceId);
    const auto wrong = m_slots->unlock(kAlice, kBobPassword);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().kind(), ErrorKind::WrongPassword);

    // The failure is counted in the file; the slot's keys are as they were.
    const QJsonObject after = slotOf(m_aliceId);
    QCOMPARE(after.value(QStringLiteral("failedAttempts")).toInt(), 1);
    QCOMPARE(slotOf(m_bobId).value(QStringLiteral("failedAttempts")).toInt(), 0);
    for (const QString& field : {QStringLiteral("secretKey"),
                                 QStringLiteral("publicKey"),
                                 QStringLiteral("databaseKey")}) {
        QCOMPARE(after.value(field), before.value(field));
    }
    const auto right = m_slots->unlock(kAlice, kAlicePassword);
    QVERIFY2(right.ok(), qPrintable(failureOf(right)));
    QVERIFY(right.value().databaseKey.equals(m_key));
}

void TestKeySlotFile::anUnknownNameGetsTheSameAnswerAsAWrongPassword()
{
    const auto unknown = m_slots->unlock(QStringLiteral("nobody"), kAlicePassword);
    const auto wrong = m_slots->unlock(kAlice, QStringLiteral("not the password"));
    QVERIFY(!unknown.ok());
    QVERIFY(!wrong.ok());
    QCOMPARE(unknown.error().kind(), wrong.error().kind());
    QCOMPARE(unknown.error().message(), wrong.error().message());
    QCOMPARE(unknown.error().detail(), wrong.error().detail());
}

void TestKeySlotFile::fiveWrongPasswordsInARowLockTheSlotForFiveMinutes()
{
    for (int i = 1; i < KeySlotFile::kMaxFailedAttempts; ++i) {
        QCOMPARE(m_slots->unlock(kAlice, QStringLiteral("guess %1").arg(i)).error().kind(),
                 ErrorKind::WrongPassword);
    }
    const auto fifth = m_slots->unlock(kAlice, QStringLiteral("guess five"));
    QVERIFY(!fifth.ok());
    QCOMPARE(fifth.error().kind(), ErrorKind::AccountLocked);
    const QDateTime until = m_clock->now().addSecs(qint64(KeySlotFile::kLockOutMinutes) * 60);
    QVERIFY2(
        fifth.error().message().contains(until.toLocalTime().toString(QStringLiteral("HH:mm"))),
        qPrintable(fifth.error().message()));
    QVERIFY(m_slots->isLockedOut(kAlice));
    QVERIFY(!m_slots->isLockedOut(kBob));

    // Now even the right password is refused, and the lock survives a restart.
    QCOMPARE(m_slots->unlock(kAlice, kAlicePassword).error().kind(), ErrorKind::AccountLocked);
    const auto afterRestart = unlockFromDisk(kAlice, kAlicePassword);
    QVERIFY(!afterRestart.ok());
    QCOMPARE(afterRestart.error().kind(), ErrorKind::AccountLocked);
    QVERIFY(m_slots->unlock(kBob, kBobPassword).ok());

    m_clock->advanceSeconds(qint64(KeySlotFile::kLockOutMinutes) * 60 + 1);
    QVERIFY(!m_slots->isLockedOut(kAlice));
    const auto later = unlockFromDisk(kAlice, kAlicePassword);
    QVERIFY2(later.ok(), qPrintable(failureOf(later)));
    QVERIFY(later.value().databaseKey.equals(m_key));
}

void TestKeySlotFile::theRightPasswordForgivesEarlierMistakes()
{
    for (int i = 1; i < KeySlotFile::kMaxFailedAttempts; ++i) {
        QVERIFY(!m_slots->unlock(kAlice, QStringLiteral("guess %1").arg(i)).ok());
    }
    QVERIFY(m_slots->unlock(kAlice, kAlicePassword).ok());
    QCOMPARE(slotOf(m_aliceId).value(QStringLiteral("failedAttempts")).toInt(), 0);

    QCOMPARE(m_slots->unlock(kAlice, QStringLiteral("one more guess")).error().kind(),
             ErrorKind::WrongPassword);
    QVERIFY(!m_slots->isLockedOut(kAlice));
}

void TestKeySlotFile::wrongPasswordsCountEvenWhenTheFileCannotBeSaved()
{
    // A read-only or full disk must not buy anyone unlimited guesses.
    const QString folder = m_dir->path();
    const QString movedAway = folder + QStringLiteral("-away");
    QVERIFY(QDir().rename(folder, movedAway));
    ErrorKind last = ErrorKind::Internal;
    for (int i = 0; i < KeySlotFile::kMaxFailedAttempts; ++i) {
        last = m_slots->unlock(kAlice, QStringLiteral("guess %1").arg(i)).error().kind();
    }
    const auto right = m_slots->unlock(kAlice, kAlicePassword);
    QVERIFY(QDir().rename(movedAway, folder));

    QCOMPARE(last, ErrorKind::AccountLocked);
    QVERIFY(!right.ok());
    QCOMPARE(right.error().kind(), ErrorKind::AccountLocked);
}

void TestKeySlotFile::anAdministratorCanLiftALockOut()
{
    for (int i = 0; i < KeySlotFile::kMaxFailedAttempts; ++i) {
        QVERIFY(!m_slots->unlock(kAlice, QStringLiteral("guess %1").arg(i)).ok());
    }
    QVERIFY(m_slots->isLockedOut(kAlice));

    const auto cleared = m_slots->clearLockOut(kAlice);
    QVERIFY2(cleared.ok(), qPrintable(failureOf(cleared)));
    QVERIFY(!m_slots->isLockedOut(kAlice));
    QVERIFY(unlockFromDisk(kAlice, kAlicePassword).ok());
    QCOMPARE(m_slots->clearLockOut(QStringLiteral("nobody")).error().kind(), ErrorKind::NotFound);
}

void TestKeySlotFile::aSecondSlotForTheSameNameIsRefused()
{
    const auto duplicate = m_slots->addSlot(kAlice.toUpper(),
                                            QUuid::createUuid(),
                                            QStringLiteral("another passphrase"),
                                            m_key,
                                            Argon2idParams::interactive());
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().kind(), ErrorKind::InvalidInput);
    QCOMPARE(m_slots->slotCount(), 2);
    QVERIFY(m_slots->unlock(kAlice, kAlicePassword).ok());
}

void TestKeySlotFile::aNewPasswordReplacesTheOldOneAndLeavesOtherSlotsAlone()
{
    const QJsonObject bobBefore = slotOf(m_bobId);
    const QJsonObject aliceBefore = slotOf(m_aliceId);
    const QString newPassword = QStringLiteral("meadow copper lantern");
    const auto changed =
        m_slots->changePassword(kAlice, newPassword, m_key, Argon2idParams::interactive());
    QVERIFY2(changed.ok(), qPrintable(failureOf(changed)));

    QCOMPARE(unlockFromDisk(kAlice, kAlicePassword).error().kind(), ErrorKind::WrongPassword);
    const auto renewed = unlockFromDisk(kAlice, newPassword);
    QVERIFY2(renewed.ok(), qPrintable(failureOf(renewed)));
    QVERIFY(renewed.value().databaseKey.equals(m_key));
    QCOMPARE(renewed.value().userId, m_aliceId);

    // A new key pair and salt, not only a new password.
    const QJsonObject aliceAfter = slotOf(m_aliceId);
    QVERIFY(aliceAfter.value(QStringLiteral("publicKey"))
            != aliceBefore.value(QStringLiteral("publicKey")));
    QVERIFY(aliceAfter.value(QStringLiteral("salt")) != aliceBefore.value(QStringLiteral("salt")));
    QCOMPARE(slotOf(m_bobId), bobBefore);
    QVERIFY(unlockFromDisk(kBob, kBobPassword).ok());
}

void TestKeySlotFile::aLockedOutUsersPasswordCanBeReset()
{
    for (int i = 0; i < KeySlotFile::kMaxFailedAttempts; ++i) {
        QVERIFY(!m_slots->unlock(kAlice, QStringLiteral("guess %1").arg(i)).ok());
    }
    const QString newPassword = QStringLiteral("set by the administrator");
    const auto reset =
        m_slots->changePassword(kAlice, newPassword, m_key, Argon2idParams::interactive());
    QVERIFY2(reset.ok(), qPrintable(failureOf(reset)));
    QVERIFY(!m_slots->isLockedOut(kAlice));
    QVERIFY(unlockFromDisk(kAlice, newPassword).ok());
}

void TestKeySlotFile::aRemovedSlotNoLongerOpensTheDatabase()
{
    const auto removed = m_slots->removeSlot(kBob);
    QVERIFY2(removed.ok(), qPrintable(failureOf(removed)));
    QCOMPARE(m_slots->slotCount(), 1);
    QVERIFY(!m_slots->hasSlot(kBob));

    const auto refused = unlockFromDisk(kBob, kBobPassword);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::WrongPassword);
    QVERIFY(slotOf(m_bobId).isEmpty());
    QVERIFY(unlockFromDisk(kAlice, kAlicePassword).ok());
    QCOMPARE(m_slots->removeSlot(kBob).error().kind(), ErrorKind::NotFound);
}

void TestKeySlotFile::theLastSlotCannotBeRemoved()
{
    QVERIFY(m_slots->removeSlot(kBob).ok());
    const auto last = m_slots->removeSlot(kAlice);
    QVERIFY(!last.ok());
    QCOMPARE(last.error().kind(), ErrorKind::InvalidInput);
    QVERIFY(unlockFromDisk(kAlice, kAlicePassword).ok());
}

void TestKeySlotFile::resealingGivesEverySlotTheNewKey()
{
    const SecureBytes newKey = SecureBytes::random(32);
    const auto resealed = m_slots->resealAll(newKey);
    QVERIFY2(resealed.ok(), qPrintable(failureOf(resealed)));

    for (const auto& [name, password] :
         {std::pair(kAlice, kAlicePassword), std::pair(kBob, kBobPassword)}) {
        const auto unlocked = unlockFromDisk(name, password);
        QVERIFY2(unlocked.ok(), qPrintable(failureOf(unlocked)));
        QVERIFY(unlocked.value().databaseKey.equals(newKey));
        QVERIFY(!unlocked.value().databaseKey.equals(m_key));
    }
}

void TestKeySlotFile::aSlotMovedToAnotherUserNeverGivesAKey()
{
    // Swapping the user ids makes each slot claim to be the other user's.
    QJsonObject root = readJson();
    QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
    QJsonObject first = slots.at(0).toObject();
    QJsonObject second = slots.at(1).toObject();
    const QJsonValue firstUser = first.value(QStringLiteral("user"));
    first.insert(QStringLiteral("user"), second.value(QStringLiteral("user")));
    second.insert(QStringLiteral("user"), firstUser);
    slots.replace(0, first);
    slots.replace(1, second);
    root.insert(QStringLiteral("slots"), slots);
    writeJson(root);

    for (const auto& [name, password] :
         {std::pair(kAlice, kAlicePassword), std::pair(kBob, kBobPassword)}) {
        const auto unlocked = unlockFromDisk(name, password);
        QVERIFY(!unlocked.ok());
        QVERIFY2(unlocked.error().kind() == ErrorKind::WrongPassword
                     || unlocked.error().kind() == ErrorKind::Damaged,
                 qPrintable(failureOf(unlocked)));
    }
}

void TestKeySlotFile::aSlotMovedToAnotherWorkstationNeverGivesAKey()
{
    QJsonObject root = readJson();
    root.insert(QStringLiteral("workstation"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    writeJson(root);

    const auto unlocked = unlockFromDisk(kAlice, kAlicePassword);
    QVERIFY(!unlocked.ok());
    QVERIFY2(unlocked.error().kind() == ErrorKind::WrongPassword
                 || unlocked.error().kind() == ErrorKind::Damaged,
             qPrintable(failureOf(unlocked)));
}

void TestKeySlotFile::aChangedByteInASlotIsRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("offset");

    QTest::newRow("secret key, first byte") << QStringLiteral("secretKey") << 0;
    QTest::newRow("secret key, in the tag") << QStringLiteral("secretKey") << 40;
    QTest::newRow("public key") << QStringLiteral("publicKey") << 7;
    QTest::newRow("sealed database key") << QStringLiteral("databaseKey") << 50;
    QTest::newRow("nonce") << QStringLiteral("nonce") << 3;
    QTest::newRow("salt") << QStringLiteral("salt") << 0;
}

void TestKeySlotFile::aChangedByteInASlotIsRefused()
{
    QFETCH(QString, field);
    QFETCH(int, offset);

    QJsonObject root = readJson();
    QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
    for (qsizetype i = 0; i < slots.size(); ++i) {
        QJsonObject slot = slots.at(i).toObject();
        if (QUuid::fromString(slot.value(QStringLiteral("user")).toString()) != m_aliceId) {
            continue;
        }
        QByteArray bytes = QByteArray::fromBase64(slot.value(field).toString().toLatin1());
        QVERIFY(offset < bytes.size());
        bytes[offset] = char(bytes.at(offset) ^ 0x01);
        slot.insert(field, QString::fromLatin1(bytes.toBase64()));
        slots.replace(i, slot);
    }
    root.insert(QStringLiteral("slots"), slots);
    writeJson(root);

    const auto unlocked = unlockFromDisk(kAlice, kAlicePassword);
    QVERIFY(!unlocked.ok());
    QVERIFY2(unlocked.error().kind() == ErrorKind::WrongPassword
                 || unlocked.error().kind() == ErrorKind::Damaged,
             qPrintable(failureOf(unlocked)));
    QVERIFY(unlockFromDisk(kBob, kBobPassword).ok());
}

void TestKeySlotFile::aMissingFileIsReportedAsNotFound()
{
    const QString absent = m_dir->filePath(QStringLiteral("absent.json"));
    KeySlotFile missing(absent, *m_clock);
    const auto loaded = missing.load();
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind(), ErrorKind::NotFound);
    QVERIFY(loaded.error().message().contains(QDir::toNativeSeparators(absent)));
    QVERIFY(loaded.error().message().contains(QStringLiteral("backup")));
}

void TestKeySlotFile::aDamagedFileIsRefusedWithAClearMessage_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");

    // An empty field name stands for damage to the text of the file rather than to a value.
    QTest::newRow("truncated") << QString() << QJsonValue(QStringLiteral("truncate"));
    QTest::newRow("not JSON") << QString() << QJsonValue(QStringLiteral("garble"));
    QTest::newRow("empty") << QString() << QJsonValue(QStringLiteral("empty"));
    QTest::newRow("no passes") << QStringLiteral("opsLimit") << QJsonValue(0);
    QTest::newRow("a million passes") << QStringLiteral("opsLimit") << QJsonValue(1000000);
    QTest::newRow("passes as text")
        << QStringLiteral("opsLimit") << QJsonValue(QStringLiteral("2"));
    QTest::newRow("1 KiB of memory") << QStringLiteral("memLimit") << QJsonValue(1024);
    QTest::newRow("1 TiB of memory") << QStringLiteral("memLimit") << QJsonValue(qint64(1) << 40);
    QTest::newRow("short salt") << QStringLiteral("salt") << QJsonValue(QStringLiteral("c2hvcnQ="));
    QTest::newRow("salt not base64")
        << QStringLiteral("salt") << QJsonValue(QStringLiteral("#not base64 at all#"));
    QTest::newRow("user id not a uuid")
        << QStringLiteral("user") << QJsonValue(QStringLiteral("not-a-uuid"));
    QTest::newRow("negative failed attempts") << QStringLiteral("failedAttempts") << QJsonValue(-3);
    QTest::newRow("lock-out not a date")
        << QStringLiteral("lockedUntil") << QJsonValue(QStringLiteral("soon"));
}

void TestKeySlotFile::aDamagedFileIsRefusedWithAClearMessage()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);

    if (field.isEmpty()) {
        QByteArray content = fileContent();
        if (value.toString() == QStringLiteral("truncate")) {
            content.truncate(content.size() / 2);
        } else if (value.toString() == QStringLiteral("garble")) {
            content = "this is not a key slot file";
        } else {
            content.clear();
        }
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(content), content.size());
    } else {
        QJsonObject root = readJson();
        QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
        QJsonObject slot = slots.at(0).toObject();
        slot.insert(field, value);
        slots.replace(0, slot);
        root.insert(QStringLiteral("slots"), slots);
        writeJson(root);
    }

    KeySlotFile damaged(m_path, *m_clock);
    const auto loaded = damaged.load();
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind(), ErrorKind::Damaged);
    QVERIFY(loaded.error().message().contains(QDir::toNativeSeparators(m_path)));
    QCOMPARE(damaged.slotCount(), 0);
    QVERIFY(!damaged.unlock(kAlice, kAlicePassword).ok());
}

void TestKeySlotFile::anExistingFileIsNeverReplacedByANewOne()
{
    const QByteArray before = fileContent();
    KeySlotFile again(m_path, *m_clock);
    const auto created = again.createNew();
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind(), ErrorKind::InvalidInput);
    QCOMPARE(fileContent(), before);
}

void TestKeySlotFile::theFileIsPrivateAndHoldsNoNamePasswordOrKey()
{
    QCOMPARE(QFile::permissions(m_path) & kOwnerGroupOther,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const QByteArray content = fileContent();
    const QByteArray folded = content.toLower();
    for (const QString& secret : {kAlice, kBob, kAlicePassword, kBobPassword}) {
        QVERIFY2(!folded.contains(secret.toLower().toUtf8()), qPrintable(secret));
    }
    const QByteArray key(reinterpret_cast<const char*>(m_key.constData()), qsizetype(m_key.size()));
    QVERIFY(!content.contains(key));
    QVERIFY(!folded.contains(key.toHex()));
    const QList<QByteArray::Base64Options> encodings {
        QByteArray::Base64Encoding,
        QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals,
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals};
    for (const QByteArray::Base64Options options : encodings) {
        QVERIFY(!content.contains(key.toBase64(options)));
    }
    QCOMPARE(readJson().value(QStringLiteral("format")).toInt(), 1);
}

void TestKeySlotFile::aFailedSaveChangesNeitherMemoryNorDisk()
{
    const QByteArray before = fileContent();
    const SecureBytes newKey = SecureBytes::random(32);

    // Take the folder away under the file's feet: nobody can write there, not even root.
    const QString folder = m_dir->path();
    const QString movedAway = folder + QStringLiteral("-away");
    QVERIFY(QDir().rename(folder, movedAway));
    const auto added = m_slots->addSlot(QStringLiteral("carol.ndiaye"),
                                        QUuid::createUuid(),
                                        QStringLiteral("a third passphrase"),
                                        m_key,
                                        Argon2idParams::interactive());
    const auto changed = m_slots->changePassword(
        kAlice, QStringLiteral("never saved"), m_key, Argon2idParams::interactive());
    const auto removed = m_slots->removeSlot(kBob);
    const auto resealed = m_slots->resealAll(newKey);
    QVERIFY(QDir().rename(movedAway, folder));

    for (const Result<void>* failed : {&added, &changed, &removed, &resealed}) {
        QVERIFY(!failed->ok());
        QCOMPARE(failed->error().kind(), ErrorKind::Io);
        QVERIFY(failed->error().message().contains(QStringLiteral("nothing was changed")));
    }

    QCOMPARE(m_slots->slotCount(), 2);
    QVERIFY(!m_slots->hasSlot(QStringLiteral("carol.ndiaye")));
    const auto alice = m_slots->unlock(kAlice, kAlicePassword);
    QVERIFY2(alice.ok(), qPrintable(failureOf(alice)));
    QVERIFY(alice.value().databaseKey.equals(m_key));
    QVERIFY(m_slots->unlock(kBob, kBobPassword).ok());

    QCOMPARE(fileContent(), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("keyslots.json")});
}

void TestKeySlotFile::calibratedCostsUnlockWithinTheRequiredTime()
{
    // The product's requirement on this computer: unlocking takes 0.3 to 1 second.
    QElapsedTimer timer;
    timer.start();
    const Argon2idParams params = Argon2idParams::calibrate(0.5);
    const qint64 calibrationMs = timer.elapsed();
    QVERIFY(params.isAcceptable());

    const QString carol = QStringLiteral("carol.ndiaye");
    const QString password = QStringLiteral("a third passphrase");
    QVERIFY(m_slots->addSlot(carol, QUuid::createUuid(), password, m_key, params).ok());
    timer.restart();
    const auto unlocked = m_slots->unlock(carol, password);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QVERIFY2(unlocked.ok(), qPrintable(failureOf(unlocked)));

    qInfo("Calibrated Argon2id: %llu passes over %llu MiB; unlock took %.3f s; calibration %lld ms",
          static_cast<unsigned long long>(params.opsLimit),
          static_cast<unsigned long long>(params.memLimitBytes >> 20),
          seconds,
          static_cast<long long>(calibrationMs));
    QVERIFY2(seconds >= 0.3 && seconds <= 1.0, qPrintable(QString::number(seconds)));
}

QTEST_GUILESS_MAIN(TestKeySlotFile)
#include "tst_keyslotfile.moc"
