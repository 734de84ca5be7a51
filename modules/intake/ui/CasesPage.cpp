#include "CasesPage.h"

#include "core/ui/PageLayout.h"
#include "intake/CaseListModel.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace casedesk {

namespace {

// The periods the list can be narrowed to, counted back from today.
enum class Period
{
    Any,
    Today,
    LastSevenDays,
    LastThirtyDays,
    ThisYear,
};

QComboBox* createCombo(const QString& accessibleName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

CasesPage::CasesPage(const Session& session,
                     const Database& database,
                     const QList<CaseType>& caseTypes,
                     const QString& language,
                     QWidget* parent)
    : QWidget(parent)
    , m_model(new CaseListModel(database, session, this))
{
    setObjectName(QStringLiteral("casesPage"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Search by name, id number, phone or case number (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search cases"));
    m_search->setClearButtonEnabled(true);
    auto* focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    focusSearch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusSearch, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(focusSearch);

    m_status = createCombo(tr("Status"), this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"));
    for (CaseStatus status : CaseStatusRules::all()) {
        m_status->addItem(CaseStatusRules::displayName(status), int(status));
    }

    QHash<QString, QString> labels;
    m_caseType = createCombo(tr("Type"), this);
    m_caseType->setObjectName(QStringLiteral("typeFilter"));
    m_caseType->addItem(tr("Any type"));
    for (const CaseType& type : caseTypes) {
        labels.insert(type.id(), type.label().text(language));
        m_caseType->addItem(type.label().text(language), type.id());
    }
    m_model->setCaseTypeLabels(labels);

    m_clerk = createCombo(tr("Clerk"), this);
    m_clerk->setObjectName(QStringLiteral("clerkFilter"));
    m_clerk->addItem(tr("Any clerk"));
    for (const auto& [id, name] : m_model->clerks()) {
        m_clerk->addItem(name, id);
    }

    m_period = createCombo(tr("Received"), this);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->addItem(tr("Any time"), int(Period::Any));
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("Last 7 days"), int(Period::LastSevenDays));
    m_period->addItem(tr("Last 30 days"), int(Period::LastThirtyDays));
    m_period->addItem(tr("This year"), int(Period::ThisYear));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setAccessibleName(tr("Cases"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // Rows of one height let the view skip measuring a million of them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(CaseListModel::ReceivedColumn,
                                                  Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionsClickable(true);
    connect(m_table->horizontalHeader(),
            &QHeaderView::sortIndicatorChanged,
            this,
            [this](int column, Qt::SortOrder order) {
                if (CaseListModel::isSortable(column)) {
                    m_model->sort(column, order);
                }
                updateCount();
            });
    // Columns as wide as what they hold, measured on samples: the list never measures its
    // rows, which may be a million. The applicant takes what room is left.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthOf = [&metrics](const QString& sample) {
        return metrics.horizontalAdvance(sample) + 3 * metrics.averageCharWidth();
    };
    int typeWidth = widthOf(tr("Type"));
    for (const QString& label : std::as_const(labels)) {
        typeWidth = std::max(typeWidth, widthOf(label));
    }
    int statusWidth = widthOf(tr("Status"));
    for (CaseStatus status : CaseStatusRules::all()) {
        statusWidth = std::max(statusWidth, widthOf(CaseStatusRules::displayName(status)));
    }
    m_table->setColumnWidth(CaseListModel::NumberColumn,
                            widthOf(QStringLiteral("P-0A0A0A0A-20260000-0000")));
    m_table->setColumnWidth(CaseListModel::CaseTypeColumn,
                            std::min(typeWidth, metrics.averageCharWidth() * 32));
    m_table->setColumnWidth(CaseListModel::StatusColumn, statusWidth);
    m_table->setColumnWidth(CaseListModel::ReceivedColumn,
                            widthOf(QStringLiteral("2026-00-00 00:00")));
    int clerkWidth = widthOf(tr("Clerk"));
    for (int i = 1; i < m_clerk->count(); ++i) {
        clerkWidth = std::max(clerkWidth, widthOf(m_clerk->itemText(i)));
    }
    m_table->setColumnWidth(CaseListModel::ClerkColumn, clerkWidth);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(CaseListModel::ApplicantColumn,
                                                      QHeaderView::Stretch);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("caseCount"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("caseListError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(12);
    filters->addWidget(m_status);
    filters->addWidget(m_caseType, 1);
    filters->addWidget(m_clerk);
    filters->addWidget(m_period);

    QVBoxLayout* layout = createPageLayout(this, tr("Cases"));
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &CasesPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CasesPage::applyFilter);
    for (QComboBox* combo : {m_status, m_caseType, m_clerk, m_period}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &CasesPage::applyFilter);
    }
    connect(m_model, &CaseListModel::readFailed, this, &CasesPage::showError);
    connect(m_model, &CaseListModel::modelReset, this, &CasesPage::updateCount);
    connect(m_model, &CaseListModel::countFinished, this, &CasesPage::updateCount);

    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_caseType);
    setTabOrder(m_caseType, m_clerk);
    setTabOrder(m_clerk, m_period);
    setTabOrder(m_period, m_table);
    updateCount();
}

void CasesPage::refresh()
{
    m_model->refresh();
}

void CasesPage::applyFilter()
{
    m_searchDelay->stop();
    CaseListFilter filter;
    if (m_status->currentIndex() > 0) {
        filter.status = CaseStatus(m_status->currentData().toInt());
    }
    filter.caseType = m_caseType->currentData().toString();
    filter.takenInBy = m_clerk->currentData().toUuid();
    const QDate today = QDate::currentDate();
    switch (Period(m_period->currentData().toInt())) {
    case Period::Any:
        break;
    case Period::Today:
        filter.from = today;
        break;
    case Period::LastSevenDays:
        filter.from = today.addDays(-6);
        break;
    case Period::LastThirtyDays:
        filter.from = today.addDays(-29);
        break;
    case Period::ThisYear:
        filter.from = QDate(today.year(), 1, 1);
        break;
    }
    filter.search = m_search->text().trimmed();
    m_error->setVisible(false);
    m_model->setFilter(filter);
    updateCount();
}

void CasesPage::updateCount()
{
    const int rows = m_model->rowCount();
    if (m_model->isCounting()) {
        m_count->setText(tr("Counting the cases…"));
    } else if (!m_model->filter().search.isEmpty() && rows >= CaseListModel::kMaximumSearchHits) {
        m_count->setText(
            tr("The first %Ln matches are shown; type more to narrow the search.", nullptr, rows));
    } else {
        m_count->setText(tr("%Ln case(s)", nullptr, rows));
    }
}

void CasesPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(true);
}

} // namespace casedesk
