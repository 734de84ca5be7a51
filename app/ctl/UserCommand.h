#pragma once

#include "CtlCommand.h"

namespace casedesk {

// casedeskctl user: lists accounts, adds them, changes passwords, disables and enables
// them. Every action signs in first; only an administrator may change others' accounts.
class UserCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("user"); }
    [[nodiscard]] QString brief() const override
    {
        return tr("List, add, disable and enable accounts; change passwords");
    }
    [[nodiscard]] QString synopsis() const override
    {
        return QStringLiteral(
            "user ACTION [NAME] --user NAME --password-stdin [--role ROLE] [--data-dir DIR]");
    }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList& arguments) override;

private:
    int list(const Session& actor);
    int add(const Session& actor, const QString& userName, const QString& roleName);
    int changePassword(const Session& actor, const QString& userName);
    int disable(const Session& actor, const QString& userName);
    int enable(const Session& actor, const QString& userName);
};

} // namespace casedesk
