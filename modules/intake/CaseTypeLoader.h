#pragma once

#include "CaseType.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace casedesk {

// Reads case type definitions (resources/casetypes/*.json, described by
// casetype.schema.json) and refuses a broken one with a message that names the file, the
// field, document or key, and what is wrong, so whoever edits a definition can fix it.
//
// A definition given to parse() or found by loadDirectory() is outside data: a fault is
// ErrorKind::InvalidInput. The definitions shipped inside the program cannot be edited at a
// counter, so a fault there means the installation is broken: loadShipped() reports
// ErrorKind::Damaged with the same message.
class CaseTypeLoader
{
    Q_DECLARE_TR_FUNCTIONS(CaseTypeLoader)

public:
    // The JSON Schema beside the definitions; it documents the format and is not one.
    static constexpr QLatin1StringView kSchemaFileName {"casetype.schema.json"};
    // Where the definitions shipped with the program live.
    static constexpr QLatin1StringView kShippedPath {":/casetypes"};

    // Reads one definition; fileName only names it in messages.
    [[nodiscard]] static Result<CaseType> parse(const QByteArray& json, const QString& fileName);

    // Every *.json of the folder but the schema, in file name order. Stops at the first
    // broken file; two files defining the same case type id are refused too.
    [[nodiscard]] static Result<QList<CaseType>> loadDirectory(const QString& path);
    [[nodiscard]] static Result<QList<CaseType>> loadShipped();

    // Every key the format accepts, in any of its objects, sorted; the schema documents
    // each one and a test holds the two together.
    [[nodiscard]] static QStringList acceptedKeys();
};

} // namespace casedesk
