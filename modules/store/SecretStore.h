#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace casedesk {

// Secrets that must never sit in a file (the registry credential of this device) kept in
// the system keychain: the Secret Service on Linux. Calls wait for the keychain's answer.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    // Entries are grouped under a service name; tests use their own.
    explicit SecretStore(QString service = QStringLiteral("CaseDesk"));

    [[nodiscard]] Result<void> write(const QString& key, const QByteArray& secret) const;
    // A missing entry is an error of kind NotFound.
    [[nodiscard]] Result<QByteArray> read(const QString& key) const;
    // Removing a missing entry succeeds.
    [[nodiscard]] Result<void> remove(const QString& key) const;

private:
    // Logs the keychain's own error text and says what the person can do.
    [[nodiscard]] static Error unavailable(const char* operation, const QString& errorText);

    QString m_service;
};

} // namespace casedesk
