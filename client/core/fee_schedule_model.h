#pragma once
// Administration → Fees: the fee schedules (fee.schedule.list), one row per service type ×
// product category × valid-from day, the row that applies today marked.
#include "common/model/fees.h"

#include <QAbstractTableModel>
#include <QList>

namespace csm::client {

class FeeScheduleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ServiceType, Category, ValidFrom, Labour, Travel, Current, ColumnCount };

    explicit FeeScheduleModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSchedules(const QList<common::FeeSchedule>& schedules);
    const common::FeeSchedule& scheduleAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;

private:
    QList<common::FeeSchedule> m_rows;
};

} // namespace csm::client
