#pragma once

#include <QString>

#include <optional>

namespace casedesk::bench {

// What the case list costs a clerk, measured in a process of its own so that its memory
// is the list's and not the benchmark's: the Cases page opened on a workstation, painted,
// paged down and scrolled to the end of every case.
struct CaseListFigures
{
    double firstScreenMs = 0;
    double peerFirstScreenMs = 0; // the same first rows read through the raw C API
    qint64 rows = 0;
    qint64 cachedRows = 0; // rows the model held at the end
    double residentMiB = 0; // after scrolling to the end
    double baselineMiB = 0; // signed in, before the page was made
    bool endRowsValid = false;
};

// casedesk-bench starts itself with this option to run the probe.
[[nodiscard]] bool isCaseListProbe(int argc, char** argv);
[[nodiscard]] int runCaseListProbe(int argc, char** argv);

// Runs the probe on a workstation; the password goes to the probe on its standard input.
[[nodiscard]] std::optional<CaseListFigures>
measureCaseList(const QString& dataDir, const QString& userName, const QString& password);

} // namespace casedesk::bench
