#pragma once

#include <QWidget>

namespace casedesk {

// Stands in the navigation for a part of the desk that this version does not have yet,
// and says so plainly instead of showing controls that do nothing.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& explanation, QWidget* parent = nullptr);
};

} // namespace casedesk
