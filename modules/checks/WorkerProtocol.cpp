#include "WorkerProtocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

#include <array>
#include <utility>

namespace casedesk {

namespace {

using Outcome = DocumentDescription::Outcome;
using Reason = WorkerProtocol::Reason;

const QString kOutcomeKey = QStringLiteral("outcome");
const QString kMediaTypeKey = QStringLiteral("mediaType");
const QString kPageCountKey = QStringLiteral("pageCount");
const QString kThumbnailKey = QStringLiteral("thumbnail");
const QString kReasonKey = QStringLiteral("reason");

constexpr std::array<std::pair<Outcome, const char*>, 4> kOutcomeCodes {{
    {Outcome::Described, "described"},
    {Outcome::PasswordProtected, "password-protected"},
    {Outcome::Unreadable, "unreadable"},
    {Outcome::NotAnalysed, "not-analysed"},
}};

constexpr std::array<std::pair<Reason, const char*>, 7> kReasonCodes {{
    {Reason::EmptyFile, "empty"},
    {Reason::UnknownFormat, "unknown-format"},
    {Reason::Damaged, "damaged"},
    {Reason::FileTooLarge, "too-large"},
    {Reason::ImageTooLarge, "image-too-large"},
    {Reason::OutOfMemory, "out-of-memory"},
    {Reason::RenderFailed, "render-failed"},
}};

template<typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char*>, N>& codes, Enum value)
{
    for (const auto& [candidate, code] : codes) {
        if (candidate == value) {
            return QString::fromLatin1(code);
        }
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& codes,
                            const QString& code)
{
    for (const auto& [value, candidate] : codes) {
        if (code == QLatin1String(candidate)) {
            return value;
        }
    }
    return std::nullopt;
}

bool reasonFitsOutcome(Outcome outcome, Reason reason)
{
    switch (outcome) {
    case Outcome::Described:
    case Outcome::PasswordProtected:
        return reason == Reason::None;
    case Outcome::Unreadable:
        return reason == Reason::EmptyFile || reason == Reason::UnknownFormat
            || reason == Reason::Damaged;
    case Outcome::NotAnalysed:
        return reason == Reason::FileTooLarge || reason == Reason::ImageTooLarge
            || reason == Reason::OutOfMemory || reason == Reason::RenderFailed;
    }
    return false;
}

// Reads the picture's size from the PNG header without decoding anything, so that the
// desk never hands a large or malformed picture from the worker to an image decoder.
bool isSmallPng(const QByteArray& png)
{
    static const QByteArray signature = QByteArrayLiteral("\x89PNG\r\n\x1a\n");
    constexpr qsizetype headerEnd = 24; // signature, IHDR length and type, width, height
    if (png.size() <= headerEnd || !png.startsWith(signature)
        || png.mid(12, 4) != QByteArrayLiteral("IHDR")) {
        return false;
    }
    const auto bigEndian = [&png](qsizetype at) {
        quint32 value = 0;
        for (qsizetype i = at; i < at + 4; ++i) {
            value = (value << 8) | static_cast<quint8>(png.at(i));
        }
        return value;
    };
    const quint32 width = bigEndian(16);
    const quint32 height = bigEndian(20);
    constexpr auto maxSide = static_cast<quint32>(WorkerProtocol::kMaxThumbnailSide);
    return width >= 1 && height >= 1 && width <= maxSide && height <= maxSide;
}

bool isImageType(const QString& mediaType)
{
    return mediaType.startsWith(QLatin1String("image/"));
}

} // namespace

QByteArray WorkerProtocol::encode(const Reply& reply)
{
    QJsonObject object;
    object.insert(kOutcomeKey, codeOf(kOutcomeCodes, reply.outcome));
    if (!reply.mediaType.isEmpty()) {
        object.insert(kMediaTypeKey, reply.mediaType);
    }
    if (reply.outcome == Outcome::Described) {
        object.insert(kPageCountKey, reply.pageCount);
        if (!reply.thumbnailPng.isEmpty()) {
            object.insert(kThumbnailKey, QString::fromLatin1(reply.thumbnailPng.toBase64()));
        }
    }
    if (reply.reason != Reason::None) {
        object.insert(kReasonKey, codeOf(kReasonCodes, reply.reason));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<WorkerProtocol::Reply> WorkerProtocol::parse(const QByteArray& output)
{
    if (output.size() > kMaxReplyBytes) {
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(output, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    static const QSet<QString> knownKeys {
        kOutcomeKey, kMediaTypeKey, kPageCountKey, kThumbnailKey, kReasonKey};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!knownKeys.contains(it.key())) {
            return std::nullopt;
        }
    }

    Reply reply;
    const std::optional<Outcome> outcome =
        valueOf(kOutcomeCodes, object.value(kOutcomeKey).toString());
    if (!outcome) {
        return std::nullopt;
    }
    reply.outcome = *outcome;

    if (object.contains(kMediaTypeKey)) {
        reply.mediaType = object.value(kMediaTypeKey).toString();
        if (!isKnownMediaType(reply.mediaType)) {
            return std::nullopt;
        }
    }

    if (object.contains(kReasonKey)) {
        const std::optional<Reason> reason =
            valueOf(kReasonCodes, object.value(kReasonKey).toString());
        if (!reason) {
            return std::nullopt;
        }
        reply.reason = *reason;
    }
    if (!reasonFitsOutcome(reply.outcome, reply.reason)) {
        return std::nullopt;
    }

    const bool described = reply.outcome == Outcome::Described;
    if (object.contains(kPageCountKey) != described
        || (object.contains(kThumbnailKey) && !described)
        || (described && reply.mediaType.isEmpty())) {
        return std::nullopt;
    }
    if (!described) {
        return reply;
    }

    const qint64 pageCount = object.value(kPageCountKey).toInteger(0);
    if (pageCount < 1 || pageCount > kMaxPageCount
        || (isImageType(reply.mediaType) && pageCount != 1)) {
        return std::nullopt;
    }
    reply.pageCount = static_cast<int>(pageCount);

    if (!object.contains(kThumbnailKey)) {
        return reply;
    }
    const QJsonValue thumbnail = object.value(kThumbnailKey);
    if (!thumbnail.isString()) {
        return std::nullopt;
    }
    auto png = QByteArray::fromBase64Encoding(thumbnail.toString().toLatin1(),
                                              QByteArray::AbortOnBase64DecodingErrors);
    if (!png || !isSmallPng(*png)) {
        return std::nullopt;
    }
    reply.thumbnailPng = std::move(*png);
    return reply;
}

DocumentDescription WorkerProtocol::toDescription(const Reply& reply)
{
    DocumentDescription description;
    description.outcome = reply.outcome;
    description.mediaType = reply.mediaType;
    if (reply.outcome == Outcome::Described) {
        description.pageCount = reply.pageCount;
        description.thumbnailPng = reply.thumbnailPng;
    }
    description.message = message(reply.outcome, reply.reason);
    return description;
}

std::optional<DocumentDescription> WorkerProtocol::decode(const QByteArray& output)
{
    const std::optional<Reply> reply = parse(output);
    if (!reply) {
        return std::nullopt;
    }
    return toDescription(*reply);
}

QString WorkerProtocol::message(DocumentDescription::Outcome outcome, Reason reason)
{
    switch (outcome) {
    case Outcome::Described:
        return {};
    case Outcome::PasswordProtected:
        return tr("This PDF is protected with a password, so CaseDesk cannot look inside it. "
                  "Ask for a copy without a password.");
    case Outcome::Unreadable:
    case Outcome::NotAnalysed:
        break;
    }
    switch (reason) {
    case Reason::EmptyFile:
        return tr("This file is empty. Ask for the document again.");
    case Reason::UnknownFormat:
        return tr("This file is not a PDF, JPEG or PNG file. Ask for the document in one of "
                  "these formats.");
    case Reason::Damaged:
        return tr("This file is damaged and cannot be opened. Ask for another copy of the "
                  "document.");
    case Reason::FileTooLarge:
        return tr("This file could not be analysed: it is too large. Ask for a smaller copy, "
                  "for example a scan at a lower resolution.");
    case Reason::ImageTooLarge:
        return tr("This file could not be analysed: the picture has too many pixels. Ask for "
                  "a smaller copy, for example a scan at a lower resolution.");
    case Reason::OutOfMemory:
        return tr("This file could not be analysed: it needs more memory than the analysis "
                  "may use. Check the paper original.");
    case Reason::RenderFailed:
        return tr("This file could not be analysed: its first page could not be displayed. "
                  "Check the paper original.");
    case Reason::None:
        break;
    }
    // Only a reply that parse() would refuse gets here; say something rather than nothing.
    return tr("This file could not be analysed. Check the paper original.");
}

bool WorkerProtocol::isKnownMediaType(const QString& mediaType)
{
    return mediaType == QLatin1String("application/pdf") || mediaType == QLatin1String("image/jpeg")
        || mediaType == QLatin1String("image/png");
}

} // namespace casedesk
