#include "intake/CaseListModel.h"
#include "intake/CaseRepository.h"
#include "intake/CaseTypeLoader.h"
#include "intake/ui/CasesPage.h"
#include "store/Workstation.h"
#include "support/FakeClock.h"
#include "support/TestDataDir.h"
#include "translations/Translations.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace casedesk;

// The Cases area as a clerk uses it: type into the search box, pick a status, read the list.
class TestCasesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void showsEveryCaseWithItsTypeLabelAndCount();
    void typingANameNarrowsTheListAfterAPause();
    void aStatusFilterShowsOnlyThoseCases();
    void ctrlFGoesToTheSearchBox();

private:
    test::FakeClock m_clock {QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC)};
    test::TestDataDir m_dir;
    std::unique_ptr<Workstation> m_station;
    Session m_clerk;
    std::unique_ptr<CasesPage> m_page;

    template<typename T>
    [[nodiscard]] T* child(const char* name) const
    {
        return m_page->findChild<T*>(QString::fromLatin1(name));
    }
};

void TestCasesPage::initTestCase()
{
    // The English plural forms come from the English translation.
    installTranslations(QStringLiteral("en"));
    m_dir.setUpWithAllRoles(m_clock);
    m_station = m_dir.workstation(m_clock);
    m_clerk = m_station->signIn(QStringLiteral("clerk"), test::TestDataDir::password(Role::Clerk))
                  .value();
    CaseRepository cases(*m_station->database(), m_clock);
    const QStringList names {QStringLiteral("张伟明"),
                             QStringLiteral("李娜"),
                             QStringLiteral("Anna Schmidt"),
                             QStringLiteral("王芳")};
    for (int i = 0; i < names.size(); ++i) {
        IntakeInput input;
        input.caseType = QStringLiteral("pension-enrolment");
        input.applicant = {{},
                           names.at(i),
                           QStringLiteral("resident-id"),
                           QStringLiteral("1101051949123100%1").arg(i, 2, 10, QLatin1Char('0')),
                           {},
                           0};
        const auto taken = cases.takeIn(m_clerk, input);
        QVERIFY(taken.ok());
        if (i == 1) {
            QVERIFY(cases.moveStatus(m_clerk, taken.value().id, CaseStatus::Checked).ok());
        }
        m_clock.advanceSeconds(600);
    }
}

void TestCasesPage::cleanupTestCase()
{
    m_station.reset();
}

void TestCasesPage::init()
{
    const auto caseTypes = CaseTypeLoader::loadShipped();
    QVERIFY(caseTypes.ok());
    m_page = std::make_unique<CasesPage>(
        m_clerk, *m_station->database(), caseTypes.value(), QStringLiteral("en"));
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestCasesPage::cleanup()
{
    m_page.reset();
}

void TestCasesPage::showsEveryCaseWithItsTypeLabelAndCount()
{
    auto* table = child<QTableView>("caseTable");
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(table->model()->index(0, CaseListModel::ApplicantColumn).data().toString(),
             QStringLiteral("王芳"));
    QCOMPARE(table->model()->index(0, CaseListModel::CaseTypeColumn).data().toString(),
             QStringLiteral("Enrolment in the basic pension insurance for urban and rural "
                            "residents"));
    QCOMPARE(child<QLabel>("caseCount")->text(), QStringLiteral("4 cases"));
}

void TestCasesPage::typingANameNarrowsTheListAfterAPause()
{
    auto* search = child<QLineEdit>("caseSearch");
    auto* table = child<QTableView>("caseTable");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("schmidt"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, CaseListModel::ApplicantColumn).data().toString(),
             QStringLiteral("Anna Schmidt"));

    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), 4);
}

void TestCasesPage::aStatusFilterShowsOnlyThoseCases()
{
    auto* status = child<QComboBox>("statusFilter");
    status->setCurrentIndex(status->findData(int(CaseStatus::Checked)));
    auto* table = child<QTableView>("caseTable");
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, CaseListModel::ApplicantColumn).data().toString(),
             QStringLiteral("李娜"));
    QCOMPARE(child<QLabel>("caseCount")->text(), QStringLiteral("1 case"));
}

void TestCasesPage::ctrlFGoesToTheSearchBox()
{
    auto* table = child<QTableView>("caseTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(child<QLineEdit>("caseSearch")->hasFocus());
}

QTEST_MAIN(TestCasesPage)
#include "tst_casespage.moc"
