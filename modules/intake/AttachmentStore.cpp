#include "AttachmentStore.h"

#include "CaseType.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace casedesk {

namespace {

const QString kPdf = QStringLiteral("application/pdf");
const QString kJpeg = QStringLiteral("image/jpeg");
const QString kPng = QStringLiteral("image/png");

QString acceptedFormatsText(const QStringList& formats)
{
    QStringList upper;
    for (const QString& format : formats) {
        upper.append(format.toUpper());
    }
    return upper.join(QStringLiteral(", "));
}

} // namespace

AttachmentStore::AttachmentStore(const Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{ }

QString AttachmentStore::sniffMediaType(const QByteArray& content)
{
    // A PDF may have a few bytes of junk before its header; readers accept up to 1024.
    if (content.left(1024).contains("%PDF-")) {
        return kPdf;
    }
    if (content.startsWith("\xFF\xD8\xFF")) {
        return kJpeg;
    }
    if (content.startsWith("\x89PNG\r\n\x1A\n")) {
        return kPng;
    }
    return {};
}

QString AttachmentStore::formatName(const QString& mediaType)
{
    if (mediaType == kPdf) {
        return QStringLiteral("pdf");
    }
    if (mediaType == kJpeg) {
        return QStringLiteral("jpeg");
    }
    if (mediaType == kPng) {
        return QStringLiteral("png");
    }
    return {};
}

QString AttachmentStore::sha256Hex(const QByteArray& content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Result<QString> AttachmentStore::checkFile(const DocumentRequirement& document,
                                           const QString& fileName,
                                           const QByteArray& content)
{
    if (content.isEmpty()) {
        return Error(
            ErrorKind::InvalidInput,
            tr("The file \"%1\" is empty. Scan or copy the document again.").arg(fileName));
    }
    const qint64 limit = document.maxSizeMiB > 0
        ? std::min(qint64(document.maxSizeMiB) * 1024 * 1024, kMaximumBytes)
        : kMaximumBytes;
    if (content.size() > limit) {
        return Error(ErrorKind::InvalidInput,
                     tr("The file \"%1\" is %2 MiB; this document may be at most %3 MiB. "
                        "Scan it at a lower resolution or in black and white.")
                         .arg(fileName)
                         .arg(double(content.size()) / (1024 * 1024), 0, 'f', 1)
                         .arg(limit / (1024 * 1024)));
    }
    const QString mediaType = sniffMediaType(content);
    const QString format = formatName(mediaType);
    if (format.isEmpty() || !document.formats.contains(format)) {
        return Error(ErrorKind::InvalidInput,
                     tr("The file \"%1\" cannot be accepted for this document, which takes "
                        "only these formats: %2.")
                         .arg(fileName, acceptedFormatsText(document.formats)));
    }
    return mediaType;
}

Result<StoredFile>
AttachmentStore::keep(const QByteArray& content, const QString& mediaType, int pageCount)
{
    const StoredFile file {sha256Hex(content), mediaType, content.size(), std::max(pageCount, 0)};
    const QString what = tr("keeping the document");

    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    // INSERT OR IGNORE keeps the first copy: the content is the same by its hash.
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO attachment_files (sha256, media_type, size, page_count, content, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(file.sha256);
    insert.addBindValue(file.mediaType);
    insert.addBindValue(file.size);
    insert.addBindValue(file.pageCount > 0 ? QVariant(file.pageCount) : QVariant());
    insert.addBindValue(content);
    insert.addBindValue(Database::timeText(m_clock.now()));
    if (!insert.exec()) {
        return m_database.errorFrom(insert.lastError(), what);
    }
    if (insert.numRowsAffected() == 0 && file.pageCount > 0) {
        if (auto recorded = recordPageCount(file.sha256, file.pageCount); !recorded) {
            return recorded.error();
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcIntake) << "Kept a document of" << file.size << "bytes," << file.mediaType;
    return file;
}

Result<void> AttachmentStore::recordPageCount(const QString& sha256, int pageCount)
{
    if (pageCount <= 0) {
        return Result<void>::success();
    }
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral(
        "UPDATE attachment_files SET page_count = ? WHERE sha256 = ? AND page_count IS NULL"));
    update.addBindValue(pageCount);
    update.addBindValue(sha256);
    if (!update.exec()) {
        return m_database.errorFrom(update.lastError(), tr("keeping the document"));
    }
    return Result<void>::success();
}

Result<QByteArray> AttachmentStore::content(const QString& sha256) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT content FROM attachment_files WHERE sha256 = ?"));
    query.addBindValue(sha256);
    if (!query.exec()) {
        return m_database.errorFrom(query.lastError(), tr("reading the document"));
    }
    if (!query.next()) {
        return Error(ErrorKind::NotFound,
                     tr("This document is no longer kept on this workstation."));
    }
    return query.value(0).toByteArray();
}

Result<QStringList> AttachmentStore::casesHolding(const QString& sha256) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT DISTINCT c.number, c.created_at FROM attachments a JOIN cases c ON c.id = "
        "a.case_id WHERE a.sha256 = ? ORDER BY c.created_at, c.number"));
    query.addBindValue(sha256);
    if (!query.exec()) {
        return m_database.errorFrom(query.lastError(), tr("looking for the document"));
    }
    QStringList numbers;
    while (query.next()) {
        numbers.append(query.value(0).toString());
    }
    return numbers;
}

Result<int> AttachmentStore::removeUnreferenced()
{
    const QString what = tr("removing documents no case needs");
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }

    // Drafts name their files inside their JSON, which SQL here cannot look into.
    QSet<QString> inDrafts;
    QSqlQuery drafts(m_database.connection());
    drafts.setForwardOnly(true);
    if (!drafts.exec(QStringLiteral("SELECT content FROM drafts"))) {
        return m_database.errorFrom(drafts.lastError(), what);
    }
    while (drafts.next()) {
        const QJsonObject content =
            QJsonDocument::fromJson(drafts.value(0).toString().toUtf8()).object();
        const QJsonArray files = content.value(QStringLiteral("attachments")).toArray();
        for (const QJsonValue& file : files) {
            inDrafts.insert(file.toObject().value(QStringLiteral("sha256")).toString());
        }
    }

    QSqlQuery orphans(m_database.connection());
    orphans.setForwardOnly(true);
    if (!orphans.exec(QStringLiteral("SELECT sha256 FROM attachment_files WHERE sha256 NOT IN "
                                     "(SELECT sha256 FROM attachments)"))) {
        return m_database.errorFrom(orphans.lastError(), what);
    }
    QStringList unreferenced;
    while (orphans.next()) {
        const QString sha256 = orphans.value(0).toString();
        if (!inDrafts.contains(sha256)) {
            unreferenced.append(sha256);
        }
    }
    orphans.finish();

    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM attachment_files WHERE sha256 = ?"));
    for (const QString& sha256 : std::as_const(unreferenced)) {
        remove.addBindValue(sha256);
        if (!remove.exec()) {
            return m_database.errorFrom(remove.lastError(), what);
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return int(unreferenced.size());
}

} // namespace casedesk
