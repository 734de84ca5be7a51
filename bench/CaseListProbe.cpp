#include "CaseListProbe.h"

#include "core/Clock.h"
#include "intake/CaseListModel.h"
#include "intake/CaseTypeLoader.h"
#include "intake/ui/CasesPage.h"
#include "store/DataDirectory.h"
#include "store/Database.h"
#include "store/Workstation.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>

#include <sqlite3.h>

#include <cstdio>

namespace casedesk::bench {

namespace {

const char* const kProbeOption = "--case-list-probe";

// The resident memory of this process, from the kernel's own account of it.
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return 0;
}

// Paints the widget now, as the screen would, so reading the rows it shows is counted.
void paint(QWidget* widget)
{
    widget->repaint();
    QCoreApplication::processEvents();
}

// The peer of the first screen: the same first rows straight through the C API.
double rawFirstScreenMs(const Database& database, int rows)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(database.handle(),
                       "SELECT c.rowid, c.id, c.number, c.case_type, (SELECT name FROM "
                       "applicants WHERE id = c.applicant_id), c.status, c.created_at, "
                       "c.taken_in_by FROM cases c ORDER BY c.created_at DESC, c.rowid DESC "
                       "LIMIT ?",
                       -1,
                       &statement,
                       nullptr);
    sqlite3_bind_int(statement, 1, rows);
    qint64 bytes = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        for (int column = 0; column < 8; ++column) {
            bytes += sqlite3_column_bytes(statement, column);
        }
    }
    sqlite3_finalize(statement);
    return bytes > 0 ? double(timer.nsecsElapsed()) / 1e6 : 0;
}

} // namespace

bool isCaseListProbe(int argc, char** argv)
{
    return argc >= 2 && qstrcmp(argv[1], kProbeOption) == 0;
}

int runCaseListProbe(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: casedesk-bench %s DATA-DIR USER < password\n", kProbeOption);
        return 2;
    }
    const QString password = QTextStream(stdin).readLine();
    Workstation workstation(DataDirectory(QString::fromLocal8Bit(argv[2])),
                            SystemClock::instance());
    const auto session = workstation.signIn(QString::fromLocal8Bit(argv[3]), password);
    const auto caseTypes = CaseTypeLoader::loadShipped();
    if (!session || !caseTypes) {
        std::fprintf(
            stderr,
            "%s\n",
            qPrintable(!session ? session.error().fullText() : caseTypes.error().fullText()));
        return 1;
    }
    const double baselineMiB = residentMiB();

    // From nothing to the first screen of rows painted, as a clerk opening Cases sees it.
    QElapsedTimer timer;
    timer.start();
    CasesPage page(
        session.value(), *workstation.database(), caseTypes.value(), QStringLiteral("en"));
    page.resize(1280, 800);
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("caseTable"));
    // The first rows are on screen once painted; the count that follows does not delay them.
    table->viewport()->repaint();
    const double firstScreenMs = double(timer.nsecsElapsed()) / 1e6;
    QCoreApplication::processEvents();
    const double countedMs = double(timer.nsecsElapsed()) / 1e6;
    const int visibleRows = table->rowAt(table->viewport()->height() - 1) + 1;

    // Down the list a screen at a time for a while, then straight to the end.
    for (int step = 0; step < 200; ++step) {
        table->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        paint(table->viewport());
    }
    table->scrollToBottom();
    paint(table->viewport());
    const double endRowsValid =
        page.model()->index(page.model()->rowCount() - 1, 0).data().isValid() ? 1 : 0;

    const QJsonObject figures {
        {QStringLiteral("firstScreenMs"), firstScreenMs},
        {QStringLiteral("countedMs"), countedMs},
        {QStringLiteral("peerFirstScreenMs"),
         rawFirstScreenMs(*workstation.database(), std::max(visibleRows, 1))},
        {QStringLiteral("visibleRows"), visibleRows},
        {QStringLiteral("rows"), page.model()->rowCount()},
        {QStringLiteral("cachedRows"), page.model()->cachedRowCount()},
        {QStringLiteral("endRowsValid"), endRowsValid},
        {QStringLiteral("residentMiB"), residentMiB()},
        {QStringLiteral("baselineMiB"), baselineMiB},
    };
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return 0;
}

std::optional<CaseListFigures>
measureCaseList(const QString& dataDir, const QString& userName, const QString& password)
{
    QProcess probe;
    probe.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(kProbeOption), dataDir, userName});
    probe.write(password.toUtf8() + '\n');
    probe.closeWriteChannel();
    if (!probe.waitForFinished(600'000) || probe.exitCode() != 0) {
        std::fprintf(
            stderr, "The case list probe failed: %s\n", probe.readAllStandardError().constData());
        return std::nullopt;
    }
    const QJsonObject figures = QJsonDocument::fromJson(probe.readAllStandardOutput()).object();
    CaseListFigures result;
    result.firstScreenMs = figures.value(QStringLiteral("firstScreenMs")).toDouble();
    result.peerFirstScreenMs = figures.value(QStringLiteral("peerFirstScreenMs")).toDouble();
    result.rows = figures.value(QStringLiteral("rows")).toInteger();
    result.cachedRows = figures.value(QStringLiteral("cachedRows")).toInteger();
    result.residentMiB = figures.value(QStringLiteral("residentMiB")).toDouble();
    result.baselineMiB = figures.value(QStringLiteral("baselineMiB")).toDouble();
    result.endRowsValid = figures.value(QStringLiteral("endRowsValid")).toDouble() > 0;
    return result;
}

} // namespace casedesk::bench
