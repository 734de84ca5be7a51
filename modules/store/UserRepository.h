#pragma once

#include "core/Result.h"
#include "core/Role.h"

#include <QCoreApplication>
#include <QUuid>

#include <optional>

namespace casedesk {

class Clock;
class Database;

// An account of the workstation as the database keeps it. Passwords are not here: they
// live only as the key slots that open the database.
struct UserRecord
{
    QUuid id;
    QString name;
    Role role = Role::Clerk;
    bool disabled = false;
    qint64 version = 1;
};

// Reads and writes the users table. Callers check permissions and write the audit row in
// the same transaction.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    UserRepository(const Database& database, const Clock& clock);

    [[nodiscard]] Result<UserRecord> insert(const QUuid& id, const QString& name, Role role);
    [[nodiscard]] Result<std::optional<UserRecord>> findByName(const QString& name) const;
    [[nodiscard]] Result<std::optional<UserRecord>> findById(const QUuid& id) const;
    [[nodiscard]] Result<QList<UserRecord>> all() const;
    [[nodiscard]] Result<void> setDisabled(const QUuid& id, bool disabled);

    // The form of a name used to compare names: case-folded.
    [[nodiscard]] static QString nameKey(const QString& name);

private:
    [[nodiscard]] Result<std::optional<UserRecord>> findOne(const QString& column,
                                                            const QString& value) const;

    const Database& m_database;
    const Clock& m_clock;
};

} // namespace casedesk
