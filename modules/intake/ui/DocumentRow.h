#pragma once

#include "intake/CaseType.h"

#include <QByteArray>
#include <QFrame>
#include <QList>
#include <QStringList>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace casedesk {

// A file the clerk added for one of the case's documents, as the form tracks it: first
// kept in the store, then analysed (page count, thumbnail).
struct DocumentFile
{
    enum class State
    {
        Analysing,
        Described,
        NotDescribed, // the analysis gave no description; message says why
    };

    quint64 key = 0; // the form's own number for the file, also the analysis request id
    QString documentId;
    QString fileName;
    QString sha256;
    QString mediaType;
    State state = State::Analysing;
    int pageCount = 0;
    QByteArray thumbnailPng;
    QString message;
    // Numbers of earlier cases the same file was handed in with.
    QStringList earlierCases;
};

// One document the case type asks for, in the documents panel: its label, whether it is
// still missing, the files added for it, and a button and a drop area to add one.
class DocumentRow : public QFrame
{
    Q_OBJECT

public:
    DocumentRow(const DocumentRequirement& requirement, const QString& language, QWidget* parent);

    [[nodiscard]] const DocumentRequirement& requirement() const { return m_requirement; }
    [[nodiscard]] const QString& documentId() const { return m_requirement.id; }
    [[nodiscard]] QPushButton* addButton() const { return m_add; }
    // The buttons of the files shown, in order, for the tab order.
    [[nodiscard]] QList<QWidget*> fileButtons() const { return m_removeButtons; }

    void setRequired(bool required);
    void showFiles(const QList<DocumentFile>& files);
    // A refusal of the last file the clerk tried to add; empty to clear it.
    void showRefusal(const QString& message);

Q_SIGNALS:
    void addFileRequested(const QString& documentId);
    void filesDropped(const QString& documentId, const QStringList& paths);
    void removeRequested(quint64 key);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void updateState();

    DocumentRequirement m_requirement;
    QString m_labelText;
    bool m_required = false;
    int m_fileCount = 0;
    QLabel* m_label = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_refusal = nullptr;
    QPushButton* m_add = nullptr;
    QVBoxLayout* m_files = nullptr;
    QList<QWidget*> m_removeButtons;
};

} // namespace casedesk
