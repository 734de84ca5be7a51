#include "core/CaseStatus.h"

#include <QTest>

using namespace casedesk;

// How a case moves from received to closed, and who may move it.
class TestCaseStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsRoundTrip();
    void aCaseMovesOnlyForward_data();
    void aCaseMovesOnlyForward();
    void eachMoveNeedsTheRightRole_data();
    void eachMoveNeedsTheRightRole();
    void aSupervisorNeverDecidesACaseTheyTookIn();

private:
    static Session as(Role role, const QUuid& id = QUuid::createUuid())
    {
        return Session {id, roleId(role), role};
    }
};

void TestCaseStatus::idsRoundTrip()
{
    for (CaseStatus status : CaseStatusRules::all()) {
        QCOMPARE(CaseStatusRules::fromId(CaseStatusRules::id(status)), std::optional(status));
        QVERIFY(!CaseStatusRules::displayName(status).isEmpty());
    }
    QVERIFY(!CaseStatusRules::fromId(QStringLiteral("lost")).has_value());
}

void TestCaseStatus::aCaseMovesOnlyForward_data()
{
    QTest::addColumn<CaseStatus>("from");
    QTest::addColumn<CaseStatus>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("received to checked") << CaseStatus::Received << CaseStatus::Checked << true;
    QTest::newRow("checked to awaiting approval")
        << CaseStatus::Checked << CaseStatus::AwaitingApproval << true;
    QTest::newRow("awaiting approval to approved")
        << CaseStatus::AwaitingApproval << CaseStatus::Approved << true;
    QTest::newRow("awaiting approval to rejected")
        << CaseStatus::AwaitingApproval << CaseStatus::Rejected << true;
    QTest::newRow("approved to closed") << CaseStatus::Approved << CaseStatus::Closed << true;
    QTest::newRow("rejected to closed") << CaseStatus::Rejected << CaseStatus::Closed << true;
    QTest::newRow("received straight to approved")
        << CaseStatus::Received << CaseStatus::Approved << false;
    QTest::newRow("checked back to received")
        << CaseStatus::Checked << CaseStatus::Received << false;
    QTest::newRow("closed reopened") << CaseStatus::Closed << CaseStatus::Received << false;
    QTest::newRow("approved to rejected") << CaseStatus::Approved << CaseStatus::Rejected << false;
}

void TestCaseStatus::aCaseMovesOnlyForward()
{
    QFETCH(CaseStatus, from);
    QFETCH(CaseStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(CaseStatusRules::next(from).contains(to), allowed);
    if (!allowed) {
        // Not even a supervisor may make a move the rules do not have.
        const auto refused =
            CaseStatusRules::checkMove(as(Role::Supervisor), QUuid::createUuid(), from, to);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), ErrorKind::InvalidInput);
    }
}

void TestCaseStatus::eachMoveNeedsTheRightRole_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<CaseStatus>("from");
    QTest::addColumn<CaseStatus>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("clerk checks") << Role::Clerk << CaseStatus::Received << CaseStatus::Checked
                                  << true;
    QTest::newRow("clerk sends for approval")
        << Role::Clerk << CaseStatus::Checked << CaseStatus::AwaitingApproval << true;
    QTest::newRow("clerk may not approve")
        << Role::Clerk << CaseStatus::AwaitingApproval << CaseStatus::Approved << false;
    QTest::newRow("supervisor approves")
        << Role::Supervisor << CaseStatus::AwaitingApproval << CaseStatus::Approved << true;
    QTest::newRow("supervisor rejects")
        << Role::Supervisor << CaseStatus::AwaitingApproval << CaseStatus::Rejected << true;
    QTest::newRow("supervisor closes")
        << Role::Supervisor << CaseStatus::Approved << CaseStatus::Closed << true;
    QTest::newRow("clerk closes") << Role::Clerk << CaseStatus::Rejected << CaseStatus::Closed
                                  << true;
    QTest::newRow("secretary may not check")
        << Role::HearingSecretary << CaseStatus::Received << CaseStatus::Checked << false;
    QTest::newRow("administrator may not approve")
        << Role::Administrator << CaseStatus::AwaitingApproval << CaseStatus::Approved << false;
    QTest::newRow("administrator may not close")
        << Role::Administrator << CaseStatus::Approved << CaseStatus::Closed << false;
}

void TestCaseStatus::eachMoveNeedsTheRightRole()
{
    QFETCH(Role, role);
    QFETCH(CaseStatus, from);
    QFETCH(CaseStatus, to);
    QFETCH(bool, allowed);
    const auto result = CaseStatusRules::checkMove(as(role), QUuid::createUuid(), from, to);
    QCOMPARE(result.ok(), allowed);
    if (!allowed) {
        QCOMPARE(result.error().kind(), ErrorKind::PermissionDenied);
    }
}

void TestCaseStatus::aSupervisorNeverDecidesACaseTheyTookIn()
{
    const QUuid supervisor = QUuid::createUuid();
    for (CaseStatus decision : {CaseStatus::Approved, CaseStatus::Rejected}) {
        const auto own = CaseStatusRules::checkMove(
            as(Role::Supervisor, supervisor), supervisor, CaseStatus::AwaitingApproval, decision);
        QVERIFY(!own.ok());
        QCOMPARE(own.error().kind(), ErrorKind::PermissionDenied);
        QVERIFY(own.error().message().contains(QStringLiteral("another supervisor")));
    }
}

QTEST_GUILESS_MAIN(TestCaseStatus)
#include "tst_casestatus.moc"
