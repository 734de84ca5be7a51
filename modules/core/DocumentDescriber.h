#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace casedesk {

// What a look inside a handed-in file found: its real format, how many pages it has and a
// small picture of its first page, or why it could not be read.
struct DocumentDescription
{
    enum class Outcome
    {
        Described,
        PasswordProtected, // a PDF that opens only with a password
        Unreadable, // damaged, or not the format its first bytes claim
        NotAnalysed, // the analysis crashed, ran out of time or of memory
    };

    Outcome outcome = Outcome::NotAnalysed;
    QString mediaType; // "application/pdf", "image/jpeg", "image/png"
    int pageCount = 0; // 1 for an image
    // A PNG at most 256 pixels on its longer side; empty unless Described. Kept as bytes
    // so that core needs no Qt Gui; the form turns it into a picture.
    QByteArray thumbnailPng;
    QString message; // translated, for the clerk; empty when Described

    [[nodiscard]] bool described() const { return outcome == Outcome::Described; }
};

// Looks inside untrusted files without parsing them in the caller's process. Requests
// are answered asynchronously and in any order, each by one described() signal with the
// id the caller gave. Implemented by the checks module, which runs casedesk-checker; the
// intake form only knows this interface.
class DocumentDescriber : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void describe(quint64 requestId, const QByteArray& content) = 0;

Q_SIGNALS:
    void described(quint64 requestId, const casedesk::DocumentDescription& description);
};

} // namespace casedesk

Q_DECLARE_METATYPE(casedesk::DocumentDescription)
