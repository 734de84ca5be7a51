#pragma once

#include "core/Session.h"
#include "intake/CaseType.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace casedesk {

class CaseListModel;
class Database;

// The Cases area: one search box for names, id numbers, phone numbers and case numbers,
// filters for status, type, clerk and period, and the list of matching cases, newest first.
class CasesPage : public QWidget
{
    Q_OBJECT

public:
    CasesPage(const Session& session,
              const Database& database,
              const QList<CaseType>& caseTypes,
              const QString& language,
              QWidget* parent = nullptr);

    [[nodiscard]] CaseListModel* model() const { return m_model; }

    // Reads the list again, for example after a case was taken in.
    void refresh();

    // What the search box waits for after the last key before it searches.
    static constexpr int kSearchDelayMs = 250;

private:
    void applyFilter();
    void updateCount();
    void showError(const QString& message);

    CaseListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_caseType = nullptr;
    QComboBox* m_clerk = nullptr;
    QComboBox* m_period = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_error = nullptr;
    QTimer* m_searchDelay = nullptr;
};

} // namespace casedesk
