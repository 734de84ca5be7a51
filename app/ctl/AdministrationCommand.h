#pragma once

#include "CtlCommand.h"

namespace casedesk {

// casedeskctl verify | rekey | backup: the administrator's care of the database. Each
// signs in as an administrator first.
class AdministrationCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdministrationCommand)

public:
    enum class Action
    {
        Verify,
        Rekey,
        Backup
    };

    explicit AdministrationCommand(Action action);

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString brief() const override;
    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList& arguments) override;

private:
    int verify(const Session& actor);
    int backup(const Session& actor, const QString& target);

    Action m_action;
};

} // namespace casedesk
