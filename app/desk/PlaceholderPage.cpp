#include "PlaceholderPage.h"

#include "core/ui/PageLayout.h"

#include <QLabel>
#include <QVBoxLayout>

namespace casedesk {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& explanation, QWidget* parent)
    : QWidget(parent)
{
    auto* text = new QLabel(explanation, this);
    text->setObjectName(QStringLiteral("placeholderText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QVBoxLayout* layout = createPageLayout(this, title);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace casedesk
