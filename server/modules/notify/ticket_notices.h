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
    QStringList templates;         // `notify` effects of the transition: template codes
};

// Queues the messages the notice calls for and returns the pushes:
// - dispatched: SMS `ticket.dispatched`; `ticket.dispatched` to the sessions of the assigned unit;
// - technicianAssigned: SMS `ticket.assigned`; `ticket.assigned` to the sessions of the assigned
//   unit (the technician's own, normally) and to the technician when of another unit;
// - each template code of `templates` that names a notification_template: an SMS with that text
//   (other params of `notify`, such as the audiences service_point / owner / technician of the
//   default flows, queue nothing).
// A customer without a mobile number gets a `failed` row saying so (visible on the order).
Pushes queueTicketNotices(pqxx::transaction_base& tx, const TicketNotice& notice);

// The text of a message: common::renderNotificationTemplate (common/model/notification_template.h).

} // namespace csm::server::notify
