#pragma once

#include "intake/CaseType.h"
#include "intake/Validators.h"

#include <QJsonValue>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace casedesk {

// The input for one field of a case type, with the verdict on the answer below it: a line
// edit for typed answers and dates, a combo box for choices, an amount in yuan for money.
// It holds the answer as the clerk typed it; the validator decides what it means.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    FieldEditor(const FieldDefinition& field, const QString& language, QWidget* parent);

    [[nodiscard]] const QString& fieldId() const { return m_field.id; }
    [[nodiscard]] const FieldDefinition& field() const { return m_field; }
    // The field's label, for the page to place beside the editor.
    [[nodiscard]] QLabel* label() const { return m_label; }
    // The widget that takes the keyboard, for the tab order.
    [[nodiscard]] QWidget* input() const;

    // A string for every type; an empty string when unanswered.
    [[nodiscard]] QJsonValue answer() const;
    // Fills the editor without counting as the clerk's edit.
    void setAnswer(const QJsonValue& answer);

    void setRequired(bool required);
    // Shows the label and the editor, or hides both.
    void setShown(bool shown);
    // Shows the verdict's message, styled by its severity; nothing for Ok.
    void showCheck(const FieldCheck& check);

Q_SIGNALS:
    // The clerk changed the answer.
    void edited();
    // The clerk pressed Enter, to move to the next field.
    void enterPressed();
    // The editor lost the keyboard focus.
    void left();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpLineEdit();
    void setUpChoice(const QString& language);

    FieldDefinition m_field;
    QString m_labelText;
    QLabel* m_label = nullptr;
    QLineEdit* m_lineEdit = nullptr;
    QComboBox* m_comboBox = nullptr;
    QLabel* m_icon = nullptr;
    QLabel* m_message = nullptr;
    bool m_filling = false;
};

} // namespace casedesk
