#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace casedesk {

class Clock;
class DataDirectory;

// The first start on an empty data folder: asks for the office and the first
// administrator, and sets the workstation up instead of failing.
class SetUpDialog : public QDialog
{
    Q_OBJECT

public:
    SetUpDialog(const DataDirectory& directory, const Clock& clock, QWidget* parent = nullptr);

    // The administrator's name, once the workstation is set up.
    [[nodiscard]] QString administratorName() const;

private:
    void setUp();
    void showError(const QString& message);

    const DataDirectory& m_directory;
    const Clock& m_clock;
    QLineEdit* m_office = nullptr;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace casedesk
