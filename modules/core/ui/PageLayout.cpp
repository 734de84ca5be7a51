#include "PageLayout.h"

#include <QLabel>
#include <QVBoxLayout>

namespace casedesk {

QLabel* createHeading(const QString& text, QWidget* parent, qreal scale)
{
    auto* heading = new QLabel(text, parent);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

QVBoxLayout* createPageLayout(QWidget* page, const QString& title)
{
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(16);
    layout->addWidget(createHeading(title, page));
    return layout;
}

} // namespace casedesk
