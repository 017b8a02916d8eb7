#pragma once
// Administration → SLA: one row per service type × severity (every combination, also those
// without a policy: their deadlines show as "—" and saving one creates the policy), with the
// response, on-site and completion times in hours and whether they count business hours only.
#include "common/model/sla_policy.h"

#include <QAbstractTableModel>
#include <QList>

namespace csm::client {

class SlaPolicyModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ServiceType, Severity, Response, OnSite, Completion, BusinessHours, ColumnCount };

    explicit SlaPolicyModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The stored policies; the grid keeps a row for every combination.
    void setPolicies(const QList<common::SlaPolicy>& policies);
    // The row's policy; version 0 (and no minutes) when none is stored.
    const common::SlaPolicy& policyAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString& serviceType, const QString& severity) const;

    // "2 h", "1.5 h", "—" for 0.
    static QString hoursText(int minutes);

private:
    QList<common::SlaPolicy> m_rows;
};

} // namespace csm::client
