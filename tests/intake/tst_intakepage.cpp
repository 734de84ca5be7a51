#include "checks/DocumentInspector.h"
#include "core/DocumentDescriber.h"
#include "intake/CaseRepository.h"
#include "intake/CaseTypeLoader.h"
#include "intake/DraftRepository.h"
#include "intake/ui/IntakePage.h"
#include "store/Database.h"
#include "store/Workstation.h"
#include "support/FakeClock.h"
#include "support/TestDataDir.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace casedesk;

namespace {

// Answers every request a moment later, as the checker process does, with the page count
// the test set before the file was added and a thumbnail, without starting a process.
class FakeDescriber final : public DocumentDescriber
{
public:
    using DocumentDescriber::DocumentDescriber;

    int m_pageCount = 2;

    void describe(quint64 requestId, const QByteArray& content) override
    {
        Q_UNUSED(content)
        QImage page(36, 48, QImage::Format_RGB32);
        page.fill(Qt::white);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        page.save(&buffer, "PNG");
        DocumentDescription description;
        description.outcome = DocumentDescription::Outcome::Described;
        description.mediaType = QStringLiteral("application/pdf");
        description.pageCount = m_pageCount;
        description.thumbnailPng = png;
        QMetaObject::invokeMethod(
            this,
            [this, requestId, description] { Q_EMIT described(requestId, description); },
            Qt::QueuedConnection);
    }
};

// How the clerk answers one field: the text typed into it (into a choice, the start of the
// answer wanted), then presses of the down arrow to step through a choice's answers. Neither,
// for a field the citizen leaves empty.
struct Answer
{
    QString field;
    QString typed;
    int arrowsDown = 0;
};

// A file handed in for one of the case type's documents, in the format its name says.
struct HandedIn
{
    QString document;
    QString fileName;
    int pages = 1;
};

// The real checker starts a process per file on a machine that may be busy.
constexpr int kCheckerTimeoutMs = 30000;

QString mediaTypeOf(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix();
    if (suffix == QLatin1StringView("pdf")) {
        return QStringLiteral("application/pdf");
    }
    return suffix == QLatin1StringView("png") ? QStringLiteral("image/png")
                                              : QStringLiteral("image/jpeg");
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

Q_DECLARE_METATYPE(Answer)
Q_DECLARE_METATYPE(HandedIn)

// The intake form as a clerk uses it: with the keyboard alone, against the real encrypted
// store, with documents analysed by a stand-in for the checker or by the checker itself.
class TestIntakePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyShippedCaseTypeIsTakenInWithTheKeyboardAlone_data();
    void everyShippedCaseTypeIsTakenInWithTheKeyboardAlone();
    void theRealCheckerCountsThePagesAndTheStoreKeepsTheCount();
    void aFileThatIsNoPdfIsRefusedBesideTheDocumentAndNothingIsKept_data();
    void aFileThatIsNoPdfIsRefusedBesideTheDocumentAndNothingIsKept();
    void aDamagedPdfIsTakenBackOnceTheCheckerHasLookedAtIt();
    void aValidationErrorShowsBesideTheFieldAndBlocksSaving();
    void aDraftSurvivesThePageAndComesBackWithItsFile();
    void aReturningApplicantIsFilledInFromTheirNumber();

private:
    [[nodiscard]] std::unique_ptr<IntakePage> makePage();
    [[nodiscard]] std::unique_ptr<IntakePage> makePage(DocumentDescriber& describer);
    [[nodiscard]] QString writePdf(const QString& name, int pages = 2) const;
    // A PDF, JPEG or PNG file as its name says; images have one page.
    [[nodiscard]] QString writeDocument(const QString& name, int pages) const;
    [[nodiscard]] qint64 count(const QString& sql) const;
    // Each file kept for the document of the case, as "name | media type | pages".
    [[nodiscard]] QStringList attachmentsOf(const QUuid& caseId, const QString& document) const;
    // Checks that the keyboard is in the field, then types into it as a clerk would.
    static void typeInto(const QString& field, const QString& text);
    // Answers the fields in the order given, moving on with Enter and Tab in turn.
    static void answerInTurn(const QList<Answer>& answers);
    // Steps through the case types with the down arrow, as the clerk reads the list.
    static void chooseCaseType(const IntakePage& page, const QString& caseTypeId);
    // What the documents panel says about the first file of the document; empty when none.
    [[nodiscard]] static QString fileDescriptionOf(const IntakePage& page, const QString& document);
    [[nodiscard]] static bool hasThumbnail(const IntakePage& page, const QString& document);
    static QWidget* focused() { return QApplication::focusWidget(); }

    test::FakeClock m_clock {QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    test::TestDataDir m_dir;
    QTemporaryDir m_files;
    std::unique_ptr<Workstation> m_station;
    Session m_clerk;
    QList<CaseType> m_caseTypes;
    FakeDescriber m_describer;
    DocumentInspector m_inspector {QStringLiteral(CASEDESK_CHECKER_BINARY)};
};

void TestIntakePage::initTestCase()
{
    m_dir.setUpWithAllRoles(m_clock);
    auto loaded = CaseTypeLoader::loadShipped();
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().fullText()));
    m_caseTypes = std::move(loaded).value();
    QCOMPARE(m_caseTypes.first().id(), QStringLiteral("business-licence-change"));
}

void TestIntakePage::init()
{
    m_station = m_dir.workstation(m_clock);
    const auto clerk =
        m_station->signIn(QStringLiteral("clerk"), test::TestDataDir::password(Role::Clerk));
    QVERIFY2(clerk.ok(), qPrintable(clerk ? QString() : clerk.error().fullText()));
    m_clerk = clerk.value();
}

void TestIntakePage::cleanup()
{
    // Each scenario starts from an empty form, whatever the one before left.
    DraftRepository drafts(*m_station->database(), m_clock);
    QVERIFY(drafts.discard(m_clerk).ok());
    m_station.reset();
}

std::unique_ptr<IntakePage> TestIntakePage::makePage()
{
    return makePage(m_describer);
}

std::unique_ptr<IntakePage> TestIntakePage::makePage(DocumentDescriber& describer)
{
    auto page = std::make_unique<IntakePage>(
        m_clerk, *m_station->database(), m_clock, m_caseTypes, &describer, QStringLiteral("zh_CN"));
    page->resize(1100, 800);
    page->show();
    if (!QTest::qWaitForWindowActive(page.get())) {
        qWarning("the intake page did not become active");
    }
    return page;
}

QString TestIntakePage::writePdf(const QString& name, int pages) const
{
    const QString path = m_files.filePath(name);
    QPdfWriter writer(path);
    QPainter painter(&writer);
    for (int page = 1; page <= pages; ++page) {
        if (page > 1) {
            writer.newPage();
        }
        // The name makes each file's content, and so its hash, its own.
        painter.drawText(QPointF(200, 400), QStringLiteral("%1, page %2").arg(name).arg(page));
    }
    painter.end();
    return path;
}

QString TestIntakePage::writeDocument(const QString& name, int pages) const
{
    const QString mediaType = mediaTypeOf(name);
    if (mediaType == QLatin1StringView("application/pdf")) {
        return writePdf(name, pages);
    }
    QImage scan(600, 400, QImage::Format_RGB32);
    scan.fill(Qt::white);
    QPainter painter(&scan);
    painter.drawText(QPointF(40, 60), name);
    painter.end();
    const QString path = m_files.filePath(name);
    const char* format = mediaType == QLatin1StringView("image/png") ? "PNG" : "JPEG";
    return scan.save(path, format) ? path : QString();
}

qint64 TestIntakePage::count(const QString& sql) const
{
    QSqlQuery query(m_station->database()->connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

QStringList TestIntakePage::attachmentsOf(const QUuid& caseId, const QString& document) const
{
    QSqlQuery query(m_station->database()->connection());
    query.prepare(QStringLiteral(
        "SELECT file_name, media_type, page_count FROM attachments JOIN attachment_files USING "
        "(sha256) WHERE case_id = ? AND document = ? ORDER BY file_name"));
    query.addBindValue(caseId.toString(QUuid::WithoutBraces));
    query.addBindValue(document);
    QStringList rows;
    if (!query.exec()) {
        rows.append(query.lastError().text());
        return rows;
    }
    while (query.next()) {
        rows.append(QStringLiteral("%1 | %2 | %3")
                        .arg(query.value(0).toString(),
                             query.value(1).toString(),
                             query.value(2).toString()));
    }
    return rows;
}

void TestIntakePage::typeInto(const QString& field, const QString& text)
{
    QVERIFY(focused());
    QCOMPARE(focused()->objectName(), field);
    const bool latin =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (latin) {
        QTest::keyClicks(focused(), text);
        return;
    }
    // Chinese arrives from the input method as committed text, not as key presses.
    QInputMethodEvent committed;
    committed.setCommitString(text);
    QApplication::sendEvent(focused(), &committed);
}

void TestIntakePage::answerInTurn(const QList<Answer>& answers)
{
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const Answer& answer = answers.at(i);
        typeInto(answer.field, answer.typed);
        for (int press = 0; press < answer.arrowsDown; ++press) {
            QTest::keyClick(focused(), Qt::Key_Down);
        }
        if (QTest::currentTestFailed()) {
            return;
        }
        if (i + 1 < answers.size()) {
            QTest::keyClick(focused(), i % 2 == 0 ? Qt::Key_Return : Qt::Key_Tab);
        }
    }
}

void TestIntakePage::chooseCaseType(const IntakePage& page, const QString& caseTypeId)
{
    QVERIFY(focused());
    QCOMPARE(focused()->objectName(), QStringLiteral("caseType"));
    const int types = page.findChild<QComboBox*>(QStringLiteral("caseType"))->count();
    for (int press = 0; press < types && page.currentCaseTypeId() != caseTypeId; ++press) {
        QTest::keyClick(focused(), Qt::Key_Down);
    }
    QCOMPARE(page.currentCaseTypeId(), caseTypeId);
}

QString TestIntakePage::fileDescriptionOf(const IntakePage& page, const QString& document)
{
    const auto* row = page.findChild<QWidget*>(QStringLiteral("document_") + document);
    const auto* description =
        row ? row->findChild<QLabel*>(QStringLiteral("fileDescription")) : nullptr;
    return description ? description->text() : QString();
}

bool TestIntakePage::hasThumbnail(const IntakePage& page, const QString& document)
{
    const auto* row = page.findChild<QWidget*>(QStringLiteral("document_") + document);
    const auto* thumbnail = row ? row->findChild<QLabel*>(QStringLiteral("thumbnail")) : nullptr;
    return thumbnail && !thumbnail->pixmap().isNull();
}

void TestIntakePage::everyShippedCaseTypeIsTakenInWithTheKeyboardAlone_data()
{
    QTest::addColumn<QString>("caseType");
    QTest::addColumn<QList<Answer>>("answers");
    QTest::addColumn<QList<HandedIn>>("handedIn");
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<qint64>("feeFen");
    QTest::addColumn<QString>("applicantName");
    QTest::addColumn<QString>("applicantIdKind");
    QTest::addColumn<QString>("applicantIdNumber");
    QTest::addColumn<QString>("applicantPhone");

    // In person, with an agent: the agent's fields and documents appear. The optional
    // current address is passed by; the grade is found by typing its first digits.
    QTest::newRow("pension-enrolment")
        << QStringLiteral("pension-enrolment")
        << QList<Answer> {{QStringLiteral("applicant_name"), QStringLiteral("王丽华")},
                          {QStringLiteral("id_number"), QStringLiteral("350102 19681103 004x")},
                          {QStringLiteral("sex"), {}, 2},
                          {QStringLiteral("birth_date"), QStringLiteral("1968年11月3日")},
                          {QStringLiteral("phone"), QStringLiteral("139 0591 2345")},
                          {QStringLiteral("household_address"),
                           QStringLiteral("福建省福州市鼓楼区八一七北路120号")},
                          {QStringLiteral("residential_address"), {}},
                          {QStringLiteral("insurance_type"), {}, 1},
                          {QStringLiteral("contribution_grade"), QStringLiteral("1500")},
                          {QStringLiteral("bank_name"), QStringLiteral("中国农业银行福州鼓楼支行")},
                          {QStringLiteral("bank_account"),
                           QStringLiteral("6222 0202 0012 3456 788")},
                          {QStringLiteral("applied_by_agent"), {}, 2},
                          {QStringLiteral("agent_relationship"), {}, 2},
                          {QStringLiteral("agent_name"), QStringLiteral("陈志强")},
                          {QStringLiteral("agent_id_number"), QStringLiteral("350102199304121514")},
                          {QStringLiteral("agent_phone"), QStringLiteral("158-8012-3456")}}
        << QList<HandedIn> {{QStringLiteral("id_card_copy"), QStringLiteral("身份证复印件.jpg")},
                            {QStringLiteral("hukou_page"), QStringLiteral("户口簿.pdf"), 2},
                            {QStringLiteral("agent_authorisation"), QStringLiteral("委托书.pdf")},
                            {QStringLiteral("agent_id_card_copy"),
                             QStringLiteral("代办人身份证.png")}}
        << QJsonObject {{QStringLiteral("applicant_name"), QStringLiteral("王丽华")},
                        {QStringLiteral("id_number"), QStringLiteral("35010219681103004X")},
                        {QStringLiteral("sex"), QStringLiteral("female")},
                        {QStringLiteral("birth_date"), QStringLiteral("1968-11-03")},
                        {QStringLiteral("phone"), QStringLiteral("13905912345")},
                        {QStringLiteral("household_address"),
                         QStringLiteral("福建省福州市鼓楼区八一七北路120号")},
                        {QStringLiteral("insurance_type"), QStringLiteral("urban_rural_residents")},
                        {QStringLiteral("contribution_grade"), QStringLiteral("1500")},
                        {QStringLiteral("bank_name"), QStringLiteral("中国农业银行福州鼓楼支行")},
                        {QStringLiteral("bank_account"), QStringLiteral("6222020200123456788")},
                        {QStringLiteral("applied_by_agent"), QStringLiteral("yes")},
                        {QStringLiteral("agent_relationship"), QStringLiteral("child")},
                        {QStringLiteral("agent_name"), QStringLiteral("陈志强")},
                        {QStringLiteral("agent_id_number"), QStringLiteral("350102199304121514")},
                        {QStringLiteral("agent_phone"), QStringLiteral("15880123456")}}
        << qint64(0) << QStringLiteral("王丽华") << QStringLiteral("resident-id")
        << QStringLiteral("35010219681103004X") << QStringLiteral("13905912345");

    // A renewal: the previous passport's number and the passport itself are asked for.
    QTest::newRow("passport-application")
        << QStringLiteral("passport-application")
        << QList<Answer> {{QStringLiteral("name"), QStringLiteral("张伟")},
                          {QStringLiteral("name_pinyin"), QStringLiteral("ZHANG WEI")},
                          {QStringLiteral("id_number"), QStringLiteral("110105199007214831")},
                          {QStringLiteral("sex"), {}, 1},
                          {QStringLiteral("birth_date"), QStringLiteral("1990/7/21")},
                          {QStringLiteral("birth_place"), QStringLiteral("北京市")},
                          {QStringLiteral("phone"), QStringLiteral("+86 186 5000 1234")},
                          {QStringLiteral("residential_address"),
                           QStringLiteral("北京市朝阳区建国路88号")},
                          {QStringLiteral("emergency_contact_name"), QStringLiteral("张建华")},
                          {QStringLiteral("emergency_contact_phone"),
                           QStringLiteral("010 6512 3456")},
                          {QStringLiteral("application_type"), {}, 2},
                          {QStringLiteral("previous_passport_number"), QStringLiteral("eh3816429")}}
        << QList<HandedIn> {{QStringLiteral("id_card"), QStringLiteral("身份证.jpg")},
                            {QStringLiteral("photo"), QStringLiteral("照片.png")},
                            {QStringLiteral("previous_passport"), QStringLiteral("原护照.pdf"), 2}}
        << QJsonObject {{QStringLiteral("name"), QStringLiteral("张伟")},
                        {QStringLiteral("name_pinyin"), QStringLiteral("ZHANG WEI")},
                        {QStringLiteral("id_number"), QStringLiteral("110105199007214831")},
                        {QStringLiteral("sex"), QStringLiteral("male")},
                        {QStringLiteral("birth_date"), QStringLiteral("1990-07-21")},
                        {QStringLiteral("birth_place"), QStringLiteral("北京市")},
                        {QStringLiteral("phone"), QStringLiteral("18650001234")},
                        {QStringLiteral("residential_address"),
                         QStringLiteral("北京市朝阳区建国路88号")},
                        {QStringLiteral("emergency_contact_name"), QStringLiteral("张建华")},
                        {QStringLiteral("emergency_contact_phone"), QStringLiteral("010-65123456")},
                        {QStringLiteral("application_type"), QStringLiteral("renewal")},
                        {QStringLiteral("previous_passport_number"), QStringLiteral("EH3816429")}}
        << qint64(12000) << QStringLiteral("张伟") << QStringLiteral("resident-id")
        << QStringLiteral("110105199007214831") << QStringLiteral("18650001234");

    // A change of name, which shows the field for the new name and asks for the amendment
    // to the articles. The first case type, so the clerk only moves on from the list.
    QTest::newRow("business-licence-change")
        << QStringLiteral("business-licence-change")
        << QList<Answer> {{QStringLiteral("enterprise_name"),
                           QStringLiteral("福州示例科技有限公司")},
                          {QStringLiteral("credit_code"), QStringLiteral("91350100m000100y43")},
                          {QStringLiteral("legal_rep_name"), QStringLiteral("陈建国")},
                          {QStringLiteral("legal_rep_id_number"),
                           QStringLiteral("320102197202284561")},
                          {QStringLiteral("change_item"), {}, 1},
                          {QStringLiteral("new_name"), QStringLiteral("福州新名科技有限公司")},
                          {QStringLiteral("contact_name"), QStringLiteral("林小红")},
                          {QStringLiteral("contact_phone"), QStringLiteral("0591 8765 4321")}}
        << QList<HandedIn> {{QStringLiteral("change_application_form"),
                             QStringLiteral("申请书.pdf"),
                             2},
                            {QStringLiteral("shareholders_resolution"),
                             QStringLiteral("股东会决议.png")},
                            {QStringLiteral("original_licence"), QStringLiteral("营业执照.jpg")},
                            {QStringLiteral("articles_amendment"),
                             QStringLiteral("章程修正案.pdf"),
                             3}}
        << QJsonObject {{QStringLiteral("enterprise_name"), QStringLiteral("福州示例科技有限公司")},
                        {QStringLiteral("credit_code"), QStringLiteral("91350100M000100Y43")},
                        {QStringLiteral("legal_rep_name"), QStringLiteral("陈建国")},
                        {QStringLiteral("legal_rep_id_number"),
                         QStringLiteral("320102197202284561")},
                        {QStringLiteral("change_item"), QStringLiteral("name")},
                        {QStringLiteral("new_name"), QStringLiteral("福州新名科技有限公司")},
                        {QStringLiteral("contact_name"), QStringLiteral("林小红")},
                        {QStringLiteral("contact_phone"), QStringLiteral("0591-87654321")}}
        << qint64(0) << QStringLiteral("福州示例科技有限公司") << QStringLiteral("credit-code")
        << QStringLiteral("91350100M000100Y43") << QStringLiteral("0591-87654321");
}

void TestIntakePage::everyShippedCaseTypeIsTakenInWithTheKeyboardAlone()
{
    QFETCH(QString, caseType);
    QFETCH(QList<Answer>, answers);
    QFETCH(QList<HandedIn>, handedIn);
    QFETCH(QJsonObject, fields);
    QFETCH(qint64, feeFen);
    QFETCH(QString, applicantName);
    QFETCH(QString, applicantIdKind);
    QFETCH(QString, applicantIdNumber);
    QFETCH(QString, applicantPhone);

    const qint64 casesBefore = count(QStringLiteral("SELECT count(*) FROM cases"));
    auto page = makePage();
    QSignalSpy takenIn(page.get(), &IntakePage::caseTakenIn);
    QCOMPARE(page->currentCaseTypeId(), m_caseTypes.first().id());
    chooseCaseType(*page, caseType);

    // Tab and Enter both move on, in the order of the form.
    QTest::keyClick(focused(), Qt::Key_Tab);
    answerInTurn(answers);
    if (QTest::currentTestFailed()) {
        return;
    }

    // The same path the file dialog and a drop take.
    for (const HandedIn& file : std::as_const(handedIn)) {
        m_describer.m_pageCount = file.pages;
        QVERIFY2(page->addFile(file.document, writeDocument(file.fileName, file.pages)),
                 qPrintable(file.fileName));
    }
    for (const HandedIn& file : std::as_const(handedIn)) {
        QTRY_VERIFY2(fileDescriptionOf(*page, file.document)
                         .contains(QStringLiteral("%1 page").arg(file.pages)),
                     qPrintable(fileDescriptionOf(*page, file.document)));
        QVERIFY2(fileDescriptionOf(*page, file.document).contains(file.fileName),
                 qPrintable(file.document));
        QVERIFY2(hasThumbnail(*page, file.document), qPrintable(file.document));
    }
    // Every field is right and every document the answers ask for is there.
    const QString summary = page->findChild<QLabel*>(QStringLiteral("summary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("Ready to save.")), qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral("warning")), qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral("not yet handed in")), qPrintable(summary));

    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(takenIn.count(), 1);
    const QUuid caseId = takenIn.first().at(0).toUuid();
    const QString number = takenIn.first().at(1).toString();
    QVERIFY2(number.startsWith(QStringLiteral("P-")), qPrintable(number));
    const auto* notice = page->findChild<QLabel*>(QStringLiteral("notice"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(number));

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases")), casesBefore + 1);
    CaseRepository cases(*m_station->database(), m_clock);
    const auto record = cases.open(m_clerk, caseId);
    QVERIFY2(record.ok(), qPrintable(record ? QString() : record.error().fullText()));
    QCOMPARE(record.value().caseType, caseType);
    QCOMPARE(record.value().status, CaseStatus::Received);
    QCOMPARE(record.value().feeFen, feeFen);
    QCOMPARE(record.value().takenInBy, m_clerk.userId);
    // Normalized, and nothing for the fields left empty or hidden.
    QCOMPARE(compactJson(record.value().fields), compactJson(fields));

    const auto applicant = cases.findApplicant(applicantIdKind, applicantIdNumber);
    QVERIFY2(applicant.ok(), qPrintable(applicant ? QString() : applicant.error().fullText()));
    QVERIFY(applicant.value());
    QCOMPARE(applicant.value()->id, record.value().applicantId);
    QCOMPARE(applicant.value()->name, applicantName);
    QCOMPARE(applicant.value()->idKind, applicantIdKind);
    QCOMPARE(applicant.value()->idNumber, applicantIdNumber);
    QCOMPARE(applicant.value()->phone, applicantPhone);

    const QString idText = caseId.toString(QUuid::WithoutBraces);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM attachments WHERE case_id = '%1'").arg(idText)),
        handedIn.size());
    for (const HandedIn& file : std::as_const(handedIn)) {
        QCOMPARE(attachmentsOf(caseId, file.document),
                 QStringList {QStringLiteral("%1 | %2 | %3")
                                  .arg(file.fileName, mediaTypeOf(file.fileName))
                                  .arg(file.pages)});
    }

    // The form is empty for the next citizen, and the draft is gone.
    QVERIFY(page->answers().isEmpty());
    QCOMPARE(focused()->objectName(), answers.first().field);
    DraftRepository drafts(*m_station->database(), m_clock);
    const auto draft = drafts.load(m_clerk);
    QVERIFY(draft.ok() && !draft.value());
}

void TestIntakePage::theRealCheckerCountsThePagesAndTheStoreKeepsTheCount()
{
    auto page = makePage(m_inspector);
    QSignalSpy takenIn(page.get(), &IntakePage::caseTakenIn);
    chooseCaseType(*page, QStringLiteral("business-licence-change"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    answerInTurn({{QStringLiteral("enterprise_name"), QStringLiteral("福州港湾物流有限公司")},
                  {QStringLiteral("credit_code"), QStringLiteral("91350102MA2Y8K3P6X")},
                  {QStringLiteral("legal_rep_name"), QStringLiteral("黄志明")},
                  {QStringLiteral("legal_rep_id_number"), QStringLiteral("350121199503020037")},
                  {QStringLiteral("change_item"), {}, 2},
                  {QStringLiteral("new_address"), QStringLiteral("福州市仓山区金山大道618号")},
                  {QStringLiteral("contact_name"), QStringLiteral("郑美玲")},
                  {QStringLiteral("contact_phone"), QStringLiteral("13705910123")}});
    if (QTest::currentTestFailed()) {
        return;
    }

    // A lease contract with the title deed: three pages, as casedesk-checker counts them.
    const QString lease = QStringLiteral("new_lease_contract");
    QVERIFY(page->addFile(lease, writePdf(QStringLiteral("租赁合同.pdf"), 3)));
    QTRY_VERIFY2_WITH_TIMEOUT(fileDescriptionOf(*page, lease).contains(QStringLiteral("3 page")),
                              qPrintable(fileDescriptionOf(*page, lease)),
                              kCheckerTimeoutMs);
    QVERIFY(hasThumbnail(*page, lease));

    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(takenIn.count(), 1);
    const QUuid caseId = takenIn.first().at(0).toUuid();
    QCOMPARE(attachmentsOf(caseId, lease),
             QStringList {QStringLiteral("租赁合同.pdf | application/pdf | 3")});
}

void TestIntakePage::aFileThatIsNoPdfIsRefusedBesideTheDocumentAndNothingIsKept_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");

    QByteArray noise(8192, Qt::Uninitialized);
    QRandomGenerator random(20260302);
    random.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
    QTest::newRow("random bytes") << QStringLiteral("申请书.pdf") << noise;
    QTest::newRow("a text file") << QStringLiteral("application.pdf")
                                 << QByteArray("Application for the change of registration\n");
    QTest::newRow("a Word document")
        << QStringLiteral("申请书.docx.pdf") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + noise;
}

void TestIntakePage::aFileThatIsNoPdfIsRefusedBesideTheDocumentAndNothingIsKept()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    const QString path = m_files.filePath(fileName);
    {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
        QCOMPARE(file.write(content), content.size());
    }
    const qint64 filesBefore = count(QStringLiteral("SELECT count(*) FROM attachment_files"));
    auto page = makePage(m_inspector);
    QCOMPARE(page->currentCaseTypeId(), QStringLiteral("business-licence-change"));

    const QString form = QStringLiteral("change_application_form");
    QVERIFY(!page->addFile(form, path));

    const auto* row = page->findChild<QWidget*>(QStringLiteral("document_") + form);
    QVERIFY(row);
    const auto* refusal = row->findChild<QLabel*>(QStringLiteral("refusal_") + form);
    QVERIFY(refusal);
    QVERIFY(refusal->isVisible());
    QVERIFY2(refusal->text().contains(fileName), qPrintable(refusal->text()));
    // The message names the file and what the document takes instead.
    QVERIFY2(refusal->text().contains(QStringLiteral("PDF")), qPrintable(refusal->text()));
    QVERIFY(fileDescriptionOf(*page, form).isEmpty());
    // Refused before the checker sees it, and before the store keeps it.
    QCOMPARE(m_inspector.runningCount() + m_inspector.queuedCount(), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_files")), filesBefore);
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("summary"))
                ->text()
                .contains(QStringLiteral("not yet handed in")));
    DraftRepository drafts(*m_station->database(), m_clock);
    const auto draft = drafts.load(m_clerk);
    QVERIFY(draft.ok() && !draft.value());
}

void TestIntakePage::aDamagedPdfIsTakenBackOnceTheCheckerHasLookedAtIt()
{
    // It starts like a PDF, so only the checker can tell it is none.
    QByteArray noise(8192, Qt::Uninitialized);
    QRandomGenerator random(20260303);
    random.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
    const QString fileName = QStringLiteral("营业执照.pdf");
    const QString path = m_files.filePath(fileName);
    {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
        QVERIFY(file.write(QByteArrayLiteral("%PDF-1.7\n") + noise) > 0);
    }
    const qint64 filesBefore = count(QStringLiteral("SELECT count(*) FROM attachment_files"));
    auto page = makePage(m_inspector);
    const QString licence = QStringLiteral("original_licence");
    QVERIFY(page->addFile(licence, path));

    const auto* refusal = page->findChild<QLabel*>(QStringLiteral("refusal_") + licence);
    QVERIFY(refusal);
    QTRY_VERIFY_WITH_TIMEOUT(refusal->isVisible(), 30000);
    QVERIFY2(refusal->text().contains(fileName), qPrintable(refusal->text()));
    QVERIFY(fileDescriptionOf(*page, licence).isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_files")), filesBefore);
    DraftRepository drafts(*m_station->database(), m_clock);
    const auto draft = drafts.load(m_clerk);
    QVERIFY(draft.ok());
    QVERIFY(!draft.value()
            || draft.value()->content.value(QStringLiteral("attachments")).toArray().isEmpty());
}

void TestIntakePage::aValidationErrorShowsBesideTheFieldAndBlocksSaving()
{
    const qint64 casesBefore = count(QStringLiteral("SELECT count(*) FROM cases"));
    auto page = makePage();
    QSignalSpy takenIn(page.get(), &IntakePage::caseTakenIn);
    QTest::keyClick(focused(), Qt::Key_Tab);
    typeInto(QStringLiteral("enterprise_name"), QStringLiteral("福州示例科技有限公司"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    // One character wrong.
    typeInto(QStringLiteral("credit_code"), QStringLiteral("91350100M000100Y44"));

    const auto* message = page->findChild<QLabel*>(QStringLiteral("credit_codeMessage"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("check character")),
             qPrintable(message->text()));
    QCOMPARE(message->property("severity").toString(), QStringLiteral("error"));

    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(takenIn.count(), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases")), casesBefore);
    // The keyboard goes back to the first field that needs correcting.
    QCOMPARE(focused()->objectName(), QStringLiteral("credit_code"));
    const auto* summary = page->findChild<QLabel*>(QStringLiteral("summary"));
    QVERIFY2(summary->text().contains(QStringLiteral("Cannot save yet")),
             qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QStringLiteral("统一社会信用代码")));
    // Fields left empty now say so too.
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("legal_rep_nameMessage"))->isVisible());
}

void TestIntakePage::aDraftSurvivesThePageAndComesBackWithItsFile()
{
    DraftRepository drafts(*m_station->database(), m_clock);
    {
        auto page = makePage();
        QTest::keyClick(focused(), Qt::Key_Tab);
        typeInto(QStringLiteral("enterprise_name"), QStringLiteral("闽侯草稿贸易有限公司"));
        QVERIFY(page->addFile(QStringLiteral("original_licence"),
                              writePdf(QStringLiteral("licence.pdf"))));
        // Kept as the clerk types, without waiting for a save.
        QTRY_VERIFY([&] {
            const auto draft = drafts.load(m_clerk);
            return draft.ok() && draft.value()
                && draft.value()->content.value(QStringLiteral("attachments")).toArray().size()
                == 1;
        }());
    }

    auto page = makePage();
    QCOMPARE(page->currentCaseTypeId(), QStringLiteral("business-licence-change"));
    QCOMPARE(page->findChild<QLineEdit*>(QStringLiteral("enterprise_name"))->text(),
             QStringLiteral("闽侯草稿贸易有限公司"));
    const auto* row = page->findChild<QWidget*>(QStringLiteral("document_original_licence"));
    QTRY_VERIFY(row->findChild<QLabel*>(QStringLiteral("fileDescription")));
    QVERIFY(row->findChild<QLabel*>(QStringLiteral("fileDescription"))
                ->text()
                .contains(QStringLiteral("licence.pdf")));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("notice"))->isVisible());
    // The clerk carries on where they stopped.
    QCOMPARE(focused()->objectName(), QStringLiteral("enterprise_name"));
}

void TestIntakePage::aReturningApplicantIsFilledInFromTheirNumber()
{
    CaseRepository cases(*m_station->database(), m_clock);
    IntakeInput earlier;
    earlier.caseType = QStringLiteral("pension-enrolment");
    earlier.applicant = {{},
                         QStringLiteral("王秀英"),
                         QStringLiteral("resident-id"),
                         QStringLiteral("440304198506151237"),
                         QStringLiteral("13800138000"),
                         0};
    QVERIFY(cases.takeIn(m_clerk, earlier).ok());

    auto page = makePage();
    QCOMPARE(focused()->objectName(), QStringLiteral("caseType"));
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Down);
    QCOMPARE(page->currentCaseTypeId(), QStringLiteral("pension-enrolment"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClick(focused(), Qt::Key_Tab);
    typeInto(QStringLiteral("id_number"), QStringLiteral("440304198506151237"));

    QCOMPARE(page->findChild<QLineEdit*>(QStringLiteral("applicant_name"))->text(),
             QStringLiteral("王秀英"));
    QCOMPARE(page->findChild<QLineEdit*>(QStringLiteral("phone"))->text(),
             QStringLiteral("13800138000"));
    const auto* notice = page->findChild<QWidget*>(QStringLiteral("applicantNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("applicantText"))
                ->text()
                .contains(QStringLiteral("Returning applicant")));
}

QTEST_MAIN(TestIntakePage)
#include "tst_intakepage.moc"
