#pragma once

#include "core/Result.h"

#include <QCoreApplication>

namespace casedesk {

class Database;

// The numbered schema migrations, one SQL file each under migrations/, applied in order,
// each in its own transaction and recorded in schema_version.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    // The highest schema version this program knows.
    [[nodiscard]] static int latestVersion();

    // Applies every migration the database lacks. A database from a newer program is
    // refused without being touched.
    [[nodiscard]] static Result<void> apply(const Database& database);
};

} // namespace casedesk
