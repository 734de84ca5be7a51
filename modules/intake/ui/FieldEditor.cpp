#include "FieldEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace casedesk {

namespace {

const QString kErrorColour = QStringLiteral("#b00020");
const QString kWarningColour = QStringLiteral("#8a5300");

} // namespace

FieldEditor::FieldEditor(const FieldDefinition& field, const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_field(field)
    , m_labelText(field.label.text(language))
{
    m_label = new QLabel(m_labelText, parent);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    // The first line of a long label sits level with the text in the editor beside it.
    m_label->setContentsMargins(0, 4, 0, 0);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (field.type == FieldType::Choice) {
        setUpChoice(language);
        layout->addWidget(m_comboBox);
    } else {
        setUpLineEdit();
        if (field.type == FieldType::Money) {
            auto* row = new QHBoxLayout;
            row->addWidget(m_lineEdit, 1);
            row->addWidget(new QLabel(tr("yuan"), this));
            layout->addLayout(row);
        } else {
            layout->addWidget(m_lineEdit);
        }
    }
    input()->setObjectName(field.id);
    input()->installEventFilter(this);
    m_label->setBuddy(input());

    auto* messageRow = new QHBoxLayout;
    messageRow->setSpacing(6);
    m_icon = new QLabel(this);
    m_icon->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(field.id + QStringLiteral("Message"));
    m_message->setWordWrap(true);
    m_message->hide();
    messageRow->addWidget(m_icon, 0, Qt::AlignTop);
    messageRow->addWidget(m_message, 1);
    layout->addLayout(messageRow);
}

void FieldEditor::setUpLineEdit()
{
    m_lineEdit = new QLineEdit(this);
    m_lineEdit->setAccessibleName(m_labelText);
    switch (m_field.type) {
    case FieldType::Date:
        m_lineEdit->setPlaceholderText(tr("for example 1985-06-15 or 19850615"));
        break;
    case FieldType::Money:
        m_lineEdit->setPlaceholderText(tr("for example 1,200.50"));
        m_lineEdit->setAlignment(Qt::AlignRight);
        break;
    case FieldType::Phone:
        m_lineEdit->setPlaceholderText(tr("mobile, or landline with area code"));
        break;
    default:
        break;
    }
    connect(m_lineEdit, &QLineEdit::textEdited, this, [this] {
        if (!m_filling) {
            Q_EMIT edited();
        }
    });
}

void FieldEditor::setUpChoice(const QString& language)
{
    m_comboBox = new QComboBox(this);
    m_comboBox->setAccessibleName(m_labelText);
    m_comboBox->setPlaceholderText(tr("Choose…"));
    for (const ChoiceOption& option : m_field.choices) {
        m_comboBox->addItem(option.label.text(language), option.value);
    }
    m_comboBox->setCurrentIndex(-1);
    // Long labels such as the contribution bases would otherwise widen the whole form.
    m_comboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_comboBox->setMinimumContentsLength(16);
    connect(m_comboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            Q_EMIT edited();
        }
    });
}

QWidget* FieldEditor::input() const
{
    if (m_comboBox) {
        return m_comboBox;
    }
    return m_lineEdit;
}

QJsonValue FieldEditor::answer() const
{
    if (m_comboBox) {
        return m_comboBox->currentIndex() < 0 ? QString() : m_comboBox->currentData().toString();
    }
    return m_lineEdit->text();
}

void FieldEditor::setAnswer(const QJsonValue& answer)
{
    m_filling = true;
    if (m_comboBox) {
        m_comboBox->setCurrentIndex(m_comboBox->findData(answer.toString()));
    } else if (m_field.type == FieldType::Money && answer.isDouble()) {
        m_lineEdit->setText(Validators::formatFen(qint64(answer.toDouble())));
    } else if (answer.isDouble()) {
        m_lineEdit->setText(QString::number(answer.toDouble(), 'g', 15));
    } else {
        m_lineEdit->setText(answer.toString());
    }
    m_filling = false;
}

void FieldEditor::setRequired(bool required)
{
    // The asterisk is what paper forms at the counter use too; the accessible name says it.
    m_label->setText(required ? m_labelText + QStringLiteral("\u00a0*") : m_labelText);
    input()->setAccessibleDescription(required ? tr("Required") : QString());
}

void FieldEditor::setShown(bool shown)
{
    m_label->setVisible(shown);
    setVisible(shown);
}

void FieldEditor::showCheck(const FieldCheck& check)
{
    if (check.isOk() || check.message.isEmpty()) {
        m_icon->hide();
        m_message->hide();
        m_message->clear();
        input()->setProperty("severity", QString());
        return;
    }
    const bool error = check.severity == FieldCheck::Severity::Error;
    const QStyle::StandardPixmap icon =
        error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning;
    const int size = m_message->fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_icon->show();
    m_message->setText(check.message);
    m_message->setStyleSheet(
        QStringLiteral("color: %1;").arg(error ? kErrorColour : kWarningColour));
    m_message->setProperty("severity", error ? QStringLiteral("error") : QStringLiteral("warning"));
    m_message->show();
}

bool FieldEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == input()) {
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
            if (enter && key->modifiers() == Qt::NoModifier) {
                Q_EMIT enterPressed();
                return true;
            }
        } else if (event->type() == QEvent::FocusOut) {
            Q_EMIT left();
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace casedesk
