#pragma once

#include "CtlCommand.h"

namespace casedesk {

// casedeskctl init: sets up a new workstation with its first administrator, or with
// --demo, a demonstration workstation with one account per role.
class InitCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("init"); }
    [[nodiscard]] QString brief() const override { return tr("Set up a new workstation"); }
    [[nodiscard]] QString synopsis() const override
    {
        return QStringLiteral(
            "init (--admin NAME --password-stdin | --demo) [--office NAME] [--data-dir DIR]");
    }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList& arguments) override;

private:
    int initDemo(const DataDirectory& directory, const QString& office);
};

} // namespace casedesk
