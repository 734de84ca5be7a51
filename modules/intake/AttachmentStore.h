#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace casedesk {

class Clock;
class Database;
struct DocumentRequirement;

// A file as the store keeps it: once, by the SHA-256 of its content, encrypted with the
// rest of the database.
struct StoredFile
{
    QString sha256; // lower-case hex
    QString mediaType;
    qint64 size = 0;
    int pageCount = 0;
};

// Keeps the files citizens hand in. A file is checked against what its document accepts
// (format by its first bytes, not its name; size), stored once whatever how often it is
// handed in, and can tell in which cases it was already received.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    // No document of any case type may be larger, whatever its definition says.
    static constexpr qint64 kMaximumBytes = 50 * 1024 * 1024;

    AttachmentStore(const Database& database, const Clock& clock);

    // The media type the content really is ("application/pdf", "image/jpeg", "image/png"),
    // judged by its first bytes; empty when it is none of those.
    [[nodiscard]] static QString sniffMediaType(const QByteArray& content);
    // The format name a case type definition uses for a media type ("pdf", "jpeg", "png").
    [[nodiscard]] static QString formatName(const QString& mediaType);
    [[nodiscard]] static QString sha256Hex(const QByteArray& content);

    // Whether the file may be handed in for the document: a known format the document
    // accepts, not empty and not over its size limit. The error names the file and says
    // what is accepted. Returns the media type.
    [[nodiscard]] static Result<QString> checkFile(const DocumentRequirement& document,
                                                   const QString& fileName,
                                                   const QByteArray& content);

    // Stores the content unless a file with the same hash is already there, in its own
    // transaction. pageCount is what the document analysis found (0 when not known yet).
    [[nodiscard]] Result<StoredFile>
    keep(const QByteArray& content, const QString& mediaType, int pageCount);

    // Records the page count the document analysis found for a kept file, unless one is
    // recorded already.
    [[nodiscard]] Result<void> recordPageCount(const QString& sha256, int pageCount);

    [[nodiscard]] Result<QByteArray> content(const QString& sha256) const;

    // Numbers of the cases that already hold the file, oldest first.
    [[nodiscard]] Result<QStringList> casesHolding(const QString& sha256) const;

    // Removes kept files that no case and no draft refers to, such as those of a
    // discarded intake. Returns how many went.
    [[nodiscard]] Result<int> removeUnreferenced();

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace casedesk
