#include "intake/DraftRepository.h"
#include "store/Workstation.h"
#include "support/FakeClock.h"
#include "support/TestDataDir.h"

#include <QTest>

using namespace casedesk;

// The intake form saved as the clerk types: it outlives the program, one draft a clerk.
class TestDraftRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void aSavedDraftComesBackAfterTheWorkstationIsOpenedAgain();
    void savingAgainReplacesTheDraft();
    void eachClerkHasTheirOwnDraft();
    void aDiscardedDraftIsGone();
    void onlyAClerkHasDrafts();

private:
    test::FakeClock m_clock {QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC)};
    test::TestDataDir m_dir;
    std::unique_ptr<Workstation> m_station;
    Session m_clerk;

    [[nodiscard]] DraftRepository drafts() const;
    [[nodiscard]] static Draft draft(const QString& name);
};

void TestDraftRepository::initTestCase()
{
    m_dir.setUpWithAllRoles(m_clock);
}

void TestDraftRepository::init()
{
    m_station = m_dir.workstation(m_clock);
    const auto clerk =
        m_station->signIn(QStringLiteral("clerk"), test::TestDataDir::password(Role::Clerk));
    QVERIFY(clerk.ok());
    m_clerk = clerk.value();
}

void TestDraftRepository::cleanup()
{
    QVERIFY(drafts().discard(m_clerk).ok());
    m_station.reset();
}

DraftRepository TestDraftRepository::drafts() const
{
    return DraftRepository(*m_station->database(), m_clock);
}

Draft TestDraftRepository::draft(const QString& name)
{
    Draft draft;
    draft.caseType = QStringLiteral("pension-enrolment");
    draft.content = {
        {QStringLiteral("fields"), QJsonObject {{QStringLiteral("applicant_name"), name}}}};
    return draft;
}

void TestDraftRepository::aSavedDraftComesBackAfterTheWorkstationIsOpenedAgain()
{
    const auto saved = drafts().save(m_clerk, draft(QStringLiteral("张伟")));
    QVERIFY(saved.ok());
    QVERIFY(!saved.value().id.isNull());

    // As after a power cut: everything closed, then opened and signed in again.
    m_station.reset();
    init();
    const auto loaded = drafts().load(m_clerk);
    QVERIFY(loaded.ok() && loaded.value().has_value());
    QCOMPARE(loaded.value()->id, saved.value().id);
    QCOMPARE(loaded.value()->caseType, QStringLiteral("pension-enrolment"));
    QCOMPARE(loaded.value()->content, draft(QStringLiteral("张伟")).content);
    QCOMPARE(loaded.value()->updatedAt, m_clock.now());
}

void TestDraftRepository::savingAgainReplacesTheDraft()
{
    const auto first = drafts().save(m_clerk, draft(QStringLiteral("张")));
    QVERIFY(first.ok());
    Draft next = draft(QStringLiteral("张伟明"));
    next.id = first.value().id;
    m_clock.advanceSeconds(2);
    QVERIFY(drafts().save(m_clerk, next).ok());
    const auto loaded = drafts().load(m_clerk);
    QCOMPARE(loaded.value()->content, next.content);
    QCOMPARE(loaded.value()->updatedAt, m_clock.now());
}

void TestDraftRepository::eachClerkHasTheirOwnDraft()
{
    const auto admin = m_station->signIn(QStringLiteral("administrator"),
                                         test::TestDataDir::password(Role::Administrator));
    QVERIFY(admin.ok());
    const QString password = QStringLiteral("Counter-Two-2026!");
    if (!m_station->signIn(QStringLiteral("second.clerk"), password).ok()) {
        const auto added = m_station->addUser(
            admin.value(), QStringLiteral("second.clerk"), Role::Clerk, password);
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().fullText()));
    }
    const auto second = m_station->signIn(QStringLiteral("second.clerk"), password);
    QVERIFY(second.ok());

    QVERIFY(drafts().save(m_clerk, draft(QStringLiteral("王芳"))).ok());
    QVERIFY(!drafts().load(second.value()).value().has_value());
    QVERIFY(drafts().save(second.value(), draft(QStringLiteral("李娜"))).ok());
    QCOMPARE(drafts().load(m_clerk).value()->content, draft(QStringLiteral("王芳")).content);
    QVERIFY(drafts().discard(second.value()).ok());
}

void TestDraftRepository::aDiscardedDraftIsGone()
{
    QVERIFY(drafts().save(m_clerk, draft(QStringLiteral("赵敏"))).ok());
    QVERIFY(drafts().discard(m_clerk).ok());
    QVERIFY(!drafts().load(m_clerk).value().has_value());
}

void TestDraftRepository::onlyAClerkHasDrafts()
{
    const auto supervisor = m_station->signIn(QStringLiteral("supervisor"),
                                              test::TestDataDir::password(Role::Supervisor));
    QVERIFY(supervisor.ok());
    const auto refused = drafts().save(supervisor.value(), draft(QStringLiteral("钱七")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::PermissionDenied);
    QCOMPARE(drafts().load(supervisor.value()).error().kind(), ErrorKind::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestDraftRepository)
#include "tst_draftrepository.moc"
