#include "client/core/notification_model.h"

namespace csm::client {

namespace {
QDateTime time(const QCborMap& map, const char* key)
{
    const QCborValue value = map.value(QLatin1String(key));
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}
} // namespace

NotificationInfo NotificationInfo::fromCbor(const QCborMap& map)
{
    NotificationInfo n;
    n.id = map.value(QStringLiteral("id")).toInteger();
    n.ticketId = map.value(QStringLiteral("ticket_id")).toInteger();
    n.recipient = map.value(QStringLiteral("recipient")).toString();
    n.templateCode = map.value(QStringLiteral("template_code")).toString();
    n.body = map.value(QStringLiteral("body")).toString();
    n.status = map.value(QStringLiteral("status")).toString();
    n.attempts = int(map.value(QStringLiteral("attempts")).toInteger());
    n.lastError = map.value(QStringLiteral("last_error")).toString();
    n.createdAt = time(map, "created_at");
    n.sentAt = time(map, "sent_at");
    n.nextAttemptAt = time(map, "next_attempt_at");
    return n;
}

NotificationModel::NotificationModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int NotificationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NotificationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NotificationModel::maskedPhone(const QString& phone)
{
    if (phone.isEmpty())
        return QStringLiteral("—");
    if (phone.size() >= 11)
        return phone.left(3) + QString(phone.size() - 7, QLatin1Char('*')) + phone.right(4);
    if (phone.size() <= 2)
        return QString(phone.size(), QLatin1Char('*'));
    return QString(phone.size() - 2, QLatin1Char('*')) + phone.right(2);
}

QString NotificationModel::templateName(const QString& code)
{
    if (code == QLatin1String("ticket.dispatched")) return tr("Dispatched to the service point");
    if (code == QLatin1String("ticket.assigned")) return tr("Technician assigned");
    if (code == QLatin1String("ticket.completed")) return tr("Order completed");
    if (code == QLatin1String("ticket.state")) return tr("State of the order");
    return code;
}

QString NotificationModel::statusText(const NotificationInfo& item)
{
    if (item.status == QLatin1String("sent"))
        return tr("Sent");
    if (item.status == QLatin1String("queued"))
        return item.attempts > 0 ? tr("Queued (attempt %1 failed)").arg(item.attempts) : tr("Queued");
    if (item.status == QLatin1String("failed")) {
        if (item.nextAttemptAt.isValid())
            return tr("Failed %n time(s), retrying", nullptr, item.attempts);
        return item.attempts > 0 ? tr("Failed after %n attempt(s)", nullptr, item.attempts) : tr("Failed");
    }
    return item.status;
}

QVariant NotificationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const NotificationInfo& n = m_rows.at(index.row());
    if (role == StatusCodeRole)
        return n.status;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Message)
            return n.body;
        if (index.column() == Time && n.createdAt.isValid())
            return n.sentAt.isValid() ? tr("Queued %1, sent %2")
                                            .arg(n.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                                 n.sentAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                      : n.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (index.column() == Status && !n.lastError.isEmpty())
            return n.lastError;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time: return n.createdAt.isValid() ? n.createdAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")) : QString();
    case Recipient: return maskedPhone(n.recipient);
    case Message: return templateName(n.templateCode);
    case Status: return statusText(n);
    default: return {};
    }
}

QVariant NotificationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Recipient: return tr("Recipient");
    case Message: return tr("Message");
    case Status: return tr("Status");
    default: return {};
    }
}

void NotificationModel::setNotifications(const QList<NotificationInfo>& items)
{
    beginResetModel();
    m_rows = items;
    endResetModel();
}

} // namespace csm::client
