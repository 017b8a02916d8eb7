#include "client/core/fault_code_admin_model.h"

namespace csm::client {

FaultCodeAdminModel::FaultCodeAdminModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int FaultCodeAdminModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FaultCodeAdminModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FaultCodeAdminModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const common::FaultCode& c = m_rows.at(index.row());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code: return c.code;
    case Name: return c.name;
    case Status: return c.active ? tr("Active") : tr("Inactive");
    default: return {};
    }
}

QVariant FaultCodeAdminModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("Code");
    case Name: return tr("Name");
    case Status: return tr("Status");
    default: return {};
    }
}

void FaultCodeAdminModel::setCodes(const QList<common::FaultCode>& codes)
{
    beginResetModel();
    m_rows = codes;
    endResetModel();
}

int FaultCodeAdminModel::rowOf(const QString& code) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).code == code)
            return row;
    return -1;
}

} // namespace csm::client
