#pragma once

#include "DocumentRow.h"
#include "core/Session.h"
#include "intake/AttachmentStore.h"
#include "intake/CaseRepository.h"
#include "intake/CaseType.h"
#include "intake/CaseValidator.h"
#include "intake/DraftRepository.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace casedesk {

class Clock;
class Database;
class DocumentDescriber;
struct DocumentDescription;
class FieldEditor;

// Where a clerk takes in an application while the citizen waits: the case type, the form
// built from it, the documents handed in, the fee, and Save. Checked as the clerk types,
// kept as a draft so a crash loses nothing, and driven entirely from the keyboard:
// Ctrl+S saves, Ctrl+D adds a document, Ctrl+N starts the next case, Enter moves on.
class IntakePage : public QWidget
{
    Q_OBJECT

public:
    // caseTypes must not be empty; describer may be null, and then files are kept
    // without a page count or thumbnail. language picks the definitions' labels ("zh_CN",
    // "en"); the page's own texts follow the installed translation.
    IntakePage(const Session& clerk,
               const Database& database,
               const Clock& clock,
               QList<CaseType> caseTypes,
               DocumentDescriber* describer,
               QString language,
               QWidget* parent = nullptr);
    ~IntakePage() override;

    [[nodiscard]] QString currentCaseTypeId() const;
    // The answers as the form holds them now, keyed by field id.
    [[nodiscard]] QJsonObject answers() const;

    // Adds a file for one of the case type's documents, as the file dialog and a drop do;
    // a refusal is shown beside the document. Returns whether the file was accepted.
    bool addFile(const QString& documentId, const QString& path);

public Q_SLOTS:
    // Ctrl+S. Takes the case in unless a field has an error; returns whether it did.
    bool save();
    // Ctrl+D: the file dialog, for the document the keyboard is in or the first missing one.
    void chooseFile();
    // Ctrl+N: an empty form for the next citizen, after asking when something was typed.
    void startNextCase();

Q_SIGNALS:
    void caseTakenIn(const QUuid& caseId, const QString& number);

protected:
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildHeader(QVBoxLayout* layout);
    void buildBody(QVBoxLayout* layout);
    void buildFooter(QVBoxLayout* layout);
    void addShortcuts();

    [[nodiscard]] const CaseType& caseType() const;
    void selectCaseType(int index);
    void buildForm();
    void resetForm();
    [[nodiscard]] bool isEmpty() const;

    void onFieldEdited(FieldEditor* editor);
    void refresh();
    void refreshSummary(const QList<FieldIssue>& issues);
    void updateTabOrder();
    void lookUpApplicant();
    void useKnownApplicant();

    void onDescribed(quint64 requestId, const DocumentDescription& description);
    [[nodiscard]] Result<void> keepFile(DocumentFile& file, const QByteArray& content);
    // Takes back a file the checker could not open, and says why beside its document.
    void refuseDescribedFile(QList<DocumentFile>::iterator file, const QString& reason);
    void removeFile(quint64 key);
    void showFiles();
    [[nodiscard]] QString documentForDrop() const;

    void scheduleDraft();
    void saveDraft();
    void restoreDraft();
    void discardDraft();

    void showNotice(const QString& text);
    void showStoreError(const QString& text);
    [[nodiscard]] QDate today() const;

    const Session m_clerk;
    const Clock& m_clock;
    const QList<CaseType> m_caseTypes;
    QPointer<DocumentDescriber> m_describer;
    const QString m_language;
    CaseRepository m_cases;
    AttachmentStore m_attachments;
    DraftRepository m_drafts;

    int m_caseTypeIndex = -1;
    std::unique_ptr<CaseValidator> m_validator;
    QList<FieldEditor*> m_editors;
    QList<DocumentRow*> m_documentRows;
    QList<DocumentFile> m_files;
    quint64 m_nextFileKey = 1;
    // Fields the clerk has typed in: only their verdicts show until Save is tried.
    QStringList m_touched;
    bool m_showAllChecks = false;
    std::optional<QUuid> m_draftId;
    std::optional<Applicant> m_knownApplicant;
    QString m_lookedUpNumber;

    QComboBox* m_caseTypeBox = nullptr;
    QLabel* m_fee = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_storeError = nullptr;
    QWidget* m_applicantNotice = nullptr;
    QLabel* m_applicantText = nullptr;
    QPushButton* m_useApplicant = nullptr;
    QWidget* m_form = nullptr;
    QGridLayout* m_formLayout = nullptr;
    QWidget* m_documents = nullptr;
    QVBoxLayout* m_documentsLayout = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_addDocument = nullptr;
    QPushButton* m_save = nullptr;
    QTimer* m_draftTimer = nullptr;
};

} // namespace casedesk
