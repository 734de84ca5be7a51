#pragma once

#include <QString>

#include <functional>
#include <vector>

namespace casedesk::bench {

class BenchReport;

// A named group of measurements, each against a peer measured in the same run.
struct BenchSuite
{
    QString name;
    QString description;
    std::function<void(BenchReport&)> run;
};

// Every suite casedesk-bench knows, in the order `casedesk-bench` with no name runs them.
std::vector<BenchSuite> allSuites();

// The suites, one function each, defined in their own files.
BenchSuite coreSuite();
BenchSuite storeSuite();

} // namespace casedesk::bench
