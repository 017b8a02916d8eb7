#pragma once
// Reads the notifications of one order (notification.list with ticket_id) into a
// NotificationModel; the order's window shows them under its timeline.
#include "common/protocol/message.h"

#include <QObject>

namespace csm::client {

class NotificationModel;
class RpcClient;

class NotificationController : public QObject {
    Q_OBJECT
public:
    NotificationController(RpcClient& rpc, NotificationModel& model, QObject* parent = nullptr);

    void load(qint64 ticketId);

signals:
    void loaded();
    void failed(const csm::common::ErrorInfo& error);

private:
    RpcClient& m_rpc;
    NotificationModel& m_model;
    quint64 m_generation = 0;
};

} // namespace csm::client
