#include "core/IdGenerator.h"
#include "store/SecretStore.h"

#include <QTest>

using namespace casedesk;

// Runs against the real Secret Service that ./dev.sh test starts (an unlocked
// gnome-keyring on a private D-Bus session). Outside it the test is skipped, except in CI,
// where a missing keyring is a failure of the test setup.
class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aWrittenSecretReadsBackUnchanged();
    void aMissingEntryIsReportedAsNotFound();
    void aRemovedSecretIsGone();

private:
    SecretStore m_store {QStringLiteral("CaseDesk tests")};
    QString uniqueKey() const
    {
        return QStringLiteral("test-") + newId().toString(QUuid::WithoutBraces);
    }
};

void TestSecretStore::initTestCase()
{
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")) {
        if (qEnvironmentVariableIsSet("CI")) {
            QFAIL("No D-Bus session in CI: run the tests through ./dev.sh test.");
        }
        QSKIP("No D-Bus session with a Secret Service; run the tests through ./dev.sh test.");
    }
}

void TestSecretStore::aWrittenSecretReadsBackUnchanged()
{
    const QString key = uniqueKey();
    const QByteArray secret("device-credential\x00\xff\x01", 20);
    const auto written = m_store.write(key, secret);
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().fullText()));

    const auto read = m_store.read(key);
    QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().fullText()));
    QCOMPARE(read.value(), secret);
    QVERIFY(m_store.remove(key).ok());
}

void TestSecretStore::aMissingEntryIsReportedAsNotFound()
{
    const auto read = m_store.read(uniqueKey());
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind(), ErrorKind::NotFound);
    QVERIFY(!read.error().message().isEmpty());
}

void TestSecretStore::aRemovedSecretIsGone()
{
    const QString key = uniqueKey();
    QVERIFY(m_store.write(key, QByteArrayLiteral("short-lived")).ok());
    QVERIFY(m_store.remove(key).ok());
    QCOMPARE(m_store.read(key).error().kind(), ErrorKind::NotFound);
    // Removing again is not an error.
    QVERIFY(m_store.remove(key).ok());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
