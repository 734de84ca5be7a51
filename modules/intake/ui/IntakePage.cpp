#include "IntakePage.h"

#include "FieldEditor.h"
#include "core/Clock.h"
#include "core/DocumentDescriber.h"
#include "core/Logging.h"
#include "core/ui/PageLayout.h"

#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace casedesk {

namespace {

// Long enough that a clerk typing a number is not interrupted by a write for each digit,
// short enough that a power cut loses at most the last word.
constexpr int kDraftDelayMs = 400;
// More names than this in the summary would push Save off a small screen.
constexpr int kSummaryNames = 4;

const QString kNoticeStyle =
    QStringLiteral("QLabel { background: #e6f4ea; color: #0d5b26; border: 1px solid #a8d5b5; "
                   "border-radius: 4px; padding: 8px; }");
const QString kErrorStyle =
    QStringLiteral("QLabel { background: #fdecee; color: #b00020; border: 1px solid #f1b5bd; "
                   "border-radius: 4px; padding: 8px; }");
const QString kApplicantStyle = QStringLiteral(
    "#applicantNotice { background: #e8f0fe; border: 1px solid #b6ccf5; border-radius: 4px; }");

QString fileFilter(const QStringList& formats)
{
    QStringList patterns;
    for (const QString& format : formats) {
        if (format == QLatin1StringView("jpeg")) {
            patterns << QStringLiteral("*.jpg") << QStringLiteral("*.jpeg");
        } else {
            patterns << QStringLiteral("*.") + format;
        }
    }
    return patterns.join(QLatin1Char(' '));
}

QStringList droppedFiles(const QMimeData* data)
{
    QStringList paths;
    if (data && data->hasUrls()) {
        for (const QUrl& url : data->urls()) {
            if (url.isLocalFile()) {
                paths.append(url.toLocalFile());
            }
        }
    }
    return paths;
}

} // namespace

IntakePage::IntakePage(const Session& clerk,
                       const Database& database,
                       const Clock& clock,
                       QList<CaseType> caseTypes,
                       DocumentDescriber* describer,
                       QString language,
                       QWidget* parent)
    : QWidget(parent)
    , m_clerk(clerk)
    , m_clock(clock)
    , m_caseTypes(std::move(caseTypes))
    , m_describer(describer)
    , m_language(std::move(language))
    , m_cases(database, clock)
    , m_attachments(database, clock)
    , m_drafts(database, clock)
{
    setObjectName(QStringLiteral("intakePage"));
    setAcceptDrops(true);
    auto* layout = createPageLayout(this, tr("Intake"));
    if (m_caseTypes.isEmpty()) {
        auto* none = new QLabel(tr("No case types are installed, so no case can be taken in. "
                                   "Ask the administrator to install CaseDesk again."),
                                this);
        none->setWordWrap(true);
        layout->addWidget(none);
        layout->addStretch();
        return;
    }

    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &IntakePage::saveDraft);
    if (m_describer) {
        connect(m_describer, &DocumentDescriber::described, this, &IntakePage::onDescribed);
    }

    buildHeader(layout);
    buildBody(layout);
    buildFooter(layout);
    addShortcuts();

    selectCaseType(0);
    restoreDraft();
    setFocusProxy(m_caseTypeBox);
}

IntakePage::~IntakePage()
{
    // Whatever was typed in the last moments before the page closes is kept too.
    if (m_draftTimer && m_draftTimer->isActive()) {
        saveDraft();
    }
}

void IntakePage::buildHeader(QVBoxLayout* layout)
{
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("Case &type:"), this);
    m_caseTypeBox = new QComboBox(this);
    m_caseTypeBox->setObjectName(QStringLiteral("caseType"));
    for (const CaseType& type : m_caseTypes) {
        m_caseTypeBox->addItem(type.label().text(m_language), type.id());
    }
    label->setBuddy(m_caseTypeBox);
    m_fee = new QLabel(this);
    m_fee->setObjectName(QStringLiteral("fee"));
    m_fee->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row->addWidget(label);
    row->addWidget(m_caseTypeBox, 1);
    row->addSpacing(24);
    row->addWidget(m_fee);
    layout->addLayout(row);

    connect(m_caseTypeBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index == m_caseTypeIndex) {
            return;
        }
        if (!isEmpty()) {
            const auto answer = QMessageBox::question(
                this,
                tr("Change the case type?"),
                tr("The answers and files of this form belong to the case type chosen before "
                   "and are cleared."),
                QMessageBox::Yes | QMessageBox::No,
                QMessageBox::No);
            if (answer != QMessageBox::Yes) {
                const QSignalBlocker blocker(m_caseTypeBox);
                m_caseTypeBox->setCurrentIndex(m_caseTypeIndex);
                return;
            }
        }
        selectCaseType(index);
        scheduleDraft();
    });

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(kNoticeStyle);
    QFont bigger = m_notice->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    bigger.setBold(true);
    m_notice->setFont(bigger);
    m_notice->hide();
    layout->addWidget(m_notice);

    m_storeError = new QLabel(this);
    m_storeError->setObjectName(QStringLiteral("storeError"));
    m_storeError->setWordWrap(true);
    m_storeError->setStyleSheet(kErrorStyle);
    m_storeError->hide();
    layout->addWidget(m_storeError);

    m_applicantNotice = new QWidget(this);
    m_applicantNotice->setObjectName(QStringLiteral("applicantNotice"));
    m_applicantNotice->setAttribute(Qt::WA_StyledBackground);
    m_applicantNotice->setStyleSheet(kApplicantStyle);
    auto* applicantRow = new QHBoxLayout(m_applicantNotice);
    applicantRow->setContentsMargins(8, 6, 8, 6);
    m_applicantText = new QLabel(m_applicantNotice);
    m_applicantText->setObjectName(QStringLiteral("applicantText"));
    m_applicantText->setWordWrap(true);
    m_useApplicant = new QPushButton(tr("&Use these details"), m_applicantNotice);
    m_useApplicant->setObjectName(QStringLiteral("useApplicant"));
    applicantRow->addWidget(m_applicantText, 1);
    applicantRow->addWidget(m_useApplicant);
    connect(m_useApplicant, &QPushButton::clicked, this, &IntakePage::useKnownApplicant);
    m_applicantNotice->hide();
    layout->addWidget(m_applicantNotice);
}

void IntakePage::buildBody(QVBoxLayout* layout)
{
    auto* body = new QHBoxLayout;
    body->setSpacing(24);

    auto* formScroll = new QScrollArea(this);
    formScroll->setObjectName(QStringLiteral("formScroll"));
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    m_form = new QWidget(formScroll);
    m_formLayout = new QGridLayout(m_form);
    m_formLayout->setHorizontalSpacing(12);
    m_formLayout->setVerticalSpacing(8);
    m_formLayout->setColumnStretch(1, 1);
    // Wide enough that most labels fit on one or two lines, in English as in Chinese.
    m_formLayout->setColumnMinimumWidth(0, 230);
    formScroll->setWidget(m_form);
    body->addWidget(formScroll, 3);

    auto* panel = new QWidget(this);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(createHeading(tr("Documents"), panel, 1.15));
    auto* hint =
        new QLabel(tr("Drop files on a document or use its Add file… button. Ctrl+D adds a file to "
                      "the document you are at, or to the first one still missing."),
                   panel);
    hint->setWordWrap(true);
    panelLayout->addWidget(hint);
    auto* documentsScroll = new QScrollArea(panel);
    documentsScroll->setWidgetResizable(true);
    documentsScroll->setFrameShape(QFrame::NoFrame);
    m_documents = new QWidget(documentsScroll);
    m_documentsLayout = new QVBoxLayout(m_documents);
    m_documentsLayout->setContentsMargins(0, 0, 0, 0);
    documentsScroll->setWidget(m_documents);
    panelLayout->addWidget(documentsScroll, 1);
    body->addWidget(panel, 2);

    layout->addLayout(body, 1);
}

void IntakePage::buildFooter(QVBoxLayout* layout)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    auto* buttons = new QHBoxLayout;
    m_clear = new QPushButton(tr("Next case (Ctrl+N)"), this);
    m_clear->setObjectName(QStringLiteral("nextCase"));
    m_clear->setToolTip(tr("Clears the form for the next citizen."));
    m_addDocument = new QPushButton(tr("Add document… (Ctrl+D)"), this);
    m_addDocument->setObjectName(QStringLiteral("addDocument"));
    m_save = new QPushButton(tr("Save (Ctrl+S)"), this);
    m_save->setObjectName(QStringLiteral("save"));
    // Enter moves between fields, so Save must not be the default button.
    m_save->setAutoDefault(false);
    buttons->addWidget(m_clear);
    buttons->addStretch();
    buttons->addWidget(m_addDocument);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_clear, &QPushButton::clicked, this, &IntakePage::startNextCase);
    connect(m_addDocument, &QPushButton::clicked, this, &IntakePage::chooseFile);
    connect(m_save, &QPushButton::clicked, this, &IntakePage::save);
}

void IntakePage::addShortcuts()
{
    const auto add = [this](Qt::Key key, void (IntakePage::*slot)()) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(Qt::Key_D, &IntakePage::chooseFile);
    add(Qt::Key_N, &IntakePage::startNextCase);
    auto* save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, [this] { static_cast<void>(this->save()); });
}

const CaseType& IntakePage::caseType() const
{
    return m_caseTypes.at(m_caseTypeIndex);
}

QString IntakePage::currentCaseTypeId() const
{
    return m_caseTypeIndex < 0 ? QString() : caseType().id();
}

QDate IntakePage::today() const
{
    return m_clock.now().toLocalTime().date();
}

void IntakePage::selectCaseType(int index)
{
    m_caseTypeIndex = index;
    {
        const QSignalBlocker blocker(m_caseTypeBox);
        m_caseTypeBox->setCurrentIndex(index);
    }
    m_validator = std::make_unique<CaseValidator>(caseType());

    const qint64 fee = caseType().feeFen();
    const int days = caseType().processingDays();
    const QString feeText =
        fee == 0 ? tr("No fee") : tr("Fee: ¥%1").arg(Validators::formatFen(fee));
    const QString daysText = days == 0 ? tr("decided on the spot")
                                       : tr("decision within %n working day(s)", nullptr, days);
    m_fee->setText(tr("%1 · %2").arg(feeText, daysText));

    buildForm();
    resetForm();
}

void IntakePage::buildForm()
{
    for (FieldEditor* editor : std::as_const(m_editors)) {
        delete editor->label();
        delete editor;
    }
    m_editors.clear();
    qDeleteAll(m_documentRows);
    m_documentRows.clear();
    while (QLayoutItem* item = m_documentsLayout->takeAt(0)) {
        delete item;
    }

    for (int earlier = 0; earlier < m_formLayout->rowCount(); ++earlier) {
        m_formLayout->setRowStretch(earlier, 0);
    }
    int row = 0;
    for (const FieldDefinition& field : caseType().fields()) {
        auto* editor = new FieldEditor(field, m_language, m_form);
        m_formLayout->addWidget(editor->label(), row, 0);
        m_formLayout->addWidget(editor, row, 1, Qt::AlignTop);
        ++row;
        connect(editor, &FieldEditor::edited, this, [this, editor] { onFieldEdited(editor); });
        connect(editor, &FieldEditor::enterPressed, this, [this] { focusNextChild(); });
        connect(editor, &FieldEditor::left, this, [this] {
            if (m_draftTimer->isActive()) {
                saveDraft();
            }
        });
        m_editors.append(editor);
    }
    // The fields stay at the top however tall the page is.
    m_formLayout->setRowStretch(row, 1);

    for (const DocumentRequirement& document : caseType().documents()) {
        auto* documentRow = new DocumentRow(document, m_language, m_documents);
        connect(documentRow, &DocumentRow::addFileRequested, this, [this](const QString& id) {
            const DocumentRequirement* requirement = caseType().document(id);
            const QStringList paths = QFileDialog::getOpenFileNames(
                this,
                tr("Add a file for %1").arg(requirement->label.text(m_language)),
                QString(),
                tr("Accepted files (%1)").arg(fileFilter(requirement->formats)));
            for (const QString& path : paths) {
                static_cast<void>(addFile(id, path));
            }
        });
        connect(documentRow,
                &DocumentRow::filesDropped,
                this,
                [this](const QString& id, const QStringList& paths) {
                    for (const QString& path : paths) {
                        static_cast<void>(addFile(id, path));
                    }
                });
        connect(documentRow, &DocumentRow::removeRequested, this, &IntakePage::removeFile);
        m_documentsLayout->addWidget(documentRow);
        m_documentRows.append(documentRow);
    }
    if (m_documentRows.isEmpty()) {
        m_documentsLayout->addWidget(
            new QLabel(tr("This case type needs no documents."), m_documents));
    }
    m_documentsLayout->addStretch();
}

void IntakePage::resetForm()
{
    m_draftTimer->stop();
    m_touched.clear();
    m_showAllChecks = false;
    m_files.clear();
    m_knownApplicant.reset();
    m_lookedUpNumber.clear();
    m_applicantNotice->hide();
    for (FieldEditor* editor : std::as_const(m_editors)) {
        editor->setAnswer(QString());
    }
    for (DocumentRow* row : std::as_const(m_documentRows)) {
        row->showRefusal({});
    }
    showFiles();
    refresh();
}

QJsonObject IntakePage::answers() const
{
    // Hidden fields keep their answers, so that changing a choice back restores them; the
    // validator leaves them out of the case.
    QJsonObject answers;
    for (const FieldEditor* editor : m_editors) {
        const QJsonValue answer = editor->answer();
        if (!answer.toString().isEmpty()) {
            answers.insert(editor->fieldId(), answer);
        }
    }
    return answers;
}

bool IntakePage::isEmpty() const
{
    return answers().isEmpty() && m_files.isEmpty();
}

void IntakePage::onFieldEdited(FieldEditor* editor)
{
    if (!m_touched.contains(editor->fieldId())) {
        m_touched.append(editor->fieldId());
    }
    refresh();
    if (editor->fieldId() == caseType().applicant().idNumberField) {
        lookUpApplicant();
    }
    scheduleDraft();
}

void IntakePage::refresh()
{
    const QJsonObject answers = this->answers();
    const QDate day = today();
    const QList<FieldIssue> issues = m_validator->check(answers, day);
    for (FieldEditor* editor : std::as_const(m_editors)) {
        const QString& id = editor->fieldId();
        editor->setShown(m_validator->isVisible(id, answers));
        editor->setRequired(m_validator->isRequired(id, answers));
        const auto issue = std::find_if(
            issues.cbegin(), issues.cend(), [&id](const auto& i) { return i.field == id; });
        const bool shown = m_showAllChecks || m_touched.contains(id);
        editor->showCheck(issue != issues.cend() && shown ? issue->check : FieldCheck {});
    }
    for (DocumentRow* row : std::as_const(m_documentRows)) {
        row->setRequired(m_validator->isDocumentRequired(row->documentId(), answers));
    }
    refreshSummary(issues);
    updateTabOrder();
}

void IntakePage::refreshSummary(const QList<FieldIssue>& issues)
{
    QStringList errors;
    int warnings = 0;
    for (const FieldIssue& issue : issues) {
        const FieldDefinition* field = caseType().field(issue.field);
        if (issue.check.blocksSaving()) {
            errors.append(field ? field->label.text(m_language) : issue.field);
        } else {
            ++warnings;
        }
    }
    int missing = 0;
    const QJsonObject answers = this->answers();
    for (const DocumentRow* row : std::as_const(m_documentRows)) {
        const bool handedIn = std::any_of(m_files.cbegin(), m_files.cend(), [row](const auto& f) {
            return f.documentId == row->documentId();
        });
        if (!handedIn && m_validator->isDocumentRequired(row->documentId(), answers)) {
            ++missing;
        }
    }

    QStringList parts;
    if (!errors.isEmpty()) {
        QStringList names = errors.mid(0, kSummaryNames);
        if (errors.size() > kSummaryNames) {
            names.append(tr("and %n more", nullptr, int(errors.size() - kSummaryNames)));
        }
        parts.append(QStringLiteral("<span style=\"color:#b00020\"><b>%1</b> %2</span>")
                         .arg(tr("Cannot save yet:").toHtmlEscaped(),
                              tr("%n field(s) need an answer or a correction: %1.",
                                 nullptr,
                                 int(errors.size()))
                                  .arg(names.join(tr(", ")))
                                  .toHtmlEscaped()));
    } else {
        parts.append(QStringLiteral("<b>%1</b>").arg(tr("Ready to save.").toHtmlEscaped()));
    }
    if (warnings > 0) {
        parts.append(QStringLiteral("<span style=\"color:#8a5300\">%1</span>")
                         .arg(tr("%n warning(s) to check with the citizen; they do not stop "
                                 "saving.",
                                 nullptr,
                                 warnings)
                                  .toHtmlEscaped()));
    }
    if (missing > 0) {
        parts.append(QStringLiteral("<span style=\"color:#8a5300\">%1</span>")
                         .arg(tr("%n required document(s) not yet handed in; the case can be "
                                 "saved and the documents brought later.",
                                 nullptr,
                                 missing)
                                  .toHtmlEscaped()));
    }
    m_summary->setText(parts.join(QStringLiteral(" ")));
}

void IntakePage::updateTabOrder()
{
    // Widgets are made in a different order than the form reads (the buttons before the
    // fields of the case type chosen later), so the chain is set to follow the page.
    QList<QWidget*> chain {m_caseTypeBox, m_useApplicant};
    for (const FieldEditor* editor : std::as_const(m_editors)) {
        chain.append(editor->input());
    }
    for (const DocumentRow* row : std::as_const(m_documentRows)) {
        chain.append(row->addButton());
        chain.append(row->fileButtons());
    }
    chain << m_clear << m_addDocument << m_save;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        setTabOrder(chain.at(i - 1), chain.at(i));
    }
}

void IntakePage::lookUpApplicant()
{
    const ApplicantMapping& mapping = caseType().applicant();
    const QJsonObject answers = this->answers();
    const FieldCheck check = m_validator->checkField(mapping.idNumberField, answers, today());
    if (check.blocksSaving() || check.normalized.isEmpty()) {
        m_lookedUpNumber.clear();
        m_knownApplicant.reset();
        m_applicantNotice->hide();
        return;
    }
    if (check.normalized == m_lookedUpNumber) {
        return;
    }
    m_lookedUpNumber = check.normalized;

    const auto found = m_cases.findApplicant(mapping.idKind, check.normalized);
    if (!found) {
        showStoreError(tr("Looking up the applicant failed, so their details must be typed in: "
                          "%1")
                           .arg(found.error().message()));
        return;
    }
    m_knownApplicant = found.value();
    if (!m_knownApplicant) {
        m_applicantNotice->hide();
        return;
    }

    FieldEditor* name = nullptr;
    FieldEditor* phone = nullptr;
    for (FieldEditor* editor : std::as_const(m_editors)) {
        if (editor->fieldId() == mapping.nameField) {
            name = editor;
        } else if (!mapping.phoneField.isEmpty() && editor->fieldId() == mapping.phoneField) {
            phone = editor;
        }
    }
    const auto agrees = [](const FieldEditor* editor, const QString& known) {
        const QString typed = editor ? editor->answer().toString().trimmed() : QString();
        return typed.isEmpty() || typed == known;
    };
    if (agrees(name, m_knownApplicant->name) && agrees(phone, m_knownApplicant->phone)) {
        useKnownApplicant();
        m_applicantText->setText(tr("Returning applicant: the name and telephone were filled in "
                                    "from their earlier case. Check them with the citizen."));
        m_useApplicant->hide();
    } else {
        m_applicantText->setText(
            tr("This number belongs to a known applicant: %1, telephone %2. The form holds "
               "other details.")
                .arg(m_knownApplicant->name,
                     m_knownApplicant->phone.isEmpty() ? tr("none") : m_knownApplicant->phone));
        m_useApplicant->show();
    }
    m_applicantNotice->show();
}

void IntakePage::useKnownApplicant()
{
    if (!m_knownApplicant) {
        return;
    }
    const ApplicantMapping& mapping = caseType().applicant();
    for (FieldEditor* editor : std::as_const(m_editors)) {
        QString value;
        if (editor->fieldId() == mapping.nameField) {
            value = m_knownApplicant->name;
        } else if (!mapping.phoneField.isEmpty() && editor->fieldId() == mapping.phoneField) {
            value = m_knownApplicant->phone;
        } else {
            continue;
        }
        if (!value.isEmpty()) {
            editor->setAnswer(value);
            if (!m_touched.contains(editor->fieldId())) {
                m_touched.append(editor->fieldId());
            }
        }
    }
    if (m_useApplicant->isVisible()) {
        m_useApplicant->hide();
        m_applicantText->setText(tr("The known applicant's name and telephone were filled in."));
    }
    refresh();
    scheduleDraft();
}

bool IntakePage::addFile(const QString& documentId, const QString& path)
{
    const DocumentRequirement* requirement = caseType().document(documentId);
    const auto row =
        std::find_if(m_documentRows.cbegin(), m_documentRows.cend(), [&documentId](const auto* r) {
            return r->documentId() == documentId;
        });
    if (!requirement || row == m_documentRows.cend()) {
        return false;
    }

    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        (*row)->showRefusal(tr("The file \"%1\" could not be read. Check that it is still there "
                               "and that you may open it.")
                                .arg(name));
        return false;
    }
    // Reading a huge file into memory only to refuse it would hold the counter up.
    if (file.size() > AttachmentStore::kMaximumBytes) {
        (*row)->showRefusal(tr("The file \"%1\" is larger than %2 MiB, more than any document may "
                               "be. Scan it at a lower resolution or in black and white.")
                                .arg(name)
                                .arg(AttachmentStore::kMaximumBytes / (1024 * 1024)));
        return false;
    }
    const QByteArray content = file.readAll();
    const auto checked = AttachmentStore::checkFile(*requirement, name, content);
    if (!checked) {
        (*row)->showRefusal(checked.error().message());
        return false;
    }

    DocumentFile added;
    added.key = m_nextFileKey++;
    added.documentId = documentId;
    added.fileName = name;
    added.sha256 = AttachmentStore::sha256Hex(content);
    added.mediaType = checked.value();
    const bool twice = std::any_of(m_files.cbegin(), m_files.cend(), [&added](const auto& f) {
        return f.documentId == added.documentId && f.sha256 == added.sha256;
    });
    if (twice) {
        (*row)->showRefusal(tr("The file \"%1\" is already added for this document.").arg(name));
        return false;
    }
    (*row)->showRefusal({});
    const auto earlier = m_attachments.casesHolding(added.sha256);
    if (earlier) {
        added.earlierCases = earlier.value();
    } else {
        showStoreError(earlier.error().message());
    }

    // Kept at once, so that the draft holds it even if the desk stops while the checker
    // is still looking at it.
    if (auto kept = keepFile(added, content); !kept) {
        (*row)->showRefusal(kept.error().message());
        return false;
    }
    m_files.append(added);
    if (m_describer) {
        // The answer may come at once, so the file is listed before it is asked for.
        m_describer->describe(added.key, content);
    } else {
        DocumentFile& listed = m_files.last();
        listed.state = DocumentFile::State::NotDescribed;
        listed.message = tr("Not analysed: the document checker is not available here.");
    }
    showFiles();
    refresh();
    scheduleDraft();
    return true;
}

void IntakePage::onDescribed(quint64 requestId, const DocumentDescription& description)
{
    const auto file = std::find_if(
        m_files.begin(), m_files.end(), [requestId](const auto& f) { return f.key == requestId; });
    // The file may have been removed, or the form cleared, while the checker worked.
    if (file == m_files.end()) {
        return;
    }
    // A damaged or locked file cannot be checked or printed from: the citizen is asked for
    // another copy now, while still at the counter, instead of the case carrying it.
    if (description.outcome == DocumentDescription::Outcome::Unreadable
        || description.outcome == DocumentDescription::Outcome::PasswordProtected) {
        refuseDescribedFile(file, description.message);
        return;
    }
    if (description.described()) {
        file->state = DocumentFile::State::Described;
        file->pageCount = description.pageCount;
        file->thumbnailPng = description.thumbnailPng;
        file->message.clear();
    } else {
        file->state = DocumentFile::State::NotDescribed;
        file->message = description.message.isEmpty()
            ? tr("This file could not be analysed; it is kept, and the checks will look at it.")
            : description.message;
    }
    if (auto recorded = m_attachments.recordPageCount(file->sha256, file->pageCount); !recorded) {
        showStoreError(recorded.error().message());
    }
    showFiles();
    scheduleDraft();
}

Result<void> IntakePage::keepFile(DocumentFile& file, const QByteArray& content)
{
    const auto stored = m_attachments.keep(content, file.mediaType, file.pageCount);
    if (!stored) {
        return stored.error();
    }
    file.sha256 = stored.value().sha256;
    return Result<void>::success();
}

void IntakePage::refuseDescribedFile(QList<DocumentFile>::iterator file, const QString& reason)
{
    const QString documentId = file->documentId;
    const QString message = tr("The file \"%1\" was not added: %2").arg(file->fileName, reason);
    m_files.erase(file);
    showFiles();
    refresh();
    saveDraft();
    if (auto removed = m_attachments.removeUnreferenced(); !removed) {
        qCWarning(lcIntake) << "A refused file was not removed:" << removed.error().detail();
    }
    for (DocumentRow* row : std::as_const(m_documentRows)) {
        if (row->documentId() == documentId) {
            row->showRefusal(message);
        }
    }
}

void IntakePage::removeFile(quint64 key)
{
    const auto file = std::find_if(
        m_files.cbegin(), m_files.cend(), [key](const auto& f) { return f.key == key; });
    if (file == m_files.cend()) {
        return;
    }
    const QString documentId = file->documentId;
    m_files.erase(file);
    showFiles();
    refresh();
    scheduleDraft();
    for (DocumentRow* row : std::as_const(m_documentRows)) {
        if (row->documentId() == documentId) {
            row->addButton()->setFocus(Qt::TabFocusReason);
        }
    }
}

void IntakePage::showFiles()
{
    for (DocumentRow* row : std::as_const(m_documentRows)) {
        row->showFiles(m_files);
    }
    updateTabOrder();
}

QString IntakePage::documentForDrop() const
{
    const QJsonObject answers = this->answers();
    for (const DocumentRow* row : m_documentRows) {
        const bool handedIn = std::any_of(m_files.cbegin(), m_files.cend(), [row](const auto& f) {
            return f.documentId == row->documentId();
        });
        if (!handedIn && m_validator->isDocumentRequired(row->documentId(), answers)) {
            return row->documentId();
        }
    }
    return m_documentRows.isEmpty() ? QString() : m_documentRows.first()->documentId();
}

void IntakePage::chooseFile()
{
    if (!m_validator) {
        return;
    }
    QString documentId;
    const QWidget* focus = focusWidget();
    for (const DocumentRow* row : std::as_const(m_documentRows)) {
        if (focus && row->isAncestorOf(focus)) {
            documentId = row->documentId();
        }
    }
    if (documentId.isEmpty()) {
        documentId = documentForDrop();
    }
    for (DocumentRow* row : std::as_const(m_documentRows)) {
        if (row->documentId() == documentId) {
            row->addButton()->setFocus(Qt::ShortcutFocusReason);
            Q_EMIT row->addFileRequested(documentId);
        }
    }
}

void IntakePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The clerk starts typing at once: in the first field of a restored form, else at the
    // case type.
    const QWidget* focus = QApplication::focusWidget();
    if (!m_validator || (focus && isAncestorOf(focus))) {
        return;
    }
    if (m_draftId && !m_editors.isEmpty()) {
        m_editors.first()->input()->setFocus(Qt::OtherFocusReason);
    } else {
        m_caseTypeBox->setFocus(Qt::OtherFocusReason);
    }
}

void IntakePage::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_validator && !droppedFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void IntakePage::dropEvent(QDropEvent* event)
{
    const QString documentId = documentForDrop();
    if (documentId.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    for (const QString& path : droppedFiles(event->mimeData())) {
        static_cast<void>(addFile(documentId, path));
    }
}

void IntakePage::scheduleDraft()
{
    m_draftTimer->start();
}

void IntakePage::saveDraft()
{
    m_draftTimer->stop();
    if (!m_validator || (isEmpty() && !m_draftId)) {
        return;
    }
    QJsonArray attachments;
    for (const DocumentFile& file : std::as_const(m_files)) {
        attachments.append(QJsonObject {{QStringLiteral("document"), file.documentId},
                                        {QStringLiteral("sha256"), file.sha256},
                                        {QStringLiteral("fileName"), file.fileName}});
    }
    Draft draft;
    draft.id = m_draftId.value_or(QUuid());
    draft.caseType = caseType().id();
    draft.content = QJsonObject {{QStringLiteral("fields"), answers()},
                                 {QStringLiteral("attachments"), attachments}};
    const auto saved = m_drafts.save(m_clerk, draft);
    if (!saved) {
        showStoreError(tr("The form could not be kept as a draft, so a power cut now would lose "
                          "it: %1")
                           .arg(saved.error().message()));
        return;
    }
    m_draftId = saved.value().id;
}

void IntakePage::restoreDraft()
{
    const auto loaded = m_drafts.load(m_clerk);
    if (!loaded) {
        showStoreError(
            tr("The form you left unsaved could not be read: %1").arg(loaded.error().message()));
        return;
    }
    if (!loaded.value()) {
        return;
    }
    const Draft& draft = *loaded.value();
    const auto type = std::find_if(m_caseTypes.cbegin(),
                                   m_caseTypes.cend(),
                                   [&draft](const auto& c) { return c.id() == draft.caseType; });
    if (type == m_caseTypes.cend()) {
        qCWarning(lcIntake) << "A draft for the case type" << draft.caseType
                            << "is left aside: that case type is not installed";
        return;
    }
    selectCaseType(int(type - m_caseTypes.cbegin()));
    m_draftId = draft.id;

    const QJsonObject fields = draft.content.value(QStringLiteral("fields")).toObject();
    for (FieldEditor* editor : std::as_const(m_editors)) {
        if (fields.contains(editor->fieldId())) {
            editor->setAnswer(fields.value(editor->fieldId()));
            m_touched.append(editor->fieldId());
        }
    }
    for (const QJsonValue& entry : draft.content.value(QStringLiteral("attachments")).toArray()) {
        const QJsonObject object = entry.toObject();
        DocumentFile file;
        file.key = m_nextFileKey++;
        file.documentId = object.value(QStringLiteral("document")).toString();
        file.sha256 = object.value(QStringLiteral("sha256")).toString();
        file.fileName = object.value(QStringLiteral("fileName")).toString();
        if (!caseType().document(file.documentId)) {
            continue;
        }
        const auto content = m_attachments.content(file.sha256);
        if (!content) {
            showStoreError(content.error().message());
            continue;
        }
        const auto earlier = m_attachments.casesHolding(file.sha256);
        if (earlier) {
            file.earlierCases = earlier.value();
        }
        m_files.append(file);
        if (m_describer) {
            m_describer->describe(file.key, content.value());
        } else {
            m_files.last().state = DocumentFile::State::NotDescribed;
            m_files.last().message =
                tr("Not analysed: the document checker is not available here.");
        }
    }
    showFiles();
    refresh();
    lookUpApplicant();
    showNotice(tr("The form you had not saved was restored, as it was at %1.")
                   .arg(QLocale().toString(draft.updatedAt.toLocalTime(), QLocale::ShortFormat)));
}

void IntakePage::discardDraft()
{
    m_draftTimer->stop();
    if (auto discarded = m_drafts.discard(m_clerk); !discarded) {
        qCWarning(lcIntake) << "The draft could not be discarded:" << discarded.error().detail();
    }
    m_draftId.reset();
}

void IntakePage::startNextCase()
{
    if (!m_validator) {
        return;
    }
    if (!isEmpty()) {
        const auto answer = QMessageBox::question(
            this,
            tr("Clear the form?"),
            tr("The answers and files of this form are cleared, and the case is not taken in."),
            QMessageBox::Yes | QMessageBox::No,
            QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    discardDraft();
    if (auto removed = m_attachments.removeUnreferenced(); !removed) {
        qCWarning(lcIntake) << "Files of a cleared form were not removed:"
                            << removed.error().detail();
    }
    m_notice->hide();
    m_storeError->hide();
    resetForm();
    if (!m_editors.isEmpty()) {
        m_editors.first()->input()->setFocus(Qt::OtherFocusReason);
    }
}

bool IntakePage::save()
{
    if (!m_validator) {
        return false;
    }
    m_showAllChecks = true;
    m_storeError->hide();
    refresh();
    const QJsonObject answers = this->answers();
    const QDate day = today();
    const QList<FieldIssue> issues = m_validator->check(answers, day);
    if (CaseValidator::blocksSaving(issues)) {
        for (FieldEditor* editor : std::as_const(m_editors)) {
            const auto issue =
                std::find_if(issues.cbegin(), issues.cend(), [editor](const auto& i) {
                    return i.field == editor->fieldId() && i.check.blocksSaving();
                });
            if (issue != issues.cend()) {
                editor->input()->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        saveDraft();
        return false;
    }

    IntakeInput input;
    input.caseType = caseType().id();
    input.caseTypeVersion = caseType().version();
    input.applicant = m_validator->applicantFrom(answers, day);
    if (m_knownApplicant && m_knownApplicant->idNumber == input.applicant.idNumber) {
        input.applicant.id = m_knownApplicant->id;
    }
    input.fields = m_validator->normalized(answers, day);
    input.feeFen = caseType().feeFen();
    for (const DocumentFile& file : std::as_const(m_files)) {
        input.attachments.append({file.documentId, file.sha256, file.fileName});
    }

    const auto taken = m_cases.takeIn(m_clerk, input);
    if (!taken) {
        qCWarning(lcIntake) << "Taking in a case failed:" << taken.error().detail();
        showStoreError(tr("The case was not taken in: %1 Nothing you typed is lost; save again, "
                          "and call the administrator if it happens again.")
                           .arg(taken.error().message()));
        saveDraft();
        return false;
    }
    const CaseRecord& record = taken.value();
    qCInfo(lcIntake) << "Case" << record.id << "taken in with" << input.attachments.size()
                     << "files";
    discardDraft();
    resetForm();
    showNotice(tr("Case %1 taken in.").arg(record.number));
    if (!m_editors.isEmpty()) {
        m_editors.first()->input()->setFocus(Qt::OtherFocusReason);
    }
    Q_EMIT caseTakenIn(record.id, record.number);
    return true;
}

void IntakePage::showNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->show();
}

void IntakePage::showStoreError(const QString& text)
{
    m_storeError->setText(text);
    m_storeError->show();
}

} // namespace casedesk
