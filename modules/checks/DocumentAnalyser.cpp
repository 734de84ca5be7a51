#include "DocumentAnalyser.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QSize>
#include <QVariant>

#include <poppler-qt6.h>

#include <algorithm>

namespace casedesk {

namespace {

using Outcome = DocumentDescription::Outcome;
using Reason = WorkerProtocol::Reason;
using Reply = WorkerProtocol::Reply;

const QString kPdf = QStringLiteral("application/pdf");
const QString kJpeg = QStringLiteral("image/jpeg");
const QString kPng = QStringLiteral("image/png");

// Readers accept a PDF header anywhere in the first kilobyte, after junk some producers
// put in front of it.
constexpr qsizetype kPdfHeaderWindow = 1024;

Reply failed(Outcome outcome, Reason reason, const QString& mediaType = {})
{
    Reply reply;
    reply.outcome = outcome;
    reply.reason = reason;
    reply.mediaType = mediaType;
    return reply;
}

Reply described(const QString& mediaType, int pageCount, QByteArray thumbnailPng)
{
    Reply reply;
    reply.outcome = Outcome::Described;
    reply.mediaType = mediaType;
    reply.pageCount = pageCount;
    reply.thumbnailPng = std::move(thumbnailPng);
    return reply;
}

// Poppler reports every oddity of a damaged file on standard error, some of it quoting
// the file; none of it is for anyone to read.
void ignorePopplerMessage(const QString& /*message*/, const QVariant& /*closure*/)
{ }

} // namespace

WorkerProtocol::Reply DocumentAnalyser::analyse(const QByteArray& content)
{
    if (content.isEmpty()) {
        return failed(Outcome::Unreadable, Reason::EmptyFile);
    }
    const Format format = sniff(content);
    switch (format) {
    case Format::Pdf:
        return analysePdf(content);
    case Format::Jpeg:
    case Format::Png:
        return analyseImage(content, format);
    case Format::Unknown:
        break;
    }
    return failed(Outcome::Unreadable, Reason::UnknownFormat);
}

DocumentAnalyser::Format DocumentAnalyser::sniff(const QByteArray& content)
{
    if (content.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n"))) {
        return Format::Png;
    }
    if (content.startsWith(QByteArrayLiteral("\xff\xd8\xff"))) {
        return Format::Jpeg;
    }
    if (content.left(kPdfHeaderWindow).contains(QByteArrayLiteral("%PDF-"))) {
        return Format::Pdf;
    }
    return Format::Unknown;
}

WorkerProtocol::Reply DocumentAnalyser::analysePdf(const QByteArray& content)
{
    Poppler::setDebugErrorFunction(ignorePopplerMessage, QVariant());

    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(content);
    if (!document) {
        return failed(Outcome::Unreadable, Reason::Damaged, kPdf);
    }
    if (document->isLocked()) {
        Reply reply;
        reply.outcome = Outcome::PasswordProtected;
        reply.mediaType = kPdf;
        return reply;
    }
    const int pageCount = document->numPages();
    if (pageCount < 1 || pageCount > WorkerProtocol::kMaxPageCount) {
        return failed(Outcome::Unreadable, Reason::Damaged, kPdf);
    }
    // A linearized file can state its page count up front while its page tree is broken
    // (one in the shared corpus does). Its pages are counted, but there is no picture.
    const std::unique_ptr<Poppler::Page> firstPage = document->page(0);
    if (!firstPage) {
        return described(kPdf, pageCount, {});
    }

    // Render at the resolution that makes the longer side fit, so that a page with an
    // absurd size costs no more than a normal one.
    const QSizeF points = firstPage->pageSizeF();
    const double longerSide = std::max(points.width(), points.height());
    constexpr double pointsPerInch = 72.0;
    const double dpi = longerSide > 0
        ? std::clamp(pointsPerInch * WorkerProtocol::kMaxThumbnailSide / longerSide, 1.0, 1200.0)
        : pointsPerInch;
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    const QImage rendered = firstPage->renderToImage(dpi, dpi);
    QByteArray thumbnail = rendered.isNull() ? QByteArray() : thumbnailOf(rendered);
    if (thumbnail.isEmpty()) {
        return failed(Outcome::NotAnalysed, Reason::RenderFailed, kPdf);
    }
    return described(kPdf, pageCount, std::move(thumbnail));
}

WorkerProtocol::Reply DocumentAnalyser::analyseImage(const QByteArray& content, Format format)
{
    const QString mediaType = format == Format::Png ? kPng : kJpeg;
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    // The format comes from the first bytes, never from a plugin's guess.
    QImageReader reader(
        &buffer, format == Format::Png ? QByteArrayLiteral("png") : QByteArrayLiteral("jpeg"));
    reader.setDecideFormatFromContent(false);
    reader.setAutoTransform(true);

    // The header alone gives the size, so a picture that would not fit is refused before
    // a single pixel is decoded.
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty()) {
        return failed(Outcome::Unreadable, Reason::Damaged, mediaType);
    }
    if (qint64(size.width()) * qint64(size.height()) > kMaxImagePixels) {
        return failed(Outcome::NotAnalysed, Reason::ImageTooLarge, mediaType);
    }
    constexpr int bytesPerPixel = 4;
    const qint64 megabytes = (kMaxImagePixels * bytesPerPixel >> 20) + 1;
    reader.setAllocationLimit(static_cast<int>(megabytes));

    // JPEG decodes straight to the smaller size; the others are scaled after decoding.
    const QSize side(WorkerProtocol::kMaxThumbnailSide, WorkerProtocol::kMaxThumbnailSide);
    if (size.width() > side.width() || size.height() > side.height()) {
        reader.setScaledSize(size.scaled(side, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        // A decoder says no both to broken data and to memory it could not get; only a
        // picture whose pixels would fit in memory is damaged.
        const QImage probe(size, QImage::Format_ARGB32);
        return probe.isNull() ? failed(Outcome::NotAnalysed, Reason::OutOfMemory, mediaType)
                              : failed(Outcome::Unreadable, Reason::Damaged, mediaType);
    }
    QByteArray thumbnail = thumbnailOf(image);
    if (thumbnail.isEmpty()) {
        return failed(Outcome::NotAnalysed, Reason::OutOfMemory, mediaType);
    }
    return described(mediaType, 1, std::move(thumbnail));
}

QByteArray DocumentAnalyser::thumbnailOf(const QImage& image)
{
    const int side = WorkerProtocol::kMaxThumbnailSide;
    const QImage fitted = image.width() > side || image.height() > side
        ? image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : image;
    if (fitted.isNull()) {
        return {};
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!fitted.save(&buffer, "PNG")) {
        return {};
    }
    return png;
}

} // namespace casedesk
