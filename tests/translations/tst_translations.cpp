#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every visible string goes through tr(), and both languages are complete: the .ts files
// hold every text the sources have, each one translated, with the same placeholders.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTextIsTranslatedWithTheSamePlaceholders_data();
    void everyTextIsTranslatedWithTheSamePlaceholders();
    void theFilesHoldEveryTextOfTheSources_data();
    void theFilesHoldEveryTextOfTheSources();

private:
    struct Message
    {
        QString context;
        QString source;
        QString translation;
        bool finished = false;
    };
    static QList<Message> readMessages(const QString& path);
    static void addLanguages();
    static QString tsPath(const QString& language)
    {
        return QStringLiteral(CASEDESK_SOURCE_DIR "/translations/casedesk_%1.ts").arg(language);
    }
};

QList<TestTranslations::Message> TestTranslations::readMessages(const QString& path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = Message {context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            message.finished = type.isEmpty();
            message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(message);
        }
    }
    return messages;
}

void TestTranslations::addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestTranslations::everyTextIsTranslatedWithTheSamePlaceholders_data()
{
    addLanguages();
}

void TestTranslations::everyTextIsTranslatedWithTheSamePlaceholders()
{
    QFETCH(QString, language);
    const QList<Message> messages = readMessages(tsPath(language));
    QVERIFY(!messages.isEmpty());

    static const QRegularExpression placeholder(QStringLiteral("%(n|L?\\d)"));
    const auto placeholders = [](const QString& text) {
        QStringList found;
        auto it = placeholder.globalMatch(text);
        while (it.hasNext()) {
            found.append(it.next().captured(0));
        }
        found.sort();
        found.removeDuplicates();
        return found;
    };
    for (const Message& message : messages) {
        const QString where = message.context + QStringLiteral(": ") + message.source;
        QVERIFY2(message.finished, qPrintable(QStringLiteral("unfinished: ") + where));
        QVERIFY2(!message.translation.trimmed().isEmpty(),
                 qPrintable(QStringLiteral("empty: ") + where));
        QVERIFY2(placeholders(message.source) == placeholders(message.translation),
                 qPrintable(QStringLiteral("placeholders differ: ") + where));
    }
}

void TestTranslations::theFilesHoldEveryTextOfTheSources_data()
{
    addLanguages();
}

void TestTranslations::theFilesHoldEveryTextOfTheSources()
{
    QFETCH(QString, language);
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("casedesk_%1.ts").arg(language));
    QVERIFY(QFile::copy(tsPath(language), copy));
    QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(CASEDESK_SOURCE_DIR));
    lupdate.start(QStringLiteral(CASEDESK_LUPDATE),
                  {QStringLiteral("-locations"),
                   QStringLiteral("none"),
                   QStringLiteral("-no-obsolete"),
                   QStringLiteral("app"),
                   QStringLiteral("modules"),
                   QStringLiteral("-ts"),
                   copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);

    const QList<Message> before = readMessages(tsPath(language));
    const QList<Message> after = readMessages(copy);
    QStringList missing;
    for (const Message& message : after) {
        if (!message.finished) {
            missing.append(message.context + QStringLiteral(": ") + message.source);
        }
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in the .ts file yet (run the "
                                       "update_translations target):\n")
                        + missing.join(QLatin1Char('\n'))));
    QCOMPARE(after.size(), before.size());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
