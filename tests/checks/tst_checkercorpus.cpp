#include "checks/DocumentInspector.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace casedesk;

using Outcome = DocumentDescription::Outcome;

// PDFs from many producers that no one on this project made, with their collection's own
// description in files.json: each must get the verdict that description implies, within
// the inspector's usual time limit. Runs where the shared corpus is present, skips elsewhere.
class TestCheckerCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPdfGetsTheVerdictItsDescriptionExpects_data();
    void everyPdfGetsTheVerdictItsDescriptionExpects();

private:
    // Linearized files whose page tree Poppler cannot follow: their pages are counted from
    // the linearization header, but no page can be drawn.
    const QStringList m_withoutPicture {
        QStringLiteral("017-unreadable-meta-data/unreadablemetadata.pdf")};
    QDir m_corpus {QStringLiteral(CASEDESK_CORPUS_DIR "/pdf-real")};
};

void TestCheckerCorpus::initTestCase()
{
    if (!m_corpus.exists(QStringLiteral("files.json"))) {
        QSKIP("The shared PDF corpus (../shared/corpus/pdf-real beside the project) is not "
              "here.");
    }
}

void TestCheckerCorpus::everyPdfGetsTheVerdictItsDescriptionExpects_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("pages");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<bool>("picture");

    QFile description(m_corpus.filePath(QStringLiteral("files.json")));
    QVERIFY(description.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(description.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

    const QJsonArray files = document.object().value(QStringLiteral("data")).toArray();
    QVERIFY(!files.isEmpty());
    for (const QJsonValue& value : files) {
        const QJsonObject file = value.toObject();
        const QString path = file.value(QStringLiteral("path")).toString();
        // The corpus keeps the collection's folders flat: "a/b.pdf" is stored as "a_b.pdf".
        QString fileName = path;
        fileName.replace(QLatin1Char('/'), QLatin1Char('_'));
        QTest::newRow(qPrintable(path))
            << fileName << file.value(QStringLiteral("pages")).toInt()
            << file.value(QStringLiteral("encrypted")).toBool() << !m_withoutPicture.contains(path);
    }
}

void TestCheckerCorpus::everyPdfGetsTheVerdictItsDescriptionExpects()
{
    QFETCH(QString, fileName);
    QFETCH(int, pages);
    QFETCH(bool, encrypted);
    QFETCH(bool, picture);
    QFile file(m_corpus.filePath(fileName));
    if (!file.exists()) {
        QSKIP("files.json describes this file, but this copy of the corpus does not have it.");
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    DocumentInspector inspector(QStringLiteral(CASEDESK_CHECKER_BINARY));
    QElapsedTimer clock;
    clock.start();

    const DocumentDescription description = inspector.describeNow(file.readAll());

    qInfo("%s: %lld ms", qPrintable(fileName), static_cast<long long>(clock.elapsed()));
    if (encrypted) {
        QCOMPARE(description.outcome, Outcome::PasswordProtected);
        return;
    }
    QVERIFY2(description.described(), qPrintable(description.message));
    QCOMPARE(description.mediaType, QStringLiteral("application/pdf"));
    QCOMPARE(description.pageCount, pages);
    if (!picture) {
        QVERIFY(description.thumbnailPng.isEmpty());
        return;
    }
    const QImage thumbnail = QImage::fromData(description.thumbnailPng, "PNG");
    QVERIFY(!thumbnail.isNull());
    QVERIFY(std::max(thumbnail.width(), thumbnail.height()) <= 256);
}

QTEST_MAIN(TestCheckerCorpus)
#include "tst_checkercorpus.moc"
