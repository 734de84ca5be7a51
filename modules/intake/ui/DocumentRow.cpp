#include "DocumentRow.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPixmap>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace casedesk {

namespace {

QStringList localFiles(const QMimeData* data)
{
    QStringList paths;
    if (!data || !data->hasUrls()) {
        return paths;
    }
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    return paths;
}

QString formatsText(const QStringList& formats)
{
    QStringList upper;
    for (const QString& format : formats) {
        upper.append(format.toUpper());
    }
    return upper.join(QStringLiteral(", "));
}

} // namespace

DocumentRow::DocumentRow(const DocumentRequirement& requirement,
                         const QString& language,
                         QWidget* parent)
    : QFrame(parent)
    , m_requirement(requirement)
    , m_labelText(requirement.label.text(language))
{
    setObjectName(QStringLiteral("document_") + requirement.id);
    setFrameShape(QFrame::StyledPanel);
    setAcceptDrops(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);

    auto* top = new QHBoxLayout;
    m_label = new QLabel(m_labelText, this);
    m_label->setWordWrap(true);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    m_add = new QPushButton(tr("Add file…"), this);
    m_add->setObjectName(QStringLiteral("addFile_") + requirement.id);
    m_add->setAccessibleName(tr("Add a file for %1").arg(m_labelText));
    top->addWidget(m_label, 1);
    top->addWidget(m_add, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("refusal_") + requirement.id);
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_refusal->hide();
    layout->addWidget(m_refusal);

    m_files = new QVBoxLayout;
    m_files->setSpacing(6);
    layout->addLayout(m_files);

    connect(
        m_add, &QPushButton::clicked, this, [this] { Q_EMIT addFileRequested(m_requirement.id); });
    updateState();
}

void DocumentRow::setRequired(bool required)
{
    m_required = required;
    updateState();
}

void DocumentRow::updateState()
{
    const QString accepted = tr("%1, at most %2 MiB")
                                 .arg(formatsText(m_requirement.formats))
                                 .arg(m_requirement.maxSizeMiB);
    if (m_fileCount > 0) {
        m_state->setText(accepted);
        m_state->setStyleSheet(QString());
    } else if (m_required) {
        // A warning, not a block: counters accept applications with documents to follow.
        m_state->setText(tr("Required, not yet handed in. %1").arg(accepted));
        m_state->setStyleSheet(QStringLiteral("color: #8a5300;"));
    } else if (m_requirement.requiredWhen) {
        m_state->setText(tr("Not needed with the answers given so far. %1").arg(accepted));
        m_state->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    } else {
        m_state->setText(tr("If the citizen has it. %1").arg(accepted));
        m_state->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    }
}

void DocumentRow::showRefusal(const QString& message)
{
    m_refusal->setText(message);
    m_refusal->setVisible(!message.isEmpty());
}

void DocumentRow::showFiles(const QList<DocumentFile>& files)
{
    while (QLayoutItem* item = m_files->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_removeButtons.clear();
    m_fileCount = 0;

    for (const DocumentFile& file : files) {
        if (file.documentId != m_requirement.id) {
            continue;
        }
        ++m_fileCount;
        auto* entry = new QWidget(this);
        auto* row = new QHBoxLayout(entry);
        row->setContentsMargins(0, 0, 0, 0);

        auto* thumbnail = new QLabel(entry);
        thumbnail->setObjectName(QStringLiteral("thumbnail"));
        thumbnail->setFixedSize(48, 64);
        thumbnail->setAlignment(Qt::AlignCenter);
        thumbnail->setFrameShape(QFrame::Box);
        QPixmap picture;
        if (!file.thumbnailPng.isEmpty() && picture.loadFromData(file.thumbnailPng, "PNG")) {
            thumbnail->setPixmap(
                picture.scaled(thumbnail->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        }
        row->addWidget(thumbnail, 0, Qt::AlignTop);

        QString status;
        switch (file.state) {
        case DocumentFile::State::Analysing:
            status = tr("Analysing…");
            break;
        case DocumentFile::State::Described:
            status = tr("%n page(s)", nullptr, file.pageCount);
            break;
        case DocumentFile::State::NotDescribed:
            status = file.message;
            break;
        }
        QString text =
            file.fileName.toHtmlEscaped() + QStringLiteral("<br>") + status.toHtmlEscaped();
        if (!file.earlierCases.isEmpty()) {
            text += QStringLiteral("<br><span style=\"color:#8a5300\">")
                + tr("This file was already received with case %1.")
                      .arg(file.earlierCases.join(QStringLiteral(", ")))
                      .toHtmlEscaped()
                + QStringLiteral("</span>");
        }
        auto* description = new QLabel(text, entry);
        description->setObjectName(QStringLiteral("fileDescription"));
        description->setTextFormat(Qt::RichText);
        description->setWordWrap(true);
        row->addWidget(description, 1);

        auto* remove = new QPushButton(tr("Remove"), entry);
        remove->setAccessibleName(tr("Remove %1").arg(file.fileName));
        const quint64 key = file.key;
        connect(remove, &QPushButton::clicked, this, [this, key] { Q_EMIT removeRequested(key); });
        row->addWidget(remove, 0, Qt::AlignTop);
        m_removeButtons.append(remove);

        m_files->addWidget(entry);
    }
    updateState();
}

void DocumentRow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void DocumentRow::dropEvent(QDropEvent* event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    Q_EMIT filesDropped(m_requirement.id, paths);
}

} // namespace casedesk
