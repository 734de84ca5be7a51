#pragma once

#include "intake/CaseListModel.h"
#include "intake/CaseRepository.h"

#include <QJsonObject>
#include <QList>
#include <QUuid>

// Header-only, for the tests that link CaseDesk::intake; the support library itself stays
// below the intake module.
namespace casedesk::test {

// A pension enrolment for a resident-id holder, complete but for what a test leaves out.
inline IntakeInput
pensionIntake(const QString& name, const QString& idNumber, const QString& phone = {})
{
    IntakeInput input;
    input.caseType = QStringLiteral("pension-enrolment");
    input.applicant.name = name;
    input.applicant.idKind = QStringLiteral("resident-id");
    input.applicant.idNumber = idNumber;
    input.applicant.phone = phone;
    input.fields = QJsonObject {{QStringLiteral("insurance_type"), QStringLiteral("urban-rural")}};
    return input;
}

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
