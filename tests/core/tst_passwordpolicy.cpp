#include "core/PasswordPolicy.h"

#include <QTest>

using namespace casedesk;

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judgesPasswords_data();
    void judgesPasswords();
};

void TestPasswordPolicy::judgesPasswords_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("passphrase") << QStringLiteral("river stone lantern") << true;
    QTest::newRow("ten mixed") << QStringLiteral("k7pq2mzx9w") << true;
    QTest::newRow("chinese passphrase") << QStringLiteral("春江花月夜照窗台明月") << true;
    QTest::newRow("too short") << QStringLiteral("abc123xyz") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("only digits") << QStringLiteral("1234567890123") << false;
    QTest::newRow("one repeated character") << QStringLiteral("aaaaaaaaaaaa") << false;
    QTest::newRow("contains the user name") << QStringLiteral("xWangLei2026x") << false;
}

void TestPasswordPolicy::judgesPasswords()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    const Result<void> result = PasswordPolicy::check(password, QStringLiteral("wanglei"));
    QVERIFY2(result.ok() == accepted, qPrintable(result ? QString() : result.error().message()));
    if (!result) {
        QCOMPARE(result.error().kind(), ErrorKind::InvalidInput);
        QVERIFY(!result.error().message().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
