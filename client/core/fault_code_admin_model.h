#pragma once
// Administration → Fault codes: the codes of one product category (fault_code.list with
// include_inactive), active and inactive, by code. Codes of the categories above it are not
// rows here: they are edited on their own category.
#include "common/model/ticket_case.h"

#include <QAbstractTableModel>
#include <QList>

namespace csm::client {

class FaultCodeAdminModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Name, Status, ColumnCount };

    explicit FaultCodeAdminModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCodes(const QList<common::FaultCode>& codes);
    const common::FaultCode& codeAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString& code) const;

private:
    QList<common::FaultCode> m_rows;
};

} // namespace csm::client
