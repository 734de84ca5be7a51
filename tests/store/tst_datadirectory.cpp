#include "store/DataDirectory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;

// The owner, group and other bits; Qt also reports the owner's bits as the "user" bits.
constexpr QFileDevice::Permissions kOwnerGroupOther = QFileDevice::Permissions(0x7077);

class TestDataDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewFolderIsCreatedForItsOwnerOnly();
    void anOpenFolderIsClosedToOthers();
    void aFileInPlaceOfTheFolderIsRefused();
    void aFolderWithoutAKeyFileIsNotSetUp();
};

void TestDataDirectory::aNewFolderIsCreatedForItsOwnerOnly()
{
    QTemporaryDir parent;
    const DataDirectory data(parent.path() + QStringLiteral("/a/b/workstation"));
    QVERIFY(data.prepare().ok());
    QCOMPARE(QFile::permissions(data.path()) & kOwnerGroupOther,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestDataDirectory::anOpenFolderIsClosedToOthers()
{
    QTemporaryDir parent;
    const QString path = parent.path() + QStringLiteral("/open");
    QVERIFY(QDir().mkdir(path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(0x7775)));
    QVERIFY(DataDirectory(path).prepare().ok());
    QCOMPARE(QFile::permissions(path) & kOwnerGroupOther,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestDataDirectory::aFileInPlaceOfTheFolderIsRefused()
{
    QTemporaryDir parent;
    const QString path = parent.path() + QStringLiteral("/file");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto prepared = DataDirectory(path).prepare();
    QVERIFY(!prepared.ok());
    QCOMPARE(prepared.error().kind(), ErrorKind::InvalidInput);
    QVERIFY(prepared.error().message().contains(path));
}

void TestDataDirectory::aFolderWithoutAKeyFileIsNotSetUp()
{
    QTemporaryDir parent;
    const DataDirectory data(parent.path());
    QVERIFY(!data.isSetUp());
    QFile accounts(data.keySlotFile());
    QVERIFY(accounts.open(QIODevice::WriteOnly));
    accounts.close();
    QVERIFY(data.isSetUp());
}

QTEST_GUILESS_MAIN(TestDataDirectory)
#include "tst_datadirectory.moc"
