#include "client/core/customer_product_model.h"

#include "client/core/plain_text.h"

namespace csm::client {

namespace {
QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

CustomerProductModel::CustomerProductModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{
}

int CustomerProductModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomerProductModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

WarrantyStatus CustomerProductModel::statusAt(int row) const
{
    return warrantyStatus(m_rows.at(row).warrantyEnd, m_today);
}

QVariant CustomerProductModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const common::CustomerProduct& product = m_rows.at(index.row());
    if (role == ProductIdRole)
        return product.id;
    if (role == WarrantyStatusRole)
        return static_cast<int>(statusAt(index.row()));
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(index.column())) {
        case Model:
            return plainToolTip(product.brand.isEmpty() ? product.modelName
                                                        : product.brand + QLatin1Char(' ') + product.modelName);
        case Dealer: return plainToolTip(product.dealer);
        case Warranty:
            if (const auto verdict = m_verdicts.value(product.id); !verdict.second.isEmpty())
                return verdict.second;
            [[fallthrough]];
        case WarrantyEnd:
            return tr("%n month(s) of warranty from the purchase date (from the install date when the purchase date "
                      "is unknown)", nullptr, product.warrantyMonths);
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Model:
        return product.modelName.isEmpty() ? product.modelCode
                                           : QStringLiteral("%1 (%2)").arg(product.modelName, product.modelCode);
    case Category: return m_categoryNames.value(product.categoryCode, product.categoryCode);
    case Serial: return product.serialNumber;
    case PurchaseDate: return dateText(product.purchaseDate);
    case Dealer: return QString(product.dealer).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case InstallDate: return dateText(product.installDate);
    case WarrantyEnd: return dateText(product.warrantyEnd);
    case Warranty: {
        const QString status = WarrantyText::statusName(statusAt(index.row()));
        const QString verdict = m_verdicts.value(product.id).first;
        return verdict.isEmpty() ? status : tr("%1 · %2").arg(status, verdict);
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant CustomerProductModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (static_cast<Column>(section)) {
    case Model: return tr("Model");
    case Category: return tr("Category");
    case Serial: return tr("Serial number");
    case PurchaseDate: return tr("Purchased");
    case Dealer: return tr("Dealer");
    case InstallDate: return tr("Installed");
    case WarrantyEnd: return tr("Warranty end");
    case Warranty: return tr("Warranty");
    case ColumnCount: break;
    }
    return {};
}

void CustomerProductModel::setProducts(const QList<common::CustomerProduct>& products)
{
    beginResetModel();
    m_rows = products;
    m_verdicts.clear();
    endResetModel();
}

void CustomerProductModel::setVerdict(qint64 productId, const QString& text, const QString& detail)
{
    m_verdicts.insert(productId, {text, detail});
    const int row = rowOfProduct(productId);
    if (row >= 0)
        emit dataChanged(index(row, Warranty), index(row, Warranty));
}

int CustomerProductModel::rowOfProduct(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void CustomerProductModel::upsert(const common::CustomerProduct& product)
{
    const int row = rowOfProduct(product.id);
    if (row >= 0) {
        m_rows[row] = product;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = static_cast<int>(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(product);
    endInsertRows();
}

void CustomerProductModel::remove(qint64 productId)
{
    const int row = rowOfProduct(productId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void CustomerProductModel::setCategoryNames(const QHash<QString, QString>& names)
{
    m_categoryNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Category), index(static_cast<int>(m_rows.size()) - 1, Category));
}

void CustomerProductModel::setToday(const QDate& today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

int CustomerProductModel::countWithStatus(WarrantyStatus status) const
{
    int count = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (statusAt(row) == status)
            ++count;
    }
    return count;
}

} // namespace csm::client
