#include "client/core/callback_model.h"

#include "client/core/desk_text.h"
#include "client/core/plain_text.h"


#include <algorithm>

namespace csm::client {

CallbackModel::CallbackModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int CallbackModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CallbackModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallbackModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallbackPromise& promise = m_rows.at(index.row());
    if (role == PromiseIdRole)
        return promise.id;
    if (role == CustomerIdRole)
        return promise.customerId;
    if (role == OverdueRole)
        return promise.isOpen() && promise.overdue;
    if (role == Qt::ToolTipRole && index.column() == Note)
        return plainToolTip(promise.note);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case DueAt: {
        const QString when = promise.dueAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        return promise.isOpen() && promise.overdue ? tr("%1 (overdue)").arg(when) : when;
    }
    case Customer: return promise.customerName;
    case Note: return QString(promise.note).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case Owner: return promise.ownerName;
    case Status: return DeskText::callbackStatusName(promise.status);
    case ColumnCount: break;
    }
    return {};
}

QVariant CallbackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (static_cast<Column>(section)) {
    case DueAt: return tr("Due");
    case Customer: return tr("Customer");
    case Note: return tr("Promise");
    case Owner: return tr("Owner");
    case Status: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

void CallbackModel::setPromises(const QList<CallbackPromise>& promises)
{
    beginResetModel();
    m_rows.clear();
    for (const CallbackPromise& promise : promises) {
        if (!m_openOnly || promise.isOpen())
            m_rows.append(promise);
    }
    endResetModel();
}

int CallbackModel::rowOfPromise(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void CallbackModel::upsert(const CallbackPromise& promise)
{
    const int row = rowOfPromise(promise.id);
    if (row >= 0 && m_openOnly && !promise.isOpen()) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    if (row >= 0) {
        m_rows[row] = promise;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (m_openOnly && !promise.isOpen())
        return;
    const auto position = std::upper_bound(m_rows.begin(), m_rows.end(), promise,
                                           [](const CallbackPromise& a, const CallbackPromise& b) { return a.dueAt < b.dueAt; });
    const int at = static_cast<int>(position - m_rows.begin());
    beginInsertRows({}, at, at);
    m_rows.insert(at, promise);
    endInsertRows();
}

void CallbackModel::refreshOverdue(const QDateTime& now)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        CallbackPromise& promise = m_rows[row];
        const bool overdue = promise.isOpen() && promise.dueAt.isValid() && promise.dueAt < now;
        if (overdue != promise.overdue) {
            promise.overdue = overdue;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

} // namespace csm::client
