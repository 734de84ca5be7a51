#include "store/AccountBook.h"
#include "support/FakeClock.h"
#include "support/TestDataDir.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace casedesk;

// The owner, group and other bits; Qt also reports the owner's bits as the "user" bits.
constexpr QFileDevice::Permissions kOwnerGroupOther = QFileDevice::Permissions(0x7077);

// Each scenario starts from a workstation with one account per role.
class TestAccountBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void theRightPasswordOpensASessionWithTheAccountsRole();
    void aWrongPasswordIsRefused();
    void anUnknownNameGetsTheSameAnswerAsAWrongPassword();
    void repeatedWrongPasswordsLockTheAccountForAWhile();
    void aDisabledAccountCannotSignIn();
    void aSecondFirstAdministratorIsRefused();
    void onlyAnAdministratorMayAddAccounts();
    void aWeakPasswordOrBadNameIsRefused();
    void peopleMayChangeTheirOwnPasswordButNotOthers();
    void theFileHoldsNoPasswordAndOnlyItsOwnerMayReadIt();
    void aDamagedFileIsRefusedWithAClearMessage();
    void aFailedWriteChangesNothing();

private:
    std::unique_ptr<test::FakeClock> m_clock;
    std::unique_ptr<test::TestDataDir> m_dir;
    std::unique_ptr<AccountBook> m_book;

    Session signInAs(Role role);
};

void TestAccountBook::init()
{
    m_clock = std::make_unique<test::FakeClock>();
    m_dir = std::make_unique<test::TestDataDir>();
    m_dir->setUpWithAllRoles(*m_clock);
    m_book = std::make_unique<AccountBook>(m_dir->directory().accountsFile(), *m_clock);
    const auto loaded = m_book->load();
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().message()));
}

void TestAccountBook::cleanup()
{
    m_book.reset();
    m_dir.reset();
}

Session TestAccountBook::signInAs(Role role)
{
    const auto session = m_book->signIn(roleId(role), test::TestDataDir::password(role));
    if (!session) {
        qWarning() << session.error().message();
        return {};
    }
    return session.value();
}

void TestAccountBook::theRightPasswordOpensASessionWithTheAccountsRole()
{
    for (Role role : allRoles()) {
        const auto session = m_book->signIn(roleId(role), test::TestDataDir::password(role));
        QVERIFY2(session.ok(), qPrintable(session ? QString() : session.error().message()));
        QCOMPARE(session.value().role, role);
        QCOMPARE(session.value().userName, roleId(role));
        QVERIFY(!session.value().userId.isNull());
    }
}

void TestAccountBook::aWrongPasswordIsRefused()
{
    const auto session =
        m_book->signIn(QStringLiteral("clerk"), QStringLiteral("not the password"));
    QVERIFY(!session.ok());
    QCOMPARE(session.error().kind(), ErrorKind::WrongPassword);
}

void TestAccountBook::anUnknownNameGetsTheSameAnswerAsAWrongPassword()
{
    const auto unknown = m_book->signIn(QStringLiteral("nobody"), QStringLiteral("whatever it is"));
    const auto wrong = m_book->signIn(QStringLiteral("clerk"), QStringLiteral("whatever it is"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind(), wrong.error().kind());
    QCOMPARE(unknown.error().message(), wrong.error().message());
}

void TestAccountBook::repeatedWrongPasswordsLockTheAccountForAWhile()
{
    const QString clerk = roleId(Role::Clerk);
    for (int i = 0; i < AccountBook::kMaxFailedAttempts; ++i) {
        QCOMPARE(m_book->signIn(clerk, QStringLiteral("wrong guess %1").arg(i)).error().kind(),
                 ErrorKind::WrongPassword);
    }
    // Now even the right password is refused, and the refusal survives a restart.
    AccountBook reopened(m_dir->directory().accountsFile(), *m_clock);
    QVERIFY(reopened.load().ok());
    const auto locked = reopened.signIn(clerk, test::TestDataDir::password(Role::Clerk));
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error().kind(), ErrorKind::AccountLocked);
    QVERIFY(reopened.accounts().at(1).lockedOut);

    m_clock->advanceSeconds(qint64(AccountBook::kLockOutMinutes) * 60 + 1);
    QVERIFY(reopened.signIn(clerk, test::TestDataDir::password(Role::Clerk)).ok());
}

void TestAccountBook::aDisabledAccountCannotSignIn()
{
    const Session admin = signInAs(Role::Administrator);
    QVERIFY(m_book->setDisabled(admin, QStringLiteral("supervisor"), true).ok());
    const auto refused =
        m_book->signIn(QStringLiteral("supervisor"), test::TestDataDir::password(Role::Supervisor));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::AccountLocked);

    QVERIFY(m_book->setDisabled(admin, QStringLiteral("supervisor"), false).ok());
    QVERIFY(
        m_book->signIn(QStringLiteral("supervisor"), test::TestDataDir::password(Role::Supervisor))
            .ok());

    const auto self = m_book->setDisabled(admin, admin.userName, true);
    QVERIFY(!self.ok());
    QCOMPARE(self.error().kind(), ErrorKind::InvalidInput);
}

void TestAccountBook::aSecondFirstAdministratorIsRefused()
{
    const auto second = m_book->createFirstAdministrator(QStringLiteral("intruder"),
                                                         QStringLiteral("a long passphrase"));
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind(), ErrorKind::PermissionDenied);
    QCOMPARE(m_book->accounts().size(), 4);
}

void TestAccountBook::onlyAnAdministratorMayAddAccounts()
{
    for (Role role : {Role::Clerk, Role::HearingSecretary, Role::Supervisor}) {
        const auto added = m_book->addAccount(signInAs(role),
                                              QStringLiteral("newcomer"),
                                              Role::Administrator,
                                              QStringLiteral("a long passphrase"));
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind(), ErrorKind::PermissionDenied);
    }
    const auto added = m_book->addAccount(signInAs(Role::Administrator),
                                          QStringLiteral("newcomer"),
                                          Role::Clerk,
                                          QStringLiteral("a long passphrase"));
    QVERIFY(added.ok());
    QCOMPARE(m_book->accounts().size(), 5);
}

void TestAccountBook::aWeakPasswordOrBadNameIsRefused()
{
    const Session admin = signInAs(Role::Administrator);
    const auto weak =
        m_book->addAccount(admin, QStringLiteral("newcomer"), Role::Clerk, QStringLiteral("short"));
    QVERIFY(!weak.ok());
    QCOMPARE(weak.error().kind(), ErrorKind::InvalidInput);

    const auto spaces = m_book->addAccount(
        admin, QStringLiteral("new comer"), Role::Clerk, QStringLiteral("a long passphrase"));
    QVERIFY(!spaces.ok());
    const auto duplicate = m_book->addAccount(
        admin, QStringLiteral("CLERK"), Role::Clerk, QStringLiteral("a long passphrase"));
    QVERIFY(!duplicate.ok());
    QCOMPARE(m_book->accounts().size(), 4);
}

void TestAccountBook::peopleMayChangeTheirOwnPasswordButNotOthers()
{
    const Session clerk = signInAs(Role::Clerk);
    QVERIFY(m_book->changePassword(clerk, clerk.userName, QStringLiteral("a brand new passphrase"))
                .ok());
    QVERIFY(m_book->signIn(clerk.userName, QStringLiteral("a brand new passphrase")).ok());
    QVERIFY(!m_book->signIn(clerk.userName, test::TestDataDir::password(Role::Clerk)).ok());

    const auto other = m_book->changePassword(
        clerk, QStringLiteral("supervisor"), QStringLiteral("taken over now"));
    QVERIFY(!other.ok());
    QCOMPARE(other.error().kind(), ErrorKind::PermissionDenied);

    QVERIFY(m_book
                ->changePassword(signInAs(Role::Administrator),
                                 QStringLiteral("supervisor"),
                                 QStringLiteral("reset by the administrator"))
                .ok());
}

void TestAccountBook::theFileHoldsNoPasswordAndOnlyItsOwnerMayReadIt()
{
    const QString path = m_dir->directory().accountsFile();
    QCOMPARE(QFile::permissions(path) & kOwnerGroupOther,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    for (Role role : allRoles()) {
        QVERIFY(!content.contains(test::TestDataDir::password(role).toUtf8()));
    }
    QVERIFY(content.contains("$argon2id$"));
}

void TestAccountBook::aDamagedFileIsRefusedWithAClearMessage()
{
    const QString path = m_dir->directory().accountsFile();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray content = file.readAll();
    content.truncate(content.size() / 2);
    QVERIFY(file.resize(0));
    QVERIFY(file.write(content) == content.size());
    file.close();

    AccountBook damaged(path, *m_clock);
    const auto loaded = damaged.load();
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind(), ErrorKind::Damaged);
    QVERIFY(loaded.error().message().contains(path));
    QVERIFY(damaged.isEmpty());
}

void TestAccountBook::aFailedWriteChangesNothing()
{
    const Session admin = signInAs(Role::Administrator);
    // Take the folder away under the book's feet: no account may write there, not even root.
    const QString folder = m_dir->path();
    const QString movedAway = folder + QStringLiteral("-away");
    QVERIFY(QDir().rename(folder, movedAway));
    const auto added = m_book->addAccount(
        admin, QStringLiteral("newcomer"), Role::Clerk, QStringLiteral("a long passphrase"));
    QVERIFY(QDir().rename(movedAway, folder));

    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind(), ErrorKind::Io);
    QCOMPARE(m_book->accounts().size(), 4);

    AccountBook reopened(m_dir->directory().accountsFile(), *m_clock);
    QVERIFY(reopened.load().ok());
    QCOMPARE(reopened.accounts().size(), 4);
}

QTEST_GUILESS_MAIN(TestAccountBook)
#include "tst_accountbook.moc"
