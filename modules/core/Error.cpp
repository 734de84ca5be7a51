#include "Error.h"

namespace casedesk {

Error::Error(ErrorKind kind, QString message, QString detail)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
{ }

QString Error::fullText() const
{
    if (m_detail.isEmpty()) {
        return m_message;
    }
    return m_message + QStringLiteral(" (") + m_detail + QLatin1Char(')');
}

} // namespace casedesk
