#include "intake/SearchTokens.h"
#include "store/Database.h"
#include "store/crypto/SecureBytes.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;

// The search box as a clerk uses it, against a real FTS4 table in an encrypted database:
// names in Chinese and Latin letters, whole or in part, id numbers whole or by their last
// digits, phone numbers.
class TestSearchTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void chineseTextBecomesOverlappingPairs();
    void numbersAreStoredWholeAndReversed();
    void queriesFindTheRightApplicants_data();
    void queriesFindTheRightApplicants();
    void punctuationAndOperatorsInAQueryCannotBreakIt_data();
    void punctuationAndOperatorsInAQueryCannotBreakIt();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

    QStringList search(const QString& query) const;
};

void TestSearchTokens::initTestCase()
{
    auto opened = Database::open(m_dir.filePath(QStringLiteral("search.db")),
                                 SecureBytes::random(32),
                                 Database::Mode::CreateNew);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().fullText()));
    m_database = std::move(opened).value();
    QVERIFY(m_database->exec(QStringLiteral("CREATE VIRTUAL TABLE search USING fts4(who, tokens)"))
                .ok());

    struct Applicant
    {
        const char* who;
        QString name;
        QString idNumber;
        QString phone;
    };
    const QList<Applicant> applicants = {
        {"zhang-weiming",
         QStringLiteral("张伟明"),
         QStringLiteral("11010519491231002X"),
         QStringLiteral("13800138000")},
        {"zhang-wei",
         QStringLiteral("张伟"),
         QStringLiteral("110101199003074514"),
         QStringLiteral("13912345678")},
        {"wang-fang",
         QStringLiteral("王芳"),
         QStringLiteral("440305198807150022"),
         QStringLiteral("010-62345678")},
        {"li-na",
         QStringLiteral("Li Na"),
         QStringLiteral("E12345678"),
         QStringLiteral("+86 138 0013 9999")},
        {"ouyang",
         QStringLiteral("欧阳 Ouyang Xiu"),
         QStringLiteral("320102198001011234"),
         QString()},
    };
    for (const Applicant& applicant : applicants) {
        QSqlQuery insert(m_database->connection());
        insert.prepare(QStringLiteral("INSERT INTO search (who, tokens) VALUES (?, ?)"));
        insert.addBindValue(QString::fromLatin1(applicant.who));
        insert.addBindValue(SearchTokens::forText(applicant.name) + QLatin1Char(' ')
                            + SearchTokens::forNumber(applicant.idNumber) + QLatin1Char(' ')
                            + SearchTokens::forNumber(applicant.phone));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
}

void TestSearchTokens::cleanupTestCase()
{
    m_database.reset();
}

QStringList TestSearchTokens::search(const QString& query) const
{
    const QString expression = SearchTokens::matchExpression(query);
    if (expression.isEmpty()) {
        return {};
    }
    QSqlQuery select(m_database->connection());
    select.prepare(QStringLiteral("SELECT who FROM search WHERE tokens MATCH ? ORDER BY who"));
    select.addBindValue(expression);
    if (!select.exec()) {
        return {QStringLiteral("error: ") + select.lastError().text()};
    }
    QStringList found;
    while (select.next()) {
        found.append(select.value(0).toString());
    }
    return found;
}

void TestSearchTokens::chineseTextBecomesOverlappingPairs()
{
    QCOMPARE(SearchTokens::forText(QStringLiteral("张伟明")), QStringLiteral("张伟 伟明"));
    QCOMPARE(SearchTokens::forText(QStringLiteral("王")), QStringLiteral("王"));
    QCOMPARE(SearchTokens::forText(QStringLiteral("欧阳Ouyang ＸＩＵ")),
             QStringLiteral("欧阳 ouyang xiu"));
}

void TestSearchTokens::numbersAreStoredWholeAndReversed()
{
    QCOMPARE(SearchTokens::forNumber(QStringLiteral("11010519491231002X")),
             QStringLiteral("11010519491231002x rx20013219491501011"));
    QCOMPARE(SearchTokens::forNumber(QStringLiteral("010-6234 5678")),
             QStringLiteral("01062345678 r87654326010"));
    QVERIFY(SearchTokens::forNumber(QString()).isEmpty());
}

void TestSearchTokens::queriesFindTheRightApplicants_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QStringList zhangs {QStringLiteral("zhang-wei"), QStringLiteral("zhang-weiming")};
    QTest::newRow("full chinese name")
        << QStringLiteral("张伟明") << QStringList {QStringLiteral("zhang-weiming")};
    QTest::newRow("two-character name") << QStringLiteral("张伟") << zhangs;
    QTest::newRow("given name only")
        << QStringLiteral("伟明") << QStringList {QStringLiteral("zhang-weiming")};
    QTest::newRow("surname only") << QStringLiteral("张") << zhangs;
    QTest::newRow("characters not adjacent") << QStringLiteral("张明") << QStringList {};
    QTest::newRow("latin, any case")
        << QStringLiteral("li NA") << QStringList {QStringLiteral("li-na")};
    QTest::newRow("latin prefix") << QStringLiteral("ouy")
                                  << QStringList {QStringLiteral("ouyang")};
    QTest::newRow("mixed chinese and latin")
        << QStringLiteral("欧阳 xiu") << QStringList {QStringLiteral("ouyang")};
    QTest::newRow("whole id number")
        << QStringLiteral("11010519491231002X") << QStringList {QStringLiteral("zhang-weiming")};
    QTest::newRow("id number, lowercase x")
        << QStringLiteral("11010519491231002x") << QStringList {QStringLiteral("zhang-weiming")};
    QTest::newRow("last four digits")
        << QStringLiteral("4514") << QStringList {QStringLiteral("zhang-wei")};
    QTest::newRow("last digits with x")
        << QStringLiteral("1002X") << QStringList {QStringLiteral("zhang-weiming")};
    QTest::newRow("id number beginning")
        << QStringLiteral("110101") << QStringList {QStringLiteral("zhang-wei")};
    QTest::newRow("phone number") << QStringLiteral("13912345678")
                                  << QStringList {QStringLiteral("zhang-wei")};
    QTest::newRow("phone last digits")
        << QStringLiteral("9999") << QStringList {QStringLiteral("li-na")};
    QTest::newRow("landline with dash")
        << QStringLiteral("010-62345678") << QStringList {QStringLiteral("wang-fang")};
    QTest::newRow("full-width digits")
        << QStringLiteral("４５１４") << QStringList {QStringLiteral("zhang-wei")};
    QTest::newRow("name and id suffix")
        << QStringLiteral("张伟 4514") << QStringList {QStringLiteral("zhang-wei")};
    QTest::newRow("nobody") << QStringLiteral("赵") << QStringList {};
}

void TestSearchTokens::queriesFindTheRightApplicants()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(search(query), expected);
}

void TestSearchTokens::punctuationAndOperatorsInAQueryCannotBreakIt_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("quotes") << QStringLiteral("\"张伟");
    QTest::newRow("operators") << QStringLiteral("NEAR OR AND NOT -张");
    QTest::newRow("sql") << QStringLiteral("'); DROP TABLE search; --");
    QTest::newRow("stars and brackets") << QStringLiteral("*(*)^");
    QTest::newRow("only spaces") << QStringLiteral("   ");
}

void TestSearchTokens::punctuationAndOperatorsInAQueryCannotBreakIt()
{
    QFETCH(QString, query);
    const QStringList found = search(query);
    QVERIFY2(found.isEmpty() || !found.first().startsWith(QStringLiteral("error")),
             qPrintable(found.join(QLatin1Char(','))));
    QSqlQuery count(m_database->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM search")) && count.next());
    QCOMPARE(count.value(0).toInt(), 5);
}

QTEST_GUILESS_MAIN(TestSearchTokens)
#include "tst_searchtokens.moc"
