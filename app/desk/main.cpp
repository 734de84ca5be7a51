#include "DeskController.h"
#include "SetUpDialog.h"
#include "checks/DocumentInspector.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/Version.h"
#include "intake/CaseTypeLoader.h"
#include "store/DataDirectory.h"
#include "store/Workstation.h"
#include "translations/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLockFile>
#include <QMessageBox>

#include <cstdio>
#include <memory>

using namespace casedesk;

namespace {

// The options casedesk understands; shared by the display-less and the windowed start.
struct Options
{
    QString dataDir;
    QString language;
};

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

void printLine(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
}

// Parses the command line; prints help or version and exits where asked. Returns the
// exit code to stop with, or -1 to go on.
int parseOptions(const QCoreApplication& app, Options* options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "CaseDesk: case intake, hearings and approvals at the service counter."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QApplication::translate("main", "Use the workstation data in <folder>."),
        QApplication::translate("main", "folder"),
        DataDirectory::defaultPath());
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QApplication::translate("main", "Show the desk in <language>: en or zh_CN."),
        QApplication::translate("main", "language"));
    parser.addOption(dataDir);
    parser.addOption(language);
    parser.process(app);

    options->dataDir = parser.value(dataDir);
    options->language = chooseLanguage(parser.value(language));
    if (options->language.isEmpty()) {
        printLine(
            stderr,
            QApplication::translate("main", "CaseDesk does not speak \"%1\". Choose one of: %2.")
                .arg(parser.value(language), supportedLanguages().join(QStringLiteral(", "))));
        return 2;
    }
    return -1;
}

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
}

// Without a display only --help and --version can be answered; everything else is
// explained and refused.
int runWithoutDisplay(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    installTranslations(chooseLanguage({}));
    Options options;
    if (const int code = parseOptions(app, &options); code >= 0) {
        return code;
    }
    printLine(stderr,
              QCoreApplication::translate(
                  "main",
                  "CaseDesk needs a graphical display and found none (DISPLAY and "
                  "WAYLAND_DISPLAY are not set). Start it from a desktop session, or on a "
                  "machine without a screen run it under a virtual display: xvfb-run -a casedesk"));
    return 3;
}

} // namespace

int main(int argc, char** argv)
{
    installLogFormat();
    if (!hasDisplay()) {
        return runWithoutDisplay(argc, argv);
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    // The sign-in window closes before the main window opens; quitting is the desk's decision.
    QApplication::setQuitOnLastWindowClosed(false);
    QApplication::setDesktopFileName(QStringLiteral("org.casedesk.CaseDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.casedesk.CaseDesk.svg")));
    Options options;
    installTranslations(chooseLanguage({}));
    if (const int code = parseOptions(app, &options); code >= 0) {
        return code;
    }
    // The language chosen on the command line replaces the system's.
    installTranslations(options.language);

    qCInfo(lcDesk) << "CaseDesk" << kVersion << "with Qt" << qVersion() << "language"
                   << options.language << "data folder" << options.dataDir;

    const DataDirectory dataDirectory(options.dataDir);
    if (const auto prepared = dataDirectory.prepare(); !prepared) {
        qCWarning(lcDesk) << "Data folder unusable:" << prepared.error().detail();
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "CaseDesk"), prepared.error().message());
        return 1;
    }
    // One desk per data folder: a second one would lock the first out of its database.
    QLockFile deskLock(dataDirectory.path() + QStringLiteral("/casedesk.lock"));
    if (!deskLock.tryLock(0)) {
        QMessageBox::critical(
            nullptr,
            QApplication::translate("main", "CaseDesk"),
            QApplication::translate("main",
                                    "CaseDesk is already open on this "
                                    "workstation's data. Switch to that window."));
        return 1;
    }

    if (!dataDirectory.isSetUp()) {
        qCInfo(lcDesk) << "No workstation in" << dataDirectory.path() << "- offering to set one up";
        SetUpDialog setUp(dataDirectory, SystemClock::instance());
        if (setUp.exec() != QDialog::Accepted) {
            return 0;
        }
    }

    // A broken case type would build a wrong form; the desk refuses to start without them.
    auto caseTypes = CaseTypeLoader::loadShipped();
    if (!caseTypes) {
        qCWarning(lcDesk) << "Case types unusable:" << caseTypes.error().fullText();
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "CaseDesk"), caseTypes.error().message());
        return 5;
    }
    DocumentInspector inspector;
    DeskContext context {std::move(caseTypes).value(), options.language, &inspector};

    Workstation workstation(dataDirectory, SystemClock::instance());
    workstation.setCheckpointsBetweenSaves(true);
    DeskController desk(workstation, SystemClock::instance(), std::move(context));
    QObject::connect(
        &desk, &DeskController::finished, &app, &QApplication::quit, Qt::QueuedConnection);
    desk.start();
    return QApplication::exec();
}
