#pragma once

#include "WorkerProtocol.h"

#include <QByteArray>

class QImage;

namespace casedesk {

// Looks inside one untrusted file: tells its format from its first bytes, counts its pages
// and draws a small picture of the first one. Runs only inside casedesk-checker, after
// ProcessLimits has fenced the process in.
class DocumentAnalyser
{
public:
    // A decoded picture takes four bytes a pixel; 50 million pixels (a page scanned at
    // 600 dpi is 35 million) stay well inside the worker's default memory limit.
    static constexpr qint64 kMaxImagePixels = 50000000;

    [[nodiscard]] static WorkerProtocol::Reply analyse(const QByteArray& content);

private:
    enum class Format
    {
        Unknown,
        Pdf,
        Jpeg,
        Png,
    };

    [[nodiscard]] static Format sniff(const QByteArray& content);
    [[nodiscard]] static WorkerProtocol::Reply analysePdf(const QByteArray& content);
    [[nodiscard]] static WorkerProtocol::Reply analyseImage(const QByteArray& content,
                                                            Format format);
    // The picture scaled to fit the thumbnail, as PNG; empty when that fails.
    [[nodiscard]] static QByteArray thumbnailOf(const QImage& image);
};

} // namespace casedesk
