#pragma once

#include "intake/CaseType.h"

#include <QList>
#include <QString>

namespace casedesk {

class DocumentDescriber;

// What the desk's pages need beyond the signed-in person and the store, prepared once at
// start: the case types, the language the desk speaks, and the document analysis.
struct DeskContext
{
    QList<CaseType> caseTypes;
    QString language = QStringLiteral("en");
    // Not owned; null leaves documents without page counts and thumbnails.
    DocumentDescriber* describer = nullptr;
};

} // namespace casedesk
