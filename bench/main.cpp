#include "BenchReport.h"
#include "BenchSuite.h"
#include "core/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace casedesk::bench;

namespace casedesk::bench {

std::vector<BenchSuite> allSuites()
{
    return {coreSuite(), storeSuite()};
}

} // namespace casedesk::bench

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("casedesk-bench"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(casedesk::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures CaseDesk against a peer in the same run. Each figure is printed as a table "
        "row on standard error and as one JSON line on standard output."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the suites."));
    parser.addOption(list);
    parser.addPositionalArgument(QStringLiteral("suite"),
                                 QStringLiteral("The suites to run; all when none is named."),
                                 QStringLiteral("[suite...]"));
    parser.process(app);

    const std::vector<BenchSuite> suites = allSuites();
    if (parser.isSet(list)) {
        for (const BenchSuite& suite : suites) {
            std::printf("%-10s %s\n",
                        suite.name.toUtf8().constData(),
                        suite.description.toUtf8().constData());
        }
        return 0;
    }

    const QStringList wanted = parser.positionalArguments();
    for (const QString& name : wanted) {
        const bool known = std::any_of(suites.cbegin(),
                                       suites.cend(),
                                       [&](const BenchSuite& suite) { return suite.name == name; });
        if (!known) {
            std::fprintf(stderr,
                         "No benchmark suite is named \"%s\". Run with --list to see them.\n",
                         name.toUtf8().constData());
            return 2;
        }
    }
    for (const BenchSuite& suite : suites) {
        if (wanted.isEmpty() || wanted.contains(suite.name)) {
            BenchReport report(suite.name);
            suite.run(report);
        }
    }
    return 0;
}
