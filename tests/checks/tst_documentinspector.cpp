#include "checks/DocumentInspector.h"
#include "checks/InspectionJob.h"
#include "checks/WorkerProtocol.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <cerrno>
#include <csignal>
#include <optional>

using namespace casedesk;
using namespace std::chrono_literals;

using Outcome = DocumentDescription::Outcome;
using Failure = InspectionJob::Failure;

namespace {

constexpr int kAnswerTimeoutMs = 30000;

QByteArray pdfWithPages(int pages)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    for (int page = 1; page <= pages; ++page) {
        if (page > 1) {
            writer.newPage();
        }
        painter.drawText(QPointF(500, 500), QStringLiteral("Page %1").arg(page));
    }
    painter.end();
    return pdf;
}

QByteArray picture(const char* format, QSize size = QSize(640, 480))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

quint32 crc32(const QByteArray& bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes) {
        crc ^= static_cast<quint8>(byte);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

void putBigEndian(QByteArray& bytes, qsizetype at, quint32 value, int width)
{
    for (int i = 0; i < width; ++i) {
        bytes[at + i] = static_cast<char>((value >> (8 * (width - 1 - i))) & 0xff);
    }
}

// A small real PNG whose header claims a huge size: decoding it would need gigabytes.
QByteArray pngClaiming(quint32 width, quint32 height)
{
    QByteArray png = picture("png", QSize(16, 16));
    putBigEndian(png, 16, width, 4);
    putBigEndian(png, 20, height, 4);
    putBigEndian(png, 29, crc32(png.mid(12, 17)), 4); // the IHDR chunk's checksum
    return png;
}

// The same for a JPEG: its frame header holds the size in two bytes each.
QByteArray jpegClaiming(quint16 width, quint16 height)
{
    QByteArray jpeg = picture("jpeg", QSize(16, 16));
    const qsizetype frame = jpeg.indexOf(QByteArrayLiteral("\xff\xc0"));
    if (frame < 0) {
        return {};
    }
    putBigEndian(jpeg, frame + 5, height, 2);
    putBigEndian(jpeg, frame + 7, width, 2);
    return jpeg;
}

QByteArray fixture(const QString& name)
{
    QFile file(QDir(QStringLiteral(CASEDESK_TEST_DATA)).filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

long peakResidentKilobytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

// The inspector runs casedesk-checker for every file and must turn each way a worker can
// go wrong into a verdict the clerk can read, while the desk stays responsive and small.
// Misbehaving workers are small shell scripts the test writes; the rest is the real worker.
class TestDocumentInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aPdfIsDescribedWithItsPageCountAndAThumbnail();
    void aPictureIsDescribedAsOnePage_data();
    void aPictureIsDescribedAsOnePage();
    void aDamagedFileIsUnreadable_data();
    void aDamagedFileIsUnreadable();
    void aPasswordProtectedPdfIsRecognised_data();
    void aPasswordProtectedPdfIsRecognised();
    void aPictureClaimingHugeDimensionsIsRefusedWithoutGrowingTheDesk_data();
    void aPictureClaimingHugeDimensionsIsRefusedWithoutGrowingTheDesk();
    void aFileOverTheSizeLimitIsRefusedWithoutStartingAWorker();
    void aWorkerOverItsMemoryLimitGivesNotAnalysed();
    void aHangingWorkerIsStoppedAtTheTimeLimit();
    void aMisbehavingWorkerGivesNotAnalysed_data();
    void aMisbehavingWorkerGivesNotAnalysed();
    void twoWorkersRunAtOnceAndTheOthersWait();
    void destroyingTheInspectorStopsItsWorkers();
    void describeNowAnswersWithoutASignal();

private:
    // The one answer to one request, or nothing when none came in time.
    [[nodiscard]] static std::optional<DocumentDescription> answer(DocumentInspector& inspector,
                                                                   const QByteArray& content);
    [[nodiscard]] QString writeWorker(const QString& name, const QByteArray& script);

    QTemporaryDir m_workers;
};

void TestDocumentInspector::initTestCase()
{
    QVERIFY(m_workers.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(CASEDESK_CHECKER_BINARY)), CASEDESK_CHECKER_BINARY);
}

std::optional<DocumentDescription> TestDocumentInspector::answer(DocumentInspector& inspector,
                                                                 const QByteArray& content)
{
    constexpr quint64 requestId = 4711;
    QSignalSpy spy(&inspector, &DocumentDescriber::described);
    inspector.describe(requestId, content);
    if (!spy.wait(kAnswerTimeoutMs) || spy.count() != 1
        || spy.at(0).at(0).value<quint64>() != requestId) {
        return std::nullopt;
    }
    return spy.at(0).at(1).value<DocumentDescription>();
}

QString TestDocumentInspector::writeWorker(const QString& name, const QByteArray& script)
{
    const QString path = m_workers.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("#!/bin/sh\n" + script + '\n') < 0) {
        return {};
    }
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

void TestDocumentInspector::aPdfIsDescribedWithItsPageCountAndAThumbnail()
{
    DocumentInspector inspector(QStringLiteral(CASEDESK_CHECKER_BINARY));

    const std::optional<DocumentDescription> description = answer(inspector, pdfWithPages(3));

    QVERIFY(description);
    QVERIFY2(description->described(), qPrintable(description->message));
    QCOMPARE(description->mediaType, QStringLiteral("application/pdf"));
    QCOMPARE(description->pageCount, 3);
    QVERIFY(description->message.isEmpty());
    const QImage thumbnail = QImage::fromData(description->thumbnailPng, "PNG");
    QVERIFY(!thumbnail.isNull());
    const int longerSide = std::max(thumbnail.width(), thumbnail.height());
    QVERIFY2(longerSide > 200 && longerSide <= 256, qPrintable(QString::number(longerSide)));
    QVERIFY(thumbnail.width() < thumbnail.height()); // A4 stands upright
}

void TestDocumentInspector::aPictureIsDescribedAsOnePage_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<QSize>("thumbnailSize");

    QTest::newRow("PNG") << picture("png") << QStringLiteral("image/png") << QSize(256, 192);
    QTest::newRow("JPEG") << picture("jpeg") << QStringLiteral("image/jpeg") << QSize(256, 192);
    QTest::newRow("small PNG kept at its size")
        << picture("png", QSize(40, 30)) << QStringLiteral("image/png") << QSize(40, 30);
}

void TestDocumentInspector::aPictureIsDescribedAsOnePage()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mediaType);
    QFETCH(QSize, thumbnailSize);
    DocumentInspector inspector(QStringLiteral(CASEDESK_CHECKER_BINARY));

    const std::optional<DocumentDescription> description = answer(inspector, content);

    QVERIFY(description);
    QVERIFY2(description->described(), qPrintable(description->message));
    QCOMPARE(description->mediaType, mediaType);
    QCOMPARE(description->pageCount, 1);
    QCOMPARE(QImage::fromData(description->thumbnailPng, "PNG").size(), thumbnailSize);
}

void TestDocumentInspector::aDamagedFileIsUnreadable_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("reason");

    const QByteArray pdf = pdfWithPages(3);
    const QByteArray png = picture("png");
    QTest::newRow("PDF header and nothing else")
        << QByteArrayLiteral("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        << int(WorkerProtocol::Reason::Damaged);
    QTest::newRow("PDF header followed by noise") << QByteArrayLiteral("%PDF-1.4\n")
            + QByteArray(4096, '\x9c') << int(WorkerProtocol::Reason::Damaged);
    QTest::newRow("PDF cut after its first hundred bytes")
        << pdf.left(100) << int(WorkerProtocol::Reason::Damaged);
    QTest::newRow("PNG cut in half")
        << png.left(png.size() / 2) << int(WorkerProtocol::Reason::Damaged);
    QTest::newRow("PNG signature only")
        << QByteArrayLiteral("\x89PNG\r\n\x1a\n") << int(WorkerProtocol::Reason::Damaged);
    QTest::newRow("a PDF's name but a text's content")
        << QByteArrayLiteral("Dear Sir or Madam,\n") << int(WorkerProtocol::Reason::UnknownFormat);
    QTest::newRow("empty") << QByteArray() << int(WorkerProtocol::Reason::EmptyFile);
}

void TestDocumentInspector::aDamagedFileIsUnreadable()
{
    QFETCH(QByteArray, content);
    QFETCH(int, reason);
    DocumentInspector inspector(QStringLiteral(CASEDESK_CHECKER_BINARY));

    const std::optional<DocumentDescription> description = answer(inspector, content);

    QVERIFY(description);
    QCOMPARE(description->outcome, Outcome::Unreadable);
    QCOMPARE(description->message,
             WorkerProtocol::message(Outcome::Unreadable, WorkerProtocol::Reason(reason)));
    QVERIFY(description->thumbnailPng.isEmpty());
}

void TestDocumentInspector::aPasswordProtectedPdfIsRecognised_data()
{
    QTest::addColumn<QString>("fixtureName");

    // Made once with qpdf; tests/checks/data/README.md says how.
    QTest::newRow("AES-256") << QStringLiteral("password-aes256.pdf");
    QTest::newRow("RC4 128-bit") << QStringLiteral("password-rc4.pdf");
}

void TestDocumentInspector::aPasswordProtectedPdfIsRecognised()
{
    QFETCH(QString, fixtureName);
    const QByteArray content = fixture(fixtureName);
    QVERIFY2(!content.isEmpty(), qPrintable(fixtureName));
    DocumentInspector inspector(QStringLiteral(CASEDESK_CHECKER_BINARY));

    const std::optional<DocumentDescription> description = answer(inspector, content);

    QVERIFY(description);
    QCOMPARE(description->outcome, Outcome::PasswordProtected);
    QCOMPARE(description->mediaType, QStringLiteral("application/pdf"));
    QVERIFY(!description->message.isEmpty());
    QVERIFY(description->thumbnailPng.isEmpty());
}

void TestDocumentInspector::aPictureClaimingHugeDimensionsIsRefusedWithoutGrowingTheDesk_data()
{
    QTest::addColumn<QByteArray>("content");

    QTest::newRow("PNG of 50000 x 50000") << pngClaiming(50000, 50000);
    QTest::newRow("JPEG of 60000 x 60000") << jpegClaiming(60000, 60000);
}

void TestDocumentInspector::aPictureClaimingHugeDimensionsIsRefusedWithoutGrowingTheDesk()
{
    QFETCH(QByteArray, content);
    QVERIFY(!content.isEmpty());
    DocumentInspector inspector(QStringLiteral(CASEDESK_CHECKER_BINARY));
    const long peakBefore = peakResidentKilobytes();

    const std::optional<DocumentDescription> description = answer(inspector, content);

    QVERIFY(description);
    QCOMPARE(description->outcome, Outcome::NotAnalysed);
    QCOMPARE(description->message,
             WorkerProtocol::message(Outcome::NotAnalysed, WorkerProtocol::Reason::ImageTooLarge));
    // Decoding the picture would take gigabytes; the desk may grow by a few megabytes of
    // bookkeeping at most.
    QVERIFY2(
        peakResidentKilobytes() - peakBefore < 32 * 1024,
        qPrintable(QStringLiteral("peak grew by %1 kB").arg(peakResidentKilobytes() - peakBefore)));
}

void TestDocumentInspector::aFileOverTheSizeLimitIsRefusedWithoutStartingAWorker()
{
    // A worker that could not even be started proves that none was asked.
    DocumentInspector inspector(m_workers.filePath(QStringLiteral("no-such-worker")));
    inspector.setMaxContentBytes(1000);

    const std::optional<DocumentDescription> description =
        answer(inspector, picture("png", QSize(400, 400)));

    QVERIFY(description);
    QCOMPARE(description->outcome, Outcome::NotAnalysed);
    QCOMPARE(description->message,
             WorkerProtocol::message(Outcome::NotAnalysed, WorkerProtocol::Reason::FileTooLarge));
}

void TestDocumentInspector::aWorkerOverItsMemoryLimitGivesNotAnalysed()
{
    DocumentInspector inspector(QStringLiteral(CASEDESK_CHECKER_BINARY));
    // Far less than the program already maps, so its first large allocation fails.
    inspector.setMemoryLimit(qint64(16) << 20);

    const std::optional<DocumentDescription> description =
        answer(inspector, picture("png", QSize(3000, 3000)));

    QVERIFY(description);
    QCOMPARE(description->outcome, Outcome::NotAnalysed);
    // Whether the worker still manages to say so or dies trying depends on where it runs out.
    const QStringList expected {
        WorkerProtocol::message(Outcome::NotAnalysed, WorkerProtocol::Reason::OutOfMemory),
        InspectionJob::failureMessage(Failure::Crashed)};
    QVERIFY2(expected.contains(description->message), qPrintable(description->message));
}

void TestDocumentInspector::aHangingWorkerIsStoppedAtTheTimeLimit()
{
    DocumentInspector inspector(writeWorker(QStringLiteral("hangs"), "exec sleep 600"));
    inspector.setTimeLimit(300ms);
    QSignalSpy spy(&inspector, &DocumentDescriber::described);

    inspector.describe(1, pdfWithPages(1));
    // The caller, the desk's GUI thread, is never kept waiting: describe() comes back with
    // the worker still running and no answer yet.
    QVERIFY(spy.isEmpty());
    QCOMPARE(inspector.runningCount(), 1);

    QVERIFY(spy.wait(kAnswerTimeoutMs));
    const auto description = spy.at(0).at(1).value<DocumentDescription>();
    QCOMPARE(spy.at(0).at(0).value<quint64>(), quint64(1));
    QCOMPARE(description.outcome, Outcome::NotAnalysed);
    QCOMPARE(description.message, InspectionJob::failureMessage(Failure::TimedOut));
    QCOMPARE(inspector.runningCount(), 0);
}

void TestDocumentInspector::aMisbehavingWorkerGivesNotAnalysed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<int>("failure");

    const auto row = [](const char* name, const QByteArray& script, Failure failure) {
        QTest::newRow(name) << QString::fromLatin1(name) << script << int(failure);
    };
    row("crashes", "kill -SEGV $$", Failure::Crashed);
    row("aborts after reading", "cat >/dev/null; kill -ABRT $$", Failure::Crashed);
    row("exits with an error", "exit 3", Failure::Crashed);
    row("writes nonsense", "cat >/dev/null; echo 'all good'", Failure::BadReply);
    row("writes nothing", "cat >/dev/null", Failure::BadReply);
    row("lies about the file",
        "echo '{\"outcome\":\"described\",\"mediaType\":\"image/png\",\"pageCount\":3}'",
        Failure::BadReply);
    row("writes without end", "exec yes", Failure::BadReply);
    row("is missing", QByteArray(), Failure::FailedToStart);
}

void TestDocumentInspector::aMisbehavingWorkerGivesNotAnalysed()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, script);
    QFETCH(int, failure);
    const QString program = script.isEmpty() ? m_workers.filePath(QStringLiteral("missing"))
                                             : writeWorker(name, script);
    DocumentInspector inspector(program);

    const std::optional<DocumentDescription> description = answer(inspector, picture("png"));

    QVERIFY(description);
    QCOMPARE(description->outcome, Outcome::NotAnalysed);
    QCOMPARE(description->message, InspectionJob::failureMessage(Failure(failure)));
    QVERIFY(description->thumbnailPng.isEmpty());
}

void TestDocumentInspector::twoWorkersRunAtOnceAndTheOthersWait()
{
    DocumentInspector inspector(QStringLiteral(CASEDESK_CHECKER_BINARY));
    QSignalSpy spy(&inspector, &DocumentDescriber::described);
    int mostRunning = 0;
    connect(&inspector, &DocumentDescriber::described, this, [&] {
        mostRunning = std::max(mostRunning, inspector.runningCount());
    });

    const QByteArray content = picture("png");
    for (quint64 id = 1; id <= 5; ++id) {
        inspector.describe(id, content);
    }
    QCOMPARE(inspector.runningCount(), DocumentInspector::kMaxRunningJobs);
    QCOMPARE(inspector.queuedCount(), 3);

    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 5, kAnswerTimeoutMs);
    QSet<quint64> answered;
    for (const QList<QVariant>& arguments : spy) {
        answered.insert(arguments.at(0).value<quint64>());
        QVERIFY(arguments.at(1).value<DocumentDescription>().described());
    }
    QCOMPARE(answered, (QSet<quint64> {1, 2, 3, 4, 5}));
    QVERIFY(mostRunning <= DocumentInspector::kMaxRunningJobs);
    QCOMPARE(inspector.runningCount(), 0);
    QCOMPARE(inspector.queuedCount(), 0);
}

void TestDocumentInspector::destroyingTheInspectorStopsItsWorkers()
{
    const QString pidFile = m_workers.filePath(QStringLiteral("worker.pid"));
    const QString program = writeWorker(QStringLiteral("records-and-hangs"),
                                        QByteArrayLiteral("echo $$ > '") + pidFile.toUtf8()
                                            + QByteArrayLiteral("'\nexec sleep 600"));
    auto inspector = std::make_unique<DocumentInspector>(program);
    QSignalSpy spy(inspector.get(), &DocumentDescriber::described);

    inspector->describe(1, pdfWithPages(1));
    const auto recordedPid = [&pidFile] {
        QFile file(pidFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(recordedPid() > 0, kAnswerTimeoutMs);
    const auto pid = static_cast<pid_t>(recordedPid());
    QCOMPARE(::kill(pid, 0), 0);

    inspector.reset();

    QCOMPARE(::kill(pid, 0), -1);
    QCOMPARE(errno, ESRCH);
    QCOMPARE(spy.count(), 0);
}

void TestDocumentInspector::describeNowAnswersWithoutASignal()
{
    DocumentInspector inspector(QStringLiteral(CASEDESK_CHECKER_BINARY));
    QSignalSpy spy(&inspector, &DocumentDescriber::described);

    const DocumentDescription description = inspector.describeNow(pdfWithPages(2));

    QVERIFY2(description.described(), qPrintable(description.message));
    QCOMPARE(description.pageCount, 2);
    QCOMPARE(spy.count(), 0);
}

QTEST_MAIN(TestDocumentInspector)
#include "tst_documentinspector.moc"
