#include "UserRepository.h"

#include "Database.h"
#include "core/Clock.h"

#include <QSqlQuery>

namespace casedesk {

namespace {

const QString kColumns = QStringLiteral("id, name, role, disabled, version");

UserRecord fromRow(const QSqlQuery& row)
{
    return UserRecord {QUuid::fromString(row.value(0).toString()),
                       row.value(1).toString(),
                       roleFromId(row.value(2).toString()).value_or(Role::Clerk),
                       row.value(3).toInt() != 0,
                       row.value(4).toLongLong()};
}

} // namespace

UserRepository::UserRepository(const Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{ }

QString UserRepository::nameKey(const QString& name)
{
    return name.toCaseFolded();
}

Result<UserRecord> UserRepository::insert(const QUuid& id, const QString& name, Role role)
{
    const QString now = Database::timeText(m_clock.now());
    QSqlQuery insert(m_database.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO users (id, name, name_key, role, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(id.toString(QUuid::WithoutBraces));
    insert.addBindValue(name);
    insert.addBindValue(nameKey(name));
    insert.addBindValue(roleId(role));
    insert.addBindValue(now);
    insert.addBindValue(now);
    if (!insert.exec()) {
        return m_database.errorFrom(insert.lastError(), tr("adding the account"));
    }
    return UserRecord {id, name, role, false, 1};
}

Result<std::optional<UserRecord>> UserRepository::findByName(const QString& name) const
{
    return findOne(QStringLiteral("name_key"), nameKey(name));
}

Result<std::optional<UserRecord>> UserRepository::findById(const QUuid& id) const
{
    return findOne(QStringLiteral("id"), id.toString(QUuid::WithoutBraces));
}

Result<std::optional<UserRecord>> UserRepository::findOne(const QString& column,
                                                          const QString& value) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM users WHERE %2 = ?").arg(kColumns, column));
    query.addBindValue(value);
    if (!query.exec()) {
        return m_database.errorFrom(query.lastError(), tr("reading the accounts"));
    }
    if (!query.next()) {
        return std::optional<UserRecord>();
    }
    return std::optional<UserRecord>(fromRow(query));
}

Result<QList<UserRecord>> UserRepository::all() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM users ORDER BY name_key").arg(kColumns))) {
        return m_database.errorFrom(query.lastError(), tr("reading the accounts"));
    }
    QList<UserRecord> users;
    while (query.next()) {
        users.append(fromRow(query));
    }
    return users;
}

Result<void> UserRepository::setDisabled(const QUuid& id, bool disabled)
{
    QSqlQuery update(m_database.connection());
    update.prepare(
        QStringLiteral("UPDATE users SET disabled = ?, updated_at = ?, version = version + 1 "
                       "WHERE id = ?"));
    update.addBindValue(disabled ? 1 : 0);
    update.addBindValue(Database::timeText(m_clock.now()));
    update.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!update.exec()) {
        return m_database.errorFrom(update.lastError(), tr("changing the account"));
    }
    return Result<void>::success();
}

} // namespace casedesk
