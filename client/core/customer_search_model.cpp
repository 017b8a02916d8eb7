#include "client/core/customer_search_model.h"

#include "client/core/plain_text.h"
#include "common/domain/phone.h"

namespace csm::client {

CustomerSearchModel::CustomerSearchModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int CustomerSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomerSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerSearchModel::displayPhones(const QStringList& phones)
{
    QStringList shown;
    for (const QString& phone : phones) {
        const auto normalized = common::normalizePhone(phone);
        shown.append(normalized ? common::formatPhone(*normalized) : phone);
    }
    return shown.join(QStringLiteral(", "));
}

QVariant CustomerSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const common::Customer& customer = m_rows.at(index.row());
    if (role == CustomerIdRole)
        return customer.id;
    if (role == Qt::TextAlignmentRole && index.column() == VipLevel)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        const QVariant shown = data(index, Qt::DisplayRole);
        return shown.typeId() == QMetaType::QString ? QVariant(plainToolTip(shown.toString())) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Name: return customer.name;
    case Phones: return displayPhones(customer.phones);
    case IdNumber: return customer.idNumber;   // masked as the server sends it
    case Address: return customer.address.text.isEmpty() ? customer.address.detail : customer.address.text;
    case VipLevel: return customer.vipLevel;
    case ColumnCount: break;
    }
    return {};
}

QVariant CustomerSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (static_cast<Column>(section)) {
    case Name: return tr("Name");
    case Phones: return tr("Phones");
    case IdNumber: return tr("ID number");
    case Address: return tr("Address");
    case VipLevel: return tr("VIP level");
    case ColumnCount: break;
    }
    return {};
}

bool CustomerSearchModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void CustomerSearchModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    emit fetchMoreRequested();
}

void CustomerSearchModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_hasMore = false;
    m_loading = false;
    endResetModel();
}

void CustomerSearchModel::appendPage(const QList<common::Customer>& customers, bool hasMore)
{
    m_loading = false;
    m_hasMore = hasMore;
    if (customers.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(customers.size()) - 1);
    m_rows.append(customers);
    endInsertRows();
}

void CustomerSearchModel::stopPaging()
{
    m_loading = false;
    m_hasMore = false;
}

int CustomerSearchModel::rowOfCustomer(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void CustomerSearchModel::updateCustomer(const common::Customer& customer)
{
    const int row = rowOfCustomer(customer.id);
    if (row < 0)
        return;
    m_rows[row] = customer;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace csm::client
