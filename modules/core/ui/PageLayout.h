#pragma once

#include <QString>

class QLabel;
class QVBoxLayout;
class QWidget;

namespace casedesk {

// A bold heading, larger than the text around it by scale.
QLabel* createHeading(const QString& text, QWidget* parent, qreal scale = 1.5);

// The layout every page of the main window shares: generous margins, then a heading.
// The page adds its own content below.
QVBoxLayout* createPageLayout(QWidget* page, const QString& title);

} // namespace casedesk
