#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace casedesk {

// The folder that holds one workstation's data. It is readable by its owner only.
class DataDirectory
{
    Q_DECLARE_TR_FUNCTIONS(DataDirectory)

public:
    explicit DataDirectory(QString path);

    // The user's data location for CaseDesk, used when no --data-dir is given.
    [[nodiscard]] static QString defaultPath();

    // Creates the folder if needed and restricts it to its owner.
    [[nodiscard]] Result<void> prepare() const;

    [[nodiscard]] const QString& path() const { return m_path; }
    // The encrypted database, and the key slot file beside it that opens it.
    [[nodiscard]] QString databaseFile() const;
    [[nodiscard]] QString keySlotFile() const;

    // True once a workstation has been set up here: its database or key file exists.
    [[nodiscard]] bool isSetUp() const;

private:
    QString m_path;
};

} // namespace casedesk
