#include "store/Database.h"
#include "store/Workstation.h"
#include "support/FakeClock.h"
#include "support/TestDataDir.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace casedesk;

// Each fault the store must survive: a clear error, and nothing already saved lost.
class TestStoreFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aMissingKeyFileIsNamed();
    void aDamagedKeyFileIsNamed();
    void aFlippedByteInTheDatabaseIsReportedAsDamage();
    void aDatabaseFromANewerVersionIsRefusedUntouched();
    void anUnencryptedDatabaseIsRefused();
    void aFullDiskRollsBackAndWorkGoesOn();
    void aFileLockedByAnotherProcessIsReportedAsBusy();
    void killingAWriterNeverLosesACommittedRow();
    void anUnavailableKeychainSaysSo();

private:
    test::FakeClock m_clock;
    std::unique_ptr<test::TestDataDir> m_dir;

    Result<Session> signInAsAdministrator(Workstation& station) const
    {
        return station.signIn(QStringLiteral("administrator"),
                              test::TestDataDir::password(Role::Administrator));
    }
    static void flipByte(const QString& path, qint64 offset);
    QProcess* startProbe(const QString& mode);
};

void TestStoreFaults::init()
{
    m_dir = std::make_unique<test::TestDataDir>();
    m_dir->setUpWithAllRoles(m_clock);
}

void TestStoreFaults::cleanup()
{
    m_dir.reset();
}

void TestStoreFaults::flipByte(const QString& path, qint64 offset)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    char byte = 0;
    QVERIFY(file.getChar(&byte));
    QVERIFY(file.seek(offset));
    QVERIFY(file.putChar(char(byte ^ 0x01)));
}

QProcess* TestStoreFaults::startProbe(const QString& mode)
{
    auto* probe = new QProcess(this);
    probe->start(QStringLiteral(CASEDESK_STORE_PROBE), {mode, m_dir->path()});
    probe->write(test::TestDataDir::password(Role::Administrator).toUtf8() + "\n");
    return probe;
}

void TestStoreFaults::aMissingKeyFileIsNamed()
{
    QVERIFY(QFile::remove(m_dir->directory().keySlotFile()));
    const auto signedIn = signInAsAdministrator(*m_dir->workstation(m_clock));
    QVERIFY(!signedIn.ok());
    QCOMPARE(signedIn.error().kind(), ErrorKind::NotFound);
    QVERIFY(signedIn.error().message().contains(m_dir->directory().keySlotFile()));
}

void TestStoreFaults::aDamagedKeyFileIsNamed()
{
    QFile slots(m_dir->directory().keySlotFile());
    QVERIFY(slots.open(QIODevice::ReadWrite));
    const QByteArray content = slots.readAll();
    QVERIFY(slots.resize(content.size() - 40));
    slots.close();
    const auto signedIn = signInAsAdministrator(*m_dir->workstation(m_clock));
    QVERIFY(!signedIn.ok());
    QCOMPARE(signedIn.error().kind(), ErrorKind::Damaged);
    QVERIFY(signedIn.error().message().contains(m_dir->directory().keySlotFile()));
}

void TestStoreFaults::aFlippedByteInTheDatabaseIsReportedAsDamage()
{
    const QString path = m_dir->directory().databaseFile();
    const QByteArray before = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    // Inside the first page, past the salt: its HMAC no longer matches.
    flipByte(path, 200);

    const auto signedIn = signInAsAdministrator(*m_dir->workstation(m_clock));
    QVERIFY(!signedIn.ok());
    QCOMPARE(signedIn.error().kind(), ErrorKind::Damaged);
    QVERIFY2(signedIn.error().message().contains(path), qPrintable(signedIn.error().message()));
    QVERIFY(signedIn.error().message().contains(QStringLiteral("damaged")));

    // Nothing else was written to the file while finding out.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.size(), before.size());
}

void TestStoreFaults::aDatabaseFromANewerVersionIsRefusedUntouched()
{
    {
        auto station = m_dir->workstation(m_clock);
        QVERIFY(signInAsAdministrator(*station).ok());
        QVERIFY(station->database()
                    ->exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'from the "
                                          "future', '2030-01-01T00:00:00.000Z')"))
                    .ok());
    }
    auto station = m_dir->workstation(m_clock);
    const auto signedIn = signInAsAdministrator(*station);
    QVERIFY(!signedIn.ok());
    QCOMPARE(signedIn.error().kind(), ErrorKind::Incompatible);
    QVERIFY(signedIn.error().message().contains(QStringLiteral("999")));
    QVERIFY(!station->isOpen());
}

void TestStoreFaults::anUnencryptedDatabaseIsRefused()
{
    const QString path = m_dir->directory().databaseFile();
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'));
    file.close();
    const auto signedIn = signInAsAdministrator(*m_dir->workstation(m_clock));
    QVERIFY(!signedIn.ok());
    QCOMPARE(signedIn.error().kind(), ErrorKind::Damaged);
    QVERIFY(signedIn.error().message().contains(QStringLiteral("not encrypted")));
}

void TestStoreFaults::aFullDiskRollsBackAndWorkGoesOn()
{
    auto station = m_dir->workstation(m_clock);
    const auto admin = signInAsAdministrator(*station);
    QVERIFY(admin.ok());
    const Database& database = *station->database();
    QSqlQuery pages(database.connection());
    QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
    const qint64 pageCount = pages.value(0).toLongLong();

    // SQLite answers SQLITE_FULL exactly as for a full disk once the file may not grow.
    QVERIFY(database.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pageCount)).ok());
    Result<void> failed = Result<void>::success();
    int saved = 0;
    for (int i = 0; i < 500 && failed.ok(); ++i) {
        Transaction transaction(database);
        QVERIFY(transaction.begin().ok());
        QSqlQuery insert(database.connection());
        insert.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        insert.addBindValue(QStringLiteral("filler.%1").arg(i));
        insert.addBindValue(QString(2000, QLatin1Char('x')));
        failed = insert.exec()
            ? transaction.commit()
            : Result<void>(database.errorFrom(insert.lastError(), QStringLiteral("test")));
        saved += failed.ok() ? 1 : 0;
    }
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind(), ErrorKind::Io);
    QVERIFY(failed.error().message().contains(QStringLiteral("disk is full")));

    // What was saved before is still there, the failed change is not, and once there is
    // room again the same workstation goes on working.
    QSqlQuery count(database.connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'filler.%'"))
            && count.next());
    QCOMPARE(count.value(0).toInt(), saved);
    QVERIFY(database.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")).ok());
    QVERIFY(station->setIdleLockMinutes(admin.value(), 7).ok());
    QCOMPARE(database.integrityCheck().value(), QStringList {QStringLiteral("ok")});
}

void TestStoreFaults::aFileLockedByAnotherProcessIsReportedAsBusy()
{
    QProcess* holder = startProbe(QStringLiteral("hold"));
    QVERIFY(holder->waitForStarted());
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += holder->readAllStandardOutput()).contains("holding")
                                 || holder->state() != QProcess::Running,
                             30000);
    QVERIFY2(holder->state() == QProcess::Running, holder->readAllStandardError().constData());

    auto station = m_dir->workstation(m_clock);
    const auto signedIn = signInAsAdministrator(*station);
    QVERIFY(!signedIn.ok());
    QCOMPARE(signedIn.error().kind(), ErrorKind::Busy);
    QVERIFY(signedIn.error().message().contains(QStringLiteral("another program")));

    holder->closeWriteChannel();
    QVERIFY(holder->waitForFinished(30000));
    QVERIFY(signInAsAdministrator(*station).ok());
}

void TestStoreFaults::killingAWriterNeverLosesACommittedRow()
{
    constexpr int kRounds = 12;
    QStringList committed;
    for (int round = 0; round < kRounds; ++round) {
        QProcess* writer = startProbe(QStringLiteral("write"));
        QVERIFY(writer->waitForStarted());
        // Let it commit a varying number of rows, then kill it wherever it is.
        const int wanted = 3 + QRandomGenerator::global()->bounded(20);
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += writer->readAllStandardOutput()).count("committed")
                                         >= wanted
                                     || writer->state() != QProcess::Running,
                                 30000);
        QCOMPARE(writer->state(), QProcess::Running);
        writer->kill();
        QVERIFY(writer->waitForFinished(10000));
        output += writer->readAllStandardOutput();
        for (const QByteArray& line : output.split('\n')) {
            if (line.startsWith("committed ")) {
                committed.append(QString::fromUtf8(line.mid(10)));
            }
        }
        delete writer;

        auto station = m_dir->workstation(m_clock);
        const auto admin = signInAsAdministrator(*station);
        QVERIFY2(admin.ok(), qPrintable(admin ? QString() : admin.error().fullText()));
        QSqlQuery keys(station->database()->connection());
        QVERIFY(keys.exec(QStringLiteral("SELECT key FROM settings WHERE key LIKE 'probe.%'")));
        QSet<QString> present;
        while (keys.next()) {
            present.insert(keys.value(0).toString());
        }
        for (const QString& key : std::as_const(committed)) {
            QVERIFY2(present.contains(key),
                     qPrintable(QStringLiteral("lost %1 in round %2").arg(key).arg(round)));
        }
        const auto report = station->verify(admin.value());
        QVERIFY(report.ok());
        QCOMPARE(report.value().integrity, QStringList {QStringLiteral("ok")});
        QCOMPARE(report.value().firstBrokenAuditRow, 0);
        // The probe's keys start from 0 each round; clear them so rounds stay apart.
        QVERIFY(station->database()
                    ->exec(QStringLiteral("DELETE FROM settings WHERE key LIKE 'probe.%'"))
                    .ok());
        committed.clear();
    }
}

void TestStoreFaults::anUnavailableKeychainSaysSo()
{
    QProcess probe;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + m_dir->path() + QStringLiteral("/no-bus"));
    environment.remove(QStringLiteral("DISPLAY"));
    probe.setProcessEnvironment(environment);
    probe.start(QStringLiteral(CASEDESK_STORE_PROBE), {QStringLiteral("keychain")});
    QVERIFY(probe.waitForFinished(60000));
    const QList<QByteArray> lines = probe.readAllStandardOutput().split('\n');
    QCOMPARE(lines.value(0), QByteArray("unavailable"));
    QVERIFY(lines.value(1).contains("keychain is not available"));
}

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
