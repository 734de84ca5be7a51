#pragma once

#include <QString>
#include <QStringList>

namespace casedesk {

// The languages CaseDesk speaks, as locale names: "en", "zh_CN".
[[nodiscard]] QStringList supportedLanguages();

// The language to use: the requested one when given, otherwise the system's when
// CaseDesk speaks it, otherwise English. Returns an empty string for a requested
// language CaseDesk does not speak.
[[nodiscard]] QString chooseLanguage(const QString& requested);

// Loads CaseDesk's translation for the language, and Qt's own for its standard dialogs,
// into the running application. Returns false when CaseDesk's own could not be loaded.
bool installTranslations(const QString& language);

} // namespace casedesk
