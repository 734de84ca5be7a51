#pragma once

#include "CtlCommand.h"

namespace casedesk {

// casedeskctl demo: fills the workstation with realistic demonstration cases taken in by
// its clerks, for trying the desk out and for benchmarks. Administrators only.
class DemoCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("demo"); }
    [[nodiscard]] QString brief() const override { return tr("Generate demonstration cases"); }
    [[nodiscard]] QString synopsis() const override
    {
        return QStringLiteral(
            "demo --cases N [--seed S] --user NAME --password-stdin [--data-dir DIR]");
    }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList& arguments) override;

    // The seed when none is given, so that two demo workstations hold the same cases.
    static constexpr quint64 kDefaultSeed = 1;
};

} // namespace casedesk
