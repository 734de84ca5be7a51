#include "checks/CheckerWorker.h"
#include "core/Logging.h"
#include "core/Version.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    // No QGuiApplication: decoding pictures and rendering PDF pages into a QImage need
    // neither a display nor a platform plugin.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("casedesk-checker"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(casedesk::kVersion));
    casedesk::installLogFormat();
    return casedesk::CheckerWorker::run(QCoreApplication::arguments());
}
