#include "store/AuditJournal.h"
#include "store/ChangeJournal.h"
#include "store/Database.h"
#include "store/Workstation.h"
#include "support/FakeClock.h"
#include "support/TestDataDir.h"

#include <QSqlQuery>
#include <QTest>

using namespace casedesk;

// The audit journal's hash chain and the change journal's numbering, on a real
// encrypted database.
class TestJournals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void theCanonicalFormIsFixedAndUnambiguous();
    void appendedRowsChainFromTheGenesisHash();
    void verifyFindsTheFirstChangedRow_data();
    void verifyFindsTheFirstChangedRow();
    void aDeletedRowBreaksTheChain();
    void changesAreNumberedInOrderAndNeverReused();
    void aChangeRolledBackLeavesNoJournalRow();

private:
    test::FakeClock m_clock;
    std::unique_ptr<test::TestDataDir> m_dir;
    std::unique_ptr<Workstation> m_station;
    const Database* m_database = nullptr;

    void appendAuditRows(int count);
    qint64 lastSeq() const;
};

void TestJournals::init()
{
    m_dir = std::make_unique<test::TestDataDir>();
    m_dir->setUpWithAllRoles(m_clock);
    m_station = m_dir->workstation(m_clock);
    QVERIFY(
        m_station->signIn(QStringLiteral("clerk"), test::TestDataDir::password(Role::Clerk)).ok());
    m_database = m_station->database();
}

void TestJournals::cleanup()
{
    m_station.reset();
    m_dir.reset();
}

void TestJournals::appendAuditRows(int count)
{
    AuditJournal journal(*m_database, m_clock);
    for (int i = 0; i < count; ++i) {
        m_clock.advanceSeconds(1);
        QVERIFY(journal
                    .append(QUuid::createUuid(),
                            QStringLiteral("case.open"),
                            QStringLiteral("case"),
                            QUuid::createUuid().toString(QUuid::WithoutBraces))
                    .ok());
    }
}

qint64 TestJournals::lastSeq() const
{
    QSqlQuery last(m_database->connection());
    last.exec(QStringLiteral("SELECT max(seq) FROM audit_journal"));
    return last.next() ? last.value(0).toLongLong() : 0;
}

void TestJournals::theCanonicalFormIsFixedAndUnambiguous()
{
    AuditEntry entry;
    entry.seq = 42;
    entry.at = QDateTime(QDate(2026, 3, 1), QTime(9, 30, 0, 5), Qt::UTC);
    entry.actor = QStringLiteral("a");
    entry.action = QStringLiteral("user.add");
    entry.recordType = QStringLiteral("user");
    entry.recordId = QStringLiteral("b");
    entry.detail = QStringLiteral("审批");
    QCOMPARE(AuditJournal::canonicalForm(entry),
             QByteArray("i42;t24:2026-03-01T09:30:00.005Zt1:at8:user.addt4:usert1:bt6:")
                 + QStringLiteral("审批").toUtf8());

    // Moving a character from one field to the next changes the form.
    AuditEntry shifted = entry;
    shifted.actor = QStringLiteral("ab");
    shifted.recordId.clear();
    QVERIFY(AuditJournal::canonicalForm(shifted) != AuditJournal::canonicalForm(entry));
}

void TestJournals::appendedRowsChainFromTheGenesisHash()
{
    appendAuditRows(3);
    QSqlQuery rows(m_database->connection());
    QVERIFY(
        rows.exec(QStringLiteral("SELECT seq, prev_hash, hash FROM audit_journal ORDER BY seq")));
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toLongLong(), 1);
    QCOMPARE(rows.value(1).toByteArray(), AuditJournal::genesisHash());
    QByteArray previous = rows.value(2).toByteArray();
    while (rows.next()) {
        QCOMPARE(rows.value(1).toByteArray(), previous);
        previous = rows.value(2).toByteArray();
    }
    const auto verification = AuditJournal(*m_database, m_clock).verify();
    QVERIFY(verification.ok());
    QVERIFY(verification.value().intact());
}

void TestJournals::verifyFindsTheFirstChangedRow_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("action") << QStringLiteral("action = 'case.delete'");
    QTest::newRow("time") << QStringLiteral("at = '2020-01-01T00:00:00.000Z'");
    QTest::newRow("actor") << QStringLiteral("actor = 'someone-else'");
    QTest::newRow("hash recomputed by hand") << QStringLiteral("hash = zeroblob(32)");
}

void TestJournals::verifyFindsTheFirstChangedRow()
{
    QFETCH(QString, change);
    const qint64 first = lastSeq() + 2;
    appendAuditRows(6);
    QSqlQuery tamper(m_database->connection());
    QVERIFY(tamper.exec(QStringLiteral("UPDATE audit_journal SET %1 WHERE seq IN (%2, %3)")
                            .arg(change)
                            .arg(first)
                            .arg(first + 1)));
    const auto verification = AuditJournal(*m_database, m_clock).verify();
    QVERIFY(verification.ok());
    QCOMPARE(verification.value().firstBrokenSeq, first);
}

void TestJournals::aDeletedRowBreaksTheChain()
{
    const qint64 removed = lastSeq() + 2;
    appendAuditRows(4);
    QSqlQuery tamper(m_database->connection());
    QVERIFY(tamper.exec(QStringLiteral("DELETE FROM audit_journal WHERE seq = %1").arg(removed)));
    QCOMPARE(AuditJournal(*m_database, m_clock).verify().value().firstBrokenSeq, removed + 1);
}

void TestJournals::changesAreNumberedInOrderAndNeverReused()
{
    ChangeJournal journal(*m_database, m_clock);
    const QUuid actor = QUuid::createUuid();
    const QUuid record = QUuid::createUuid();
    Transaction transaction(*m_database);
    QVERIFY(transaction.begin().ok());
    const auto first =
        journal.append(actor,
                       QStringLiteral("case"),
                       record,
                       ChangeOperation::Insert,
                       {{QStringLiteral("status"), QVariant(), QStringLiteral("received")}},
                       0);
    const auto second = journal.append(
        actor,
        QStringLiteral("case"),
        record,
        ChangeOperation::Update,
        {{QStringLiteral("status"), QStringLiteral("received"), QStringLiteral("checked")},
         {QStringLiteral("fee_fen"), 0, 2000}},
        1);
    QVERIFY(transaction.commit().ok());
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first.value().epoch, 1);
    QCOMPARE(second.value().sequence, first.value().sequence + 1);

    const auto unsent = journal.unsent(10);
    QVERIFY(unsent.ok());
    QCOMPARE(unsent.value().size(), 2);
    const ChangeEntry& update = unsent.value().at(1);
    QCOMPARE(update.operation, ChangeOperation::Update);
    QCOMPARE(update.recordId, record);
    QCOMPARE(update.baseVersion, 1);
    QCOMPARE(update.fields.size(), 2);
    QCOMPARE(update.fields.at(0).newValue.toString(), QStringLiteral("checked"));
    QCOMPARE(update.fields.at(1).newValue.toLongLong(), 2000);
    QVERIFY(update.fields.at(0).oldValue.toString() == QStringLiteral("received"));
}

void TestJournals::aChangeRolledBackLeavesNoJournalRow()
{
    ChangeJournal journal(*m_database, m_clock);
    qint64 rolledBackSequence = 0;
    {
        Transaction transaction(*m_database);
        QVERIFY(transaction.begin().ok());
        const auto entry = journal.append(QUuid::createUuid(),
                                          QStringLiteral("case"),
                                          QUuid::createUuid(),
                                          ChangeOperation::Delete,
                                          {},
                                          3);
        QVERIFY(entry.ok());
        rolledBackSequence = entry.value().sequence;
    } // rolled back
    QVERIFY(journal.unsent(10).value().isEmpty());

    // The number is handed out again only because nothing with it was ever saved.
    Transaction transaction(*m_database);
    QVERIFY(transaction.begin().ok());
    const auto next = journal.append(QUuid::createUuid(),
                                     QStringLiteral("case"),
                                     QUuid::createUuid(),
                                     ChangeOperation::Insert,
                                     {},
                                     0);
    QVERIFY(transaction.commit().ok());
    QCOMPARE(next.value().sequence, rolledBackSequence);
}

QTEST_GUILESS_MAIN(TestJournals)
#include "tst_journals.moc"
