#pragma once

#include "CaseType.h"
#include "core/Result.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>
#include <functional>

namespace casedesk {

class Clock;
class Database;

// What one run of the demo generator wrote.
struct DemoSummary
{
    qint64 cases = 0;
    qint64 applicants = 0; // new ones; some cases are for an applicant seen before
    qint64 attachments = 0;
    qint64 files = 0; // distinct files in attachment_files that the run added
    double seconds = 0;
};

// Fills a workstation with realistic demonstration cases, fast enough for a million: valid
// identity numbers and phones, answers that pass each shipped case type's rules, provisional
// numbers continuing each day's sequence, search rows, and small generated scans attached by
// content hash. Rows go straight through Statement in large transactions. A run writes one
// audit row (who generated how many) and no change-journal rows, so demo data never syncs.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    // Called after each committed batch with the number of cases written so far.
    using Progress = std::function<void(qint64 written)>;

    // Cases per transaction: large enough that commits cost nothing, small enough that the
    // write-ahead log stays a few hundred megabytes.
    static constexpr int kBatchCases = 50'000;

    DemoData(const Database& database, const Clock& clock, QList<CaseType> caseTypes);

    // Writes count cases taken in by the workstation's clerks over the two years before now.
    // The same seed on the same store at the same time gives the same cases. Only an
    // administrator may run it, and the workstation needs at least one clerk account.
    [[nodiscard]] Result<DemoSummary>
    generate(const Session& actor, qint64 count, quint64 seed, const Progress& progress = {});

    static constexpr qint64 kMaximumCases = 10'000'000;

    // Fewer cases per transaction, for progress that moves more often or for tests.
    void setBatchCases(int cases) { m_batchCases = std::max(1, cases); }

private:
    const Database& m_database;
    const Clock& m_clock;
    QList<CaseType> m_caseTypes;
    int m_batchCases = kBatchCases;
};

} // namespace casedesk
