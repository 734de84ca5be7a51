#pragma once

#include <QString>

#include <functional>
#include <vector>

namespace casedesk::bench {

class BenchReport;

// What the command line chose for the suites that need it.
struct BenchOptions
{
    // Demo cases in the store the intake suite measures on.
    qint64 cases = 1'000'000;
};

// A named group of measurements, each against a peer measured in the same run.
struct BenchSuite
{
    QString name;
    QString description;
    std::function<void(BenchReport&, const BenchOptions&)> run;
};

// Every suite casedesk-bench knows, in the order `casedesk-bench` with no name runs them.
std::vector<BenchSuite> allSuites();

// The suites, one function each, defined in their own files.
BenchSuite coreSuite();
BenchSuite storeSuite();
BenchSuite intakeSuite();

} // namespace casedesk::bench
