#include "client/core/ticket_parts_model.h"

#include "client/core/fee_text.h"

namespace csm::client {

TicketPartsModel::TicketPartsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int TicketPartsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_parts.size());
}

int TicketPartsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketPartsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_parts.size())
        return {};
    const common::TicketPart& part = m_parts.at(index.row());
    if (role == Qt::CheckStateRole) {
        if (index.column() == RecoverOld)
            return part.recoverOld ? Qt::Checked : Qt::Unchecked;
        if (index.column() == Recovered)
            return part.recovered ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Qty || index.column() == UnitPrice || index.column() == Amount))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Code: return part.partCode;
    case Name: return part.partName;
    case Qty: return part.qty;
    case UnitPrice: return role == Qt::EditRole ? common::formatFen(part.unitPriceFen) : FeeText::yuan(part.unitPriceFen);
    case Amount: return role == Qt::EditRole ? QVariant() : QVariant(FeeText::yuan(part.amountFen()));
    default: return {};
    }
}

bool TicketPartsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_editable || !index.isValid() || index.row() >= m_parts.size())
        return false;
    common::TicketPart& part = m_parts[index.row()];
    if (role == Qt::CheckStateRole) {
        const bool checked = value.toInt() == Qt::Checked;
        if (index.column() == RecoverOld) {
            part.recoverOld = checked;
            if (!checked && part.recovered) {
                part.recovered = false;   // nothing to recover any more
                emit dataChanged(this->index(index.row(), Recovered), this->index(index.row(), Recovered));
            }
        } else if (index.column() == Recovered) {
            if (checked && !part.recoverOld)
                return false;
            part.recovered = checked;
        } else {
            return false;
        }
        markDirty();
        emit dataChanged(index, index);
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    switch (index.column()) {
    case Code:
        part.partCode = value.toString().trimmed().toUpper();
        break;
    case Name:
        part.partName = value.toString().simplified();
        break;
    case Qty: {
        bool ok = false;
        const int qty = value.toString().trimmed().toInt(&ok);
        if (!ok || qty < 1 || qty > common::kTicketPartQtyMax)
            return false;
        part.qty = qty;
        break;
    }
    case UnitPrice: {
        const auto fen = common::parseYuan(value.toString());
        if (!fen || *fen < 0 || *fen > common::kFeeMaxFen)
            return false;
        part.unitPriceFen = *fen;
        break;
    }
    default:
        return false;
    }
    markDirty();
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags TicketPartsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_editable)
        return flags;
    if (index.column() == RecoverOld || index.column() == Recovered)
        return flags | Qt::ItemIsUserCheckable;
    if (index.column() != Amount)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TicketPartsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("Part code");
    case Name: return tr("Part name");
    case Qty: return tr("Qty");
    case UnitPrice: return tr("Unit price");
    case Amount: return tr("Amount");
    case RecoverOld: return tr("Recover old part");
    case Recovered: return tr("Recovered");
    default: return {};
    }
}

void TicketPartsModel::setParts(const QList<common::TicketPart>& parts)
{
    beginResetModel();
    m_parts = parts;
    endResetModel();
    if (m_dirty) {
        m_dirty = false;
        emit dirtyChanged(false);
    }
}

void TicketPartsModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (!m_parts.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

common::Fen TicketPartsModel::totalFen() const
{
    common::Fen total = 0;
    for (const common::TicketPart& part : m_parts)
        total += part.amountFen();
    return total;
}

int TicketPartsModel::addRow()
{
    const int row = int(m_parts.size());
    beginInsertRows({}, row, row);
    m_parts.append(common::TicketPart{});
    endInsertRows();
    markDirty();
    return row;
}

void TicketPartsModel::removeRowAt(int row)
{
    if (row < 0 || row >= m_parts.size())
        return;
    beginRemoveRows({}, row, row);
    m_parts.removeAt(row);
    endRemoveRows();
    markDirty();
}

void TicketPartsModel::markDirty()
{
    if (!m_dirty) {
        m_dirty = true;
        emit dirtyChanged(true);
    }
}

} // namespace csm::client
