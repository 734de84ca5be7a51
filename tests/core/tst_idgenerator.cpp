#include "core/IdGenerator.h"
#include "support/FakeClock.h"

#include <QSet>
#include <QTest>
#include <QThread>

#include <vector>

using namespace casedesk;

class TestIdGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsCarryVersionSevenAndTheRfcVariant();
    void idsCarryTheClocksMillisecond();
    void idsMadeInOneMillisecondSortInTheOrderMade();
    void aSpentCounterBorrowsTheNextMillisecond();
    void aClockGoingBackDoesNotBreakTheOrder();
    void threadsNeverGetTheSameId();
    void aVersionFourIdIsNotTakenForVersionSeven();
};

void TestIdGenerator::idsCarryVersionSevenAndTheRfcVariant()
{
    const QUuid id = newId();
    QVERIFY(IdGenerator::isVersion7(id));
    // xxxxxxxx-xxxx-7xxx-[89ab]xxx-xxxxxxxxxxxx
    const QString text = id.toString(QUuid::WithoutBraces);
    QCOMPARE(text.at(14), QLatin1Char('7'));
    QVERIFY(QStringLiteral("89ab").contains(text.at(19)));
    QCOMPARE(id.variant(), QUuid::DCE);
}

void TestIdGenerator::idsCarryTheClocksMillisecond()
{
    test::FakeClock clock;
    IdGenerator generator(clock);
    const QUuid id = generator.next();
    QCOMPARE(IdGenerator::timestampOf(id), clock.msecsSinceEpoch());
    // The timestamp is the first 12 hex digits of the text form.
    const QString text = id.toString(QUuid::WithoutBraces).remove(QLatin1Char('-'));
    QCOMPARE(text.left(12).toLongLong(nullptr, 16), clock.msecsSinceEpoch());
}

void TestIdGenerator::idsMadeInOneMillisecondSortInTheOrderMade()
{
    test::FakeClock clock;
    IdGenerator generator(clock);
    QUuid previous = generator.next();
    for (int i = 0; i < 2000; ++i) {
        const QUuid id = generator.next();
        QVERIFY2(previous < id,
                 qPrintable(QStringLiteral("id %1 did not sort after the one before").arg(i)));
        previous = id;
    }
}

void TestIdGenerator::aSpentCounterBorrowsTheNextMillisecond()
{
    test::FakeClock clock;
    IdGenerator generator(clock);
    QUuid previous = generator.next();
    // 4096 ids are more than any counter seed leaves room for in one millisecond.
    for (int i = 0; i < 4096; ++i) {
        const QUuid id = generator.next();
        QVERIFY(previous < id);
        previous = id;
    }
    QCOMPARE(IdGenerator::timestampOf(previous), clock.msecsSinceEpoch() + 1);
}

void TestIdGenerator::aClockGoingBackDoesNotBreakTheOrder()
{
    test::FakeClock clock;
    IdGenerator generator(clock);
    const QUuid before = generator.next();
    clock.advanceSeconds(-5);
    const QUuid after = generator.next();
    QVERIFY(before < after);
    clock.advanceSeconds(10);
    const QUuid later = generator.next();
    QVERIFY(after < later);
    QCOMPARE(IdGenerator::timestampOf(later), clock.msecsSinceEpoch());
}

void TestIdGenerator::threadsNeverGetTheSameId()
{
    constexpr int kThreads = 4;
    constexpr int kPerThread = 20000;
    std::vector<QList<QUuid>> made(kThreads);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([&made, t] {
            for (int i = 0; i < kPerThread; ++i) {
                made[size_t(t)].append(newId());
            }
        }));
        threads.back()->start();
    }
    QSet<QUuid> seen;
    for (int t = 0; t < kThreads; ++t) {
        QVERIFY(threads[size_t(t)]->wait());
        for (const QUuid& id : made[size_t(t)]) {
            seen.insert(id);
        }
    }
    QCOMPARE(seen.size(), kThreads * kPerThread);
}

void TestIdGenerator::aVersionFourIdIsNotTakenForVersionSeven()
{
    QVERIFY(!IdGenerator::isVersion7(QUuid::createUuid()));
    QVERIFY(!IdGenerator::isVersion7(QUuid()));
}

QTEST_GUILESS_MAIN(TestIdGenerator)
#include "tst_idgenerator.moc"
