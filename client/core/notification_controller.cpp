#include "client/core/notification_controller.h"

#include "client/core/notification_model.h"
#include "client/core/rpc_client.h"

#include <QCborArray>

namespace csm::client {

NotificationController::NotificationController(RpcClient& rpc, NotificationModel& model, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_model(model)
{
}

void NotificationController::load(qint64 ticketId)
{
    const quint64 generation = ++m_generation;
    m_rpc.call(QStringLiteral("notification.list"),
               QCborMap{{QStringLiteral("ticket_id"), ticketId}, {QStringLiteral("limit"), 100}}, this,
               [this, generation](const common::Response& response) {
                   if (generation != m_generation)
                       return;
                   if (!response.ok) {
                       emit failed(response.error);
                       return;
                   }
                   QList<NotificationInfo> items;
                   for (const QCborValue& item : response.result.toMap().value(QStringLiteral("items")).toArray())
                       items.append(NotificationInfo::fromCbor(item.toMap()));
                   m_model.setNotifications(items);
                   emit loaded();
               });
}

} // namespace csm::client
