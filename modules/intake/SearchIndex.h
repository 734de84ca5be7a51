#pragma once

#include "core/Result.h"

#include <QCoreApplication>

#include <functional>

namespace casedesk {

class Clock;
class Database;

// Keeps the search box's index (case_search) made by the SearchTokens of this program.
// Every case is indexed as it is saved; this is for the one time after an update whose
// migration emptied the index, when every case already in the store is indexed again.
// The programs call bringUpToDate() once the store is open, before anyone searches.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    SearchIndex(const Database& database, const Clock& clock);

    // Whether the index was made by this program's SearchTokens.
    [[nodiscard]] Result<bool> isCurrent() const;

    // Called now and then while indexing, with the cases done and the cases there are.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Makes the index again from every case when it is behind, in one transaction, so an
    // interrupted run leaves the index as it was and the next start begins again. Returns the
    // number of cases indexed: 0 when the index was current.
    [[nodiscard]] Result<qint64> bringUpToDate(const Progress& progress = {});

    // Cases between two calls of the progress function.
    static constexpr qint64 kProgressStep = 10'000;

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace casedesk
