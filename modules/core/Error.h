#pragma once

#include <QString>

namespace casedesk {

// What kind of failure happened, so callers can react without parsing text.
enum class ErrorKind
{
    InvalidInput, // the person entered something the program cannot accept
    NotFound, // the thing asked for does not exist
    PermissionDenied, // the signed-in role may not do this
    WrongPassword, // the password did not match
    AccountLocked, // too many failed attempts, or the account is disabled
    Unavailable, // a service the program needs is not there (keychain, network)
    Damaged, // a file exists but cannot be trusted (tampered, truncated)
    Io, // reading or writing a file failed (disk full, permissions)
    Busy, // another program holds the file; trying again later may work
    Incompatible, // written by a newer version of CaseDesk
    Internal, // a programming error; the message still tells the person what to do
};

// A failure written for a person. message() is shown on screen and is already
// translated; detail() is the underlying technical text for the operator's log.
// Neither ever holds personal data, passwords or keys.
class Error
{
public:
    Error(ErrorKind kind, QString message, QString detail = {});

    [[nodiscard]] ErrorKind kind() const { return m_kind; }
    [[nodiscard]] const QString& message() const { return m_message; }
    [[nodiscard]] const QString& detail() const { return m_detail; }

    // The message followed by the detail, for logs and command-line output.
    [[nodiscard]] QString fullText() const;

private:
    ErrorKind m_kind;
    QString m_message;
    QString m_detail;
};

} // namespace casedesk
