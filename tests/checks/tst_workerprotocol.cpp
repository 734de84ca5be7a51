#include "checks/WorkerProtocol.h"

#include <QBuffer>
#include <QImage>
#include <QTest>

using namespace casedesk;

using Outcome = DocumentDescription::Outcome;
using Reason = WorkerProtocol::Reason;

Q_DECLARE_METATYPE(casedesk::WorkerProtocol::Reply)

namespace {

QByteArray pngOfSize(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

WorkerProtocol::Reply
reply(Outcome outcome, Reason reason = Reason::None, const QString& mediaType = {})
{
    WorkerProtocol::Reply result;
    result.outcome = outcome;
    result.reason = reason;
    result.mediaType = mediaType;
    return result;
}

} // namespace

// The worker and the desk speak one small JSON format. Whatever the desk cannot read
// exactly must count as no answer, because the worker is the process an attacker's file
// may have taken over.
class TestWorkerProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyReplyReadsBackAsItWasWritten_data();
    void everyReplyReadsBackAsItWasWritten();
    void anythingButAWellFormedReplyIsRefused_data();
    void anythingButAWellFormedReplyIsRefused();
    void theClerkReadsAMessageForEveryVerdictButDescribed_data();
    void theClerkReadsAMessageForEveryVerdictButDescribed();
};

void TestWorkerProtocol::everyReplyReadsBackAsItWasWritten_data()
{
    QTest::addColumn<WorkerProtocol::Reply>("sent");

    WorkerProtocol::Reply pdf =
        reply(Outcome::Described, Reason::None, QStringLiteral("application/pdf"));
    pdf.pageCount = 3;
    pdf.thumbnailPng = pngOfSize(181, 256);
    QTest::newRow("described PDF") << pdf;

    WorkerProtocol::Reply picture =
        reply(Outcome::Described, Reason::None, QStringLiteral("image/jpeg"));
    picture.pageCount = 1;
    picture.thumbnailPng = pngOfSize(256, 192);
    QTest::newRow("described picture") << picture;

    WorkerProtocol::Reply withoutPicture =
        reply(Outcome::Described, Reason::None, QStringLiteral("application/pdf"));
    withoutPicture.pageCount = 4;
    QTest::newRow("described PDF whose first page cannot be found") << withoutPicture;

    QTest::newRow("password protected")
        << reply(Outcome::PasswordProtected, Reason::None, QStringLiteral("application/pdf"));
    QTest::newRow("damaged") << reply(
        Outcome::Unreadable, Reason::Damaged, QStringLiteral("image/png"));
    QTest::newRow("unknown format") << reply(Outcome::Unreadable, Reason::UnknownFormat);
    QTest::newRow("empty") << reply(Outcome::Unreadable, Reason::EmptyFile);
    QTest::newRow("too large") << reply(Outcome::NotAnalysed, Reason::FileTooLarge);
    QTest::newRow("too many pixels")
        << reply(Outcome::NotAnalysed, Reason::ImageTooLarge, QStringLiteral("image/png"));
    QTest::newRow("out of memory") << reply(Outcome::NotAnalysed, Reason::OutOfMemory);
    QTest::newRow("not drawn") << reply(
        Outcome::NotAnalysed, Reason::RenderFailed, QStringLiteral("application/pdf"));
}

void TestWorkerProtocol::everyReplyReadsBackAsItWasWritten()
{
    QFETCH(WorkerProtocol::Reply, sent);

    const QByteArray wire = WorkerProtocol::encode(sent);
    QVERIFY(wire.endsWith('\n'));
    QCOMPARE(wire.count('\n'), 1);

    const std::optional<WorkerProtocol::Reply> received = WorkerProtocol::parse(wire);
    QVERIFY2(received, wire.constData());
    QCOMPARE(received->outcome, sent.outcome);
    QCOMPARE(received->reason, sent.reason);
    QCOMPARE(received->mediaType, sent.mediaType);
    QCOMPARE(received->pageCount, sent.pageCount);
    QCOMPARE(received->thumbnailPng, sent.thumbnailPng);
}

void TestWorkerProtocol::anythingButAWellFormedReplyIsRefused_data()
{
    QTest::addColumn<QByteArray>("output");

    const QByteArray thumbnail = pngOfSize(10, 10).toBase64();
    const auto described = [&thumbnail](const QByteArray& fields) {
        return QByteArrayLiteral("{\"outcome\":\"described\",") + fields
            + QByteArrayLiteral(",\"thumbnail\":\"") + thumbnail + QByteArrayLiteral("\"}");
    };

    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("not JSON") << QByteArrayLiteral("Segmentation fault\n");
    QTest::newRow("an array") << QByteArrayLiteral("[\"described\"]");
    QTest::newRow("two objects") << QByteArrayLiteral(
        "{\"outcome\":\"unreadable\",\"reason\":\"damaged\"}"
        "{\"outcome\":\"unreadable\",\"reason\":\"damaged\"}");
    QTest::newRow("text after the object")
        << QByteArrayLiteral("{\"outcome\":\"unreadable\",\"reason\":\"damaged\"} and more");
    QTest::newRow("unknown outcome") << QByteArrayLiteral("{\"outcome\":\"fine\"}");
    QTest::newRow("outcome not a string") << QByteArrayLiteral("{\"outcome\":1}");
    QTest::newRow("unknown key") << QByteArrayLiteral(
        "{\"outcome\":\"password-protected\",\"password\":\"1234\"}");
    QTest::newRow("unknown reason")
        << QByteArrayLiteral("{\"outcome\":\"unreadable\",\"reason\":\"sad\"}");
    QTest::newRow("unreadable without a reason")
        << QByteArrayLiteral("{\"outcome\":\"unreadable\"}");
    QTest::newRow("reason of the wrong outcome")
        << QByteArrayLiteral("{\"outcome\":\"unreadable\",\"reason\":\"out-of-memory\"}");
    QTest::newRow("page count on an unreadable file")
        << QByteArrayLiteral("{\"outcome\":\"unreadable\",\"reason\":\"damaged\",\"pageCount\":2}");
    QTest::newRow("unknown media type")
        << described(QByteArrayLiteral("\"mediaType\":\"text/html\",\"pageCount\":1"));
    QTest::newRow("described without media type")
        << described(QByteArrayLiteral("\"pageCount\":1"));
    QTest::newRow("described without page count")
        << described(QByteArrayLiteral("\"mediaType\":\"application/pdf\""));
    QTest::newRow("no pages") << described(
        QByteArrayLiteral("\"mediaType\":\"application/pdf\",\"pageCount\":0"));
    QTest::newRow("negative pages")
        << described(QByteArrayLiteral("\"mediaType\":\"application/pdf\",\"pageCount\":-4"));
    QTest::newRow("fractional pages")
        << described(QByteArrayLiteral("\"mediaType\":\"application/pdf\",\"pageCount\":2.5"));
    QTest::newRow("pages as text")
        << described(QByteArrayLiteral("\"mediaType\":\"application/pdf\",\"pageCount\":\"2\""));
    QTest::newRow("absurd page count")
        << described(QByteArrayLiteral("\"mediaType\":\"application/pdf\",\"pageCount\":1e12"));
    QTest::newRow("picture of two pages")
        << described(QByteArrayLiteral("\"mediaType\":\"image/png\",\"pageCount\":2"));
    QTest::newRow("thumbnail of an unreadable file")
        << QByteArrayLiteral("{\"outcome\":\"unreadable\",\"reason\":\"damaged\",\"thumbnail\":\"")
            + thumbnail + QByteArrayLiteral("\"}");
    QTest::newRow("thumbnail not base64") << QByteArrayLiteral(
        "{\"outcome\":\"described\",\"mediaType\":\"application/pdf\",\"pageCount\":1,"
        "\"thumbnail\":\"%%%\"}");
    QTest::newRow("thumbnail not a PNG")
        << QByteArrayLiteral("{\"outcome\":\"described\",\"mediaType\":\"application/pdf\","
                             "\"pageCount\":1,\"thumbnail\":\"")
            + QByteArrayLiteral("GIF89a-and-then-some-more-bytes").toBase64()
            + QByteArrayLiteral("\"}");
    QTest::newRow("thumbnail too large")
        << QByteArrayLiteral("{\"outcome\":\"described\",\"mediaType\":\"application/pdf\","
                             "\"pageCount\":1,\"thumbnail\":\"")
            + pngOfSize(257, 10).toBase64() + QByteArrayLiteral("\"}");
    QTest::newRow("longer than a reply can be")
        << QByteArrayLiteral("{\"outcome\":\"unreadable\",\"reason\":\"damaged\"}")
            + QByteArray(WorkerProtocol::kMaxReplyBytes, ' ');
}

void TestWorkerProtocol::anythingButAWellFormedReplyIsRefused()
{
    QFETCH(QByteArray, output);

    QVERIFY(!WorkerProtocol::parse(output));
    QVERIFY(!WorkerProtocol::decode(output));
}

void TestWorkerProtocol::theClerkReadsAMessageForEveryVerdictButDescribed_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("reason");
    QTest::addColumn<bool>("hasMessage");

    const auto row = [](const char* name, Outcome outcome, Reason reason, bool hasMessage) {
        QTest::newRow(name) << int(outcome) << int(reason) << hasMessage;
    };
    row("described", Outcome::Described, Reason::None, false);
    row("password protected", Outcome::PasswordProtected, Reason::None, true);
    row("empty", Outcome::Unreadable, Reason::EmptyFile, true);
    row("unknown format", Outcome::Unreadable, Reason::UnknownFormat, true);
    row("damaged", Outcome::Unreadable, Reason::Damaged, true);
    row("too large", Outcome::NotAnalysed, Reason::FileTooLarge, true);
    row("too many pixels", Outcome::NotAnalysed, Reason::ImageTooLarge, true);
    row("out of memory", Outcome::NotAnalysed, Reason::OutOfMemory, true);
    row("not drawn", Outcome::NotAnalysed, Reason::RenderFailed, true);
}

void TestWorkerProtocol::theClerkReadsAMessageForEveryVerdictButDescribed()
{
    QFETCH(int, outcome);
    QFETCH(int, reason);
    QFETCH(bool, hasMessage);

    WorkerProtocol::Reply sent = reply(Outcome(outcome), Reason(reason));
    if (sent.outcome == Outcome::Described) {
        sent.mediaType = QStringLiteral("image/png");
        sent.pageCount = 1;
        sent.thumbnailPng = pngOfSize(8, 8);
    }
    const std::optional<DocumentDescription> description =
        WorkerProtocol::decode(WorkerProtocol::encode(sent));
    QVERIFY(description);
    QCOMPARE(description->outcome, sent.outcome);
    QCOMPARE(!description->message.isEmpty(), hasMessage);
}

QTEST_MAIN(TestWorkerProtocol)
#include "tst_workerprotocol.moc"
