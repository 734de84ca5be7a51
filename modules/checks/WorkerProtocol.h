#pragma once

#include "core/DocumentDescriber.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace casedesk {

// The one JSON object casedesk-checker writes to its standard output, and its strict
// reading on the desk's side. The worker names outcomes and reasons with fixed codes; only
// the desk turns them into translated text, so the worker needs no translations.
class WorkerProtocol
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::WorkerProtocol)

public:
    // Why a file was not described. Each has a fixed code on the wire.
    enum class Reason
    {
        None,
        EmptyFile, // unreadable: there is nothing in it
        UnknownFormat, // unreadable: neither PDF nor JPEG nor PNG by its first bytes
        Damaged, // unreadable: the format its first bytes claim, but broken
        FileTooLarge, // not analysed: more bytes than the worker reads
        ImageTooLarge, // not analysed: more pixels than the worker decodes
        OutOfMemory, // not analysed: the worker's memory limit was reached
        RenderFailed, // not analysed: the first page was found but could not be drawn
    };

    // What the worker found, before the desk adds its translated message.
    struct Reply
    {
        DocumentDescription::Outcome outcome = DocumentDescription::Outcome::NotAnalysed;
        QString mediaType; // optional unless Described
        int pageCount = 0; // only when Described
        // Only when Described; empty for a PDF that states its pages but whose first page
        // cannot be found.
        QByteArray thumbnailPng;
        Reason reason = Reason::None; // required when Unreadable or NotAnalysed
    };

    // Far more than a 256-pixel PNG in base64 needs; a longer reply is a misbehaving worker.
    static constexpr qsizetype kMaxReplyBytes = 1024 * 1024;
    static constexpr int kMaxThumbnailSide = 256;
    static constexpr int kMaxPageCount = 1000000;

    // One line of compact JSON, ending with a newline.
    [[nodiscard]] static QByteArray encode(const Reply& reply);

    // The reply in output, or nothing when output is anything but exactly one well-formed
    // reply: unknown keys, codes or media types, wrong types, a thumbnail that is not a
    // small PNG, or combinations that make no sense (a page count on an unreadable file).
    [[nodiscard]] static std::optional<Reply> parse(const QByteArray& output);

    // The description the desk shows, with the message for the clerk.
    [[nodiscard]] static DocumentDescription toDescription(const Reply& reply);

    // Strict parse followed by toDescription; nothing when the output is malformed.
    [[nodiscard]] static std::optional<DocumentDescription> decode(const QByteArray& output);

    // The translated sentence a clerk reads for this outcome; empty when Described.
    [[nodiscard]] static QString message(DocumentDescription::Outcome outcome, Reason reason);

    [[nodiscard]] static bool isKnownMediaType(const QString& mediaType);
};

} // namespace casedesk
