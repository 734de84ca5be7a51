#pragma once

#include "intake/CaseListModel.h"

#include <QList>
#include <QUuid>

namespace casedesk::test {

// The cases the search box lists for query, as the Cases page and casedeskctl search see
// them: best matches first, at most CaseListModel::kMaximumSearchHits.
inline QList<QUuid>
searchHits(const Database& database, const Session& viewer, const QString& query)
{
    CaseListModel model(database, viewer);
    model.setFilter({{}, {}, {}, {}, {}, query});
    QList<QUuid> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.append(model.index(row, 0).data(CaseListModel::CaseIdRole).toUuid());
    }
    return ids;
}

} // namespace casedesk::test
