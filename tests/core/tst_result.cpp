#include "core/Result.h"

#include <QTest>

using namespace casedesk;

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aValueIsOkAndCarriesTheValue();
    void anErrorCarriesItsKindMessageAndDetail();
    void aVoidResultIsOkUntilGivenAnError();
    void fullTextAddsTheDetailOnlyWhenThereIsOne();
};

void TestResult::aValueIsOkAndCarriesTheValue()
{
    const Result<QString> result(QStringLiteral("case"));
    QVERIFY(result.ok());
    QVERIFY(static_cast<bool>(result));
    QCOMPARE(result.value(), QStringLiteral("case"));
}

void TestResult::anErrorCarriesItsKindMessageAndDetail()
{
    const Result<int> result(Error(ErrorKind::Damaged,
                                   QStringLiteral("The file is damaged."),
                                   QStringLiteral("HMAC check failed")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), ErrorKind::Damaged);
    QCOMPARE(result.error().message(), QStringLiteral("The file is damaged."));
    QCOMPARE(result.error().detail(), QStringLiteral("HMAC check failed"));
}

void TestResult::aVoidResultIsOkUntilGivenAnError()
{
    QVERIFY(Result<void>::success().ok());
    const Result<void> failed(Error(ErrorKind::Io, QStringLiteral("The disk is full.")));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind(), ErrorKind::Io);
}

void TestResult::fullTextAddsTheDetailOnlyWhenThereIsOne()
{
    QCOMPARE(Error(ErrorKind::Io, QStringLiteral("Saving failed.")).fullText(),
             QStringLiteral("Saving failed."));
    QCOMPARE(
        Error(ErrorKind::Io, QStringLiteral("Saving failed."), QStringLiteral("ENOSPC")).fullText(),
        QStringLiteral("Saving failed. (ENOSPC)"));
}

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
