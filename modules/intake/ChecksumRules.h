#pragma once

#include <QStringList>

namespace casedesk {

// The checksum rules a case type's field may name, as written in the definitions:
// "gb11643" (resident identity number), "gb32100" (unified social credit code),
// "passport" (passport number of the People's Republic of China).
[[nodiscard]] QStringList knownChecksumRules();

} // namespace casedesk
