#pragma once

#include "CtlCommand.h"

namespace casedesk {

// casedeskctl search: the desk's search box on the command line. Finds cases by applicant
// name, id number or its last digits, phone, or case number, and prints one line each.
class SearchCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("search"); }
    [[nodiscard]] QString brief() const override
    {
        return tr("Find cases by name, id number, phone or case number");
    }
    [[nodiscard]] QString synopsis() const override
    {
        return QStringLiteral(
            "search QUERY [--limit N] --user NAME --password-stdin [--data-dir DIR]");
    }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList& arguments) override;

    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaximumLimit = 1000;
};

} // namespace casedesk
