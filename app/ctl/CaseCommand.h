#pragma once

#include "CtlCommand.h"
#include "intake/CaseType.h"

#include <QHash>

namespace casedesk {

class CaseRepository;

// casedeskctl case import | export: cases as JSON lines, one case a line, in the shape
// {"caseType": ..., "fields": {...}, "feeFen": ...}. An import checks each line against its
// case type and takes in the good ones as a clerk would, with numbers and journals; a bad
// line is reported with its number and nothing of it is written. An export writes the
// same shape, plus the number, status and intake time that an import ignores.
class CaseCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(CaseCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("case"); }
    [[nodiscard]] QString brief() const override
    {
        return tr("Import and export cases as JSON lines");
    }
    [[nodiscard]] QString synopsis() const override
    {
        return QStringLiteral("case (import FILE|- | export [FILE|-] [--status S] [--type T]) "
                              "--user NAME --password-stdin [--data-dir DIR]");
    }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList& arguments) override;

private:
    int importCases(const Session& actor, const QString& source);
    int exportCases(const Session& actor,
                    const QString& target,
                    const QString& status,
                    const QString& caseType);
    // Takes in one line; the error says what is wrong with it, for the line's report.
    [[nodiscard]] Result<void>
    importLine(const Session& actor, CaseRepository& cases, const QByteArray& line, int number);

    QHash<QString, CaseType> m_caseTypes;
};

} // namespace casedesk
