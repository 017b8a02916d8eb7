#include "client/core/notification_template_model.h"

#include <QLocale>

namespace csm::client {

NotificationTemplateModel::NotificationTemplateModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int NotificationTemplateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NotificationTemplateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NotificationTemplateModel::purpose(const QString& code)
{
    if (code == QLatin1String("ticket.dispatched"))
        return tr("Sent when an order is dispatched to a service point.");
    if (code == QLatin1String("ticket.assigned"))
        return tr("Sent when a technician is assigned to an order.");
    return tr("Sent by workflow transitions whose \"notify\" effect names this code.");
}

QVariant NotificationTemplateModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const common::NotificationTemplate& t = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return index.column() == Text ? t.body : purpose(t.code);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code: return t.code;
    case Text: {
        QString text = t.body;
        return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    case Updated: return QLocale().toString(t.updatedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    default: return {};
    }
}

QVariant NotificationTemplateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("Code");
    case Text: return tr("Text");
    case Updated: return tr("Changed");
    default: return {};
    }
}

void NotificationTemplateModel::setTemplates(const QList<common::NotificationTemplate>& templates)
{
    beginResetModel();
    m_rows = templates;
    endResetModel();
}

int NotificationTemplateModel::rowOf(const QString& code) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).code == code)
            return row;
    return -1;
}

} // namespace csm::client
