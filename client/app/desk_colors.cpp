#include "client/app/desk_colors.h"

#include "client/core/callback_model.h"
#include "client/core/desk_text.h"
#include "client/core/notification_model.h"
#include "client/core/ticket_list_model.h"
#include "client/core/wallboard_model.h"

#include <QBrush>
#include <QColor>

namespace csm::client::ui {

DeskColorProxy::DeskColorProxy(Kind kind, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_kind(kind)
{
}

QVariant DeskColorProxy::data(const QModelIndex& index, int role) const
{
    if (role == Qt::BackgroundRole || role == Qt::ForegroundRole) {
        if (m_kind == Kind::Wallboard && index.column() == WallboardModel::State) {
            if (role == Qt::ForegroundRole)
                return QBrush(Qt::white);
            const QString state = QIdentityProxyModel::data(index, WallboardModel::StateCodeRole).toString();
            return QBrush(QColor(DeskText::stateColor(state)));
        }
        if (m_kind == Kind::Tickets && index.column() == TicketListModel::Sla) {
            const Colors colors = slaColors(QIdentityProxyModel::data(index, TicketListModel::SlaStateRole).toString());
            const QColor& color = role == Qt::BackgroundRole ? colors.background : colors.foreground;
            return color.isValid() ? QVariant(QBrush(color)) : QVariant();
        }
        if (m_kind == Kind::Notifications && role == Qt::ForegroundRole && index.column() == NotificationModel::Status) {
            const QColor color = notificationColor(QIdentityProxyModel::data(index, NotificationModel::StatusCodeRole).toString());
            return color.isValid() ? QVariant(QBrush(color)) : QVariant();
        }
        if (m_kind == Kind::Callbacks && role == Qt::ForegroundRole
            && QIdentityProxyModel::data(index, CallbackModel::OverdueRole).toBool())
            return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    return QIdentityProxyModel::data(index, role);
}

DeskColorProxy::Colors DeskColorProxy::slaColors(const QString& state)
{
    if (state == QLatin1String("ok"))
        return {QColor(0xe8, 0xf5, 0xe9), QColor(0x1b, 0x5e, 0x20)};   // green
    if (state == QLatin1String("due_soon"))
        return {QColor(0xff, 0xf3, 0xe0), QColor(0xe6, 0x51, 0x00)};   // amber
    if (state == QLatin1String("breached"))
        return {QColor(0xc6, 0x28, 0x28), QColor(Qt::white)};          // red, as overdue callbacks
    if (state == QLatin1String("met"))
        return {QColor(0xe3, 0xf2, 0xfd), QColor(0x0d, 0x47, 0xa1)};   // blue: done in time
    return {};
}

QColor DeskColorProxy::notificationColor(const QString& status)
{
    if (status == QLatin1String("sent"))
        return QColor(0x1b, 0x5e, 0x20);
    if (status == QLatin1String("failed"))
        return QColor(0xc6, 0x28, 0x28);
    return {};
}

} // namespace csm::client::ui
