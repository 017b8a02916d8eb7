#pragma once
// What the tickets module tells the notify module, in one call from the transaction that changed
// the order: the outbox rows (SMS to the customer) are written there — they commit or roll back
// with the change — and the events for the service point's clients and the technician come back
// as pushes, delivered by the network side after the reply (that is, after the commit).
#include "server/rpc/push.h"

#include <pqxx/pqxx>

#include <QStringList>

namespace csm::server::notify {

struct TicketNotice {
    qint64 ticketId = 0;
    bool dispatched = false;       // the assigned unit was set or changed (create, dispatch, redispatch, escalate)
    bool technicianAssigned = false;   // a (new) technician was set
    QStringList notifyParams;      // params of the transition's `notify` effects: audiences or template codes
    qint64 actorId = 0;            // who changed the order (not told of their own change)
    QString actorName;
    QString transitionName;        // the transition taken, as the workflow names it
};

// Queues the messages the notice calls for and returns the pushes:
// - dispatched: SMS `ticket.dispatched`; `ticket.dispatched` to the sessions of the assigned unit;
// - technicianAssigned: SMS `ticket.assigned`; `ticket.assigned` to the sessions of the assigned
//   unit (the technician's own, normally) and to the technician when of another unit;
// - each audience of `notifyParams` gets `ticket.notice` (the order, its state and the transition
//   taken): `owner` the owner agent, `service_point` the sessions of the assigned unit,
//   `technician` the technician, `supervisor` the sessions holding complaint.supervise; `customer`
//   an SMS `ticket.state` (the order's state in words);
// - each other param that names a notification_template: an SMS with that text; anything else
//   queues nothing.
// A customer without a mobile number gets a `failed` row saying so (visible on the order).
Pushes queueTicketNotices(pqxx::transaction_base& tx, const TicketNotice& notice);

// The text of a message: common::renderNotificationTemplate (common/model/notification_template.h).

} // namespace csm::server::notify
