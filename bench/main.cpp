#include "BenchReport.h"
#include "BenchSuite.h"
#include "CaseListProbe.h"
#include "core/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace casedesk::bench;

namespace casedesk::bench {

std::vector<BenchSuite> allSuites()
{
    return {coreSuite(), storeSuite(), intakeSuite()};
}

} // namespace casedesk::bench

int main(int argc, char** argv)
{
    // The case list is measured in a fresh process of this same program.
    if (isCaseListProbe(argc, argv)) {
        return runCaseListProbe(argc, argv);
    }
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
    const QCommandLineOption cases(
        QStringLiteral("cases"),
        QStringLiteral("Demo cases in the intake suite's store (default 1000000, or "
                       "CASEDESK_BENCH_CASES); fewer for a quick run."),
        QStringLiteral("N"));
    parser.addOption(cases);
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

    BenchOptions options;
    const QString casesText =
        parser.isSet(cases) ? parser.value(cases) : qEnvironmentVariable("CASEDESK_BENCH_CASES");
    if (!casesText.isEmpty()) {
        bool ok = false;
        options.cases = casesText.toLongLong(&ok);
        if (!ok || options.cases < 1000) {
            std::fprintf(stderr, "--cases takes a number of at least 1000.\n");
            return 2;
        }
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
            suite.run(report, options);
        }
    }
    return 0;
}
