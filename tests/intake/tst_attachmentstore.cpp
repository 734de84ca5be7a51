#include "intake/AttachmentStore.h"
#include "intake/CaseRepository.h"
#include "intake/CaseType.h"
#include "intake/DraftRepository.h"
#include "store/Database.h"
#include "store/Workstation.h"
#include "support/FakeClock.h"
#include "support/TestDataDir.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace casedesk;

// The files citizens hand in: checked by what they are, kept once by their content, and
// traced to the cases that hold them.
class TestAttachmentStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sniffsTheRealFormatNotTheName_data();
    void sniffsTheRealFormatNotTheName();
    void refusesWhatTheDocumentDoesNotAccept_data();
    void refusesWhatTheDocumentDoesNotAccept();
    void acceptsAFileOfAnAcceptedFormat();
    void theSameFileIsKeptOnceAndItsCasesAreNamed();
    void aCaseCannotReferToAFileThatIsNotKept();
    void unreferencedFilesGoButThoseOfCasesAndDraftsStay();

private:
    test::FakeClock m_clock {QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC)};
    test::TestDataDir m_dir;
    std::unique_ptr<Workstation> m_station;
    Session m_clerk;

    [[nodiscard]] qint64 count(const QString& sql) const;
    [[nodiscard]] static DocumentRequirement idCardCopy();
    [[nodiscard]] static QByteArray pdf(const QByteArray& body);
    [[nodiscard]] IntakeInput intake(const QList<AttachmentInput>& attachments) const;
};

void TestAttachmentStore::initTestCase()
{
    m_dir.setUpWithAllRoles(m_clock);
}

void TestAttachmentStore::init()
{
    m_station = m_dir.workstation(m_clock);
    const auto clerk =
        m_station->signIn(QStringLiteral("clerk"), test::TestDataDir::password(Role::Clerk));
    QVERIFY(clerk.ok());
    m_clerk = clerk.value();
}

void TestAttachmentStore::cleanup()
{
    m_station.reset();
}

qint64 TestAttachmentStore::count(const QString& sql) const
{
    QSqlQuery query(m_station->database()->connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

DocumentRequirement TestAttachmentStore::idCardCopy()
{
    DocumentRequirement document;
    document.id = QStringLiteral("id_card");
    document.label = {QStringLiteral("身份证复印件"), QStringLiteral("Copy of the identity card")};
    document.required = true;
    document.formats = {QStringLiteral("pdf"), QStringLiteral("jpeg")};
    document.maxSizeMiB = 1;
    return document;
}

QByteArray TestAttachmentStore::pdf(const QByteArray& body)
{
    return QByteArrayLiteral("%PDF-1.4\n") + body + QByteArrayLiteral("\n%%EOF\n");
}

IntakeInput TestAttachmentStore::intake(const QList<AttachmentInput>& attachments) const
{
    IntakeInput input;
    input.caseType = QStringLiteral("passport-application");
    input.applicant = {{},
                       QStringLiteral("李娜"),
                       QStringLiteral("resident-id"),
                       QStringLiteral("11010519491231002X"),
                       {},
                       0};
    input.attachments = attachments;
    return input;
}

void TestAttachmentStore::sniffsTheRealFormatNotTheName_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mediaType");
    QTest::newRow("pdf") << pdf("1 0 obj") << QStringLiteral("application/pdf");
    QTest::newRow("pdf after junk")
        << QByteArray("\r\n\r\n") + pdf("x") << QStringLiteral("application/pdf");
    QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10)
                          << QStringLiteral("image/jpeg");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\x00\x00", 10)
                         << QStringLiteral("image/png");
    QTest::newRow("word document") << QByteArray("PK\x03\x04word/document.xml", 22) << QString();
    QTest::newRow("text") << QByteArray("my passport.pdf") << QString();
}

void TestAttachmentStore::sniffsTheRealFormatNotTheName()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mediaType);
    QCOMPARE(AttachmentStore::sniffMediaType(content), mediaType);
}

void TestAttachmentStore::refusesWhatTheDocumentDoesNotAccept_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("too large") << pdf(QByteArray(1536 * 1024, 'x')) << QStringLiteral("1 MiB");
    QTest::newRow("png where pdf or jpeg")
        << QByteArray("\x89PNG\r\n\x1A\n\x00\x00", 10) << QStringLiteral("PDF, JPEG");
    QTest::newRow("not a document") << QByteArray("GIF89a") << QStringLiteral("PDF, JPEG");
}

void TestAttachmentStore::refusesWhatTheDocumentDoesNotAccept()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentioned);
    const auto checked =
        AttachmentStore::checkFile(idCardCopy(), QStringLiteral("scan.pdf"), content);
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().kind(), ErrorKind::InvalidInput);
    QVERIFY2(checked.error().message().contains(QStringLiteral("scan.pdf")),
             qPrintable(checked.error().message()));
    QVERIFY2(checked.error().message().contains(mentioned), qPrintable(checked.error().message()));
}

void TestAttachmentStore::acceptsAFileOfAnAcceptedFormat()
{
    const auto checked =
        AttachmentStore::checkFile(idCardCopy(), QStringLiteral("scan"), pdf("1 0 obj"));
    QVERIFY2(checked.ok(), qPrintable(checked ? QString() : checked.error().message()));
    QCOMPARE(checked.value(), QStringLiteral("application/pdf"));
}

void TestAttachmentStore::theSameFileIsKeptOnceAndItsCasesAreNamed()
{
    AttachmentStore store(*m_station->database(), m_clock);
    const QByteArray content = pdf("the same scan, handed in twice");
    const auto first = store.keep(content, QStringLiteral("application/pdf"), 0);
    const auto second = store.keep(content, QStringLiteral("application/pdf"), 2);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(second.value().sha256, first.value().sha256);
    QCOMPARE(first.value().sha256, AttachmentStore::sha256Hex(content));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_files WHERE sha256 = '%1'")
                       .arg(first.value().sha256)),
             1);
    // The page count learnt the second time is kept.
    QCOMPARE(count(QStringLiteral("SELECT page_count FROM attachment_files WHERE sha256 = '%1'")
                       .arg(first.value().sha256)),
             2);
    QCOMPARE(store.content(first.value().sha256).value(), content);
    QVERIFY(store.casesHolding(first.value().sha256).value().isEmpty());

    CaseRepository cases(*m_station->database(), m_clock);
    const AttachmentInput scan {
        QStringLiteral("id_card"), first.value().sha256, QStringLiteral("scan.pdf")};
    const auto one = cases.takeIn(m_clerk, intake({scan}));
    m_clock.advanceSeconds(60);
    const auto other = cases.takeIn(m_clerk, intake({scan}));
    QVERIFY2(one.ok() && other.ok(), qPrintable(one ? QString() : one.error().fullText()));
    QCOMPARE(store.casesHolding(first.value().sha256).value(),
             (QStringList {one.value().number, other.value().number}));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_journal WHERE record_type = "
                                  "'attachment'")),
             2);
}

void TestAttachmentStore::aCaseCannotReferToAFileThatIsNotKept()
{
    const qint64 cases = count(QStringLiteral("SELECT count(*) FROM cases"));
    const auto refused = CaseRepository(*m_station->database(), m_clock)
                             .takeIn(m_clerk,
                                     intake({{QStringLiteral("photo"),
                                              AttachmentStore::sha256Hex("never kept"),
                                              QStringLiteral("photo.jpg")}}));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::NotFound);
    QVERIFY(refused.error().message().contains(QStringLiteral("photo.jpg")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases")), cases);
}

void TestAttachmentStore::unreferencedFilesGoButThoseOfCasesAndDraftsStay()
{
    AttachmentStore store(*m_station->database(), m_clock);
    const auto inCase = store.keep(pdf("in a case"), QStringLiteral("application/pdf"), 1);
    const auto inDraft = store.keep(pdf("in a draft"), QStringLiteral("application/pdf"), 1);
    const auto abandoned = store.keep(pdf("abandoned"), QStringLiteral("application/pdf"), 1);
    QVERIFY(inCase.ok() && inDraft.ok() && abandoned.ok());
    QVERIFY(CaseRepository(*m_station->database(), m_clock)
                .takeIn(m_clerk,
                        intake({{QStringLiteral("id_card"),
                                 inCase.value().sha256,
                                 QStringLiteral("a.pdf")}}))
                .ok());
    Draft draft;
    draft.caseType = QStringLiteral("passport-application");
    draft.content = {
        {QStringLiteral("attachments"),
         QJsonArray {QJsonObject {{QStringLiteral("sha256"), inDraft.value().sha256}}}}};
    QVERIFY(DraftRepository(*m_station->database(), m_clock).save(m_clerk, draft).ok());

    const auto removed = store.removeUnreferenced();
    QVERIFY(removed.ok());
    QVERIFY(removed.value() >= 1);
    QVERIFY(store.content(inCase.value().sha256).ok());
    QVERIFY(store.content(inDraft.value().sha256).ok());
    QCOMPARE(store.content(abandoned.value().sha256).error().kind(), ErrorKind::NotFound);
}

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"
