#include "ChecksumRules.h"

namespace casedesk {

QStringList knownChecksumRules()
{
    return {QStringLiteral("gb11643"),
            QStringLiteral("gb32100"),
            QStringLiteral("passport"),
            QStringLiteral("bank-card")};
}

} // namespace casedesk
