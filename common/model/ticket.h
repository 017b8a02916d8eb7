#pragma once
// A work order (工单) and the events of its timeline as both sides see them. The order follows a
// version of its service type's workflow (workflow.h); the server reasons only about the state
// category (new, active, waiting, resolved, closed).
#include <QCborMap>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace csm::common {

// Contact channels an order can come in by (the same codes as the contact history).
const QStringList& ticketChannelCodes();

// Field limits shared by the order form and the server.
inline constexpr int kTicketDescriptionMax = 4000;
inline constexpr int kTicketFaultCodeMax = 40;
inline constexpr int kTicketLongTextMax = 2000;      // diagnosis, resolution
inline constexpr int kTicketReasonMax = 1000;        // reject/cancel reasons, notes, visit result
inline constexpr int kTicketShortTextMax = 40;       // waybill numbers, replacement serial

struct Ticket {
    qint64 id = 0;
    QString number;                 // YYYYMMDD-NNNNNN, unique, gap-free per day
    int version = 0;
    QString serviceType;            // service_type.h
    QString severity;               // major | general
    QString channel;
    qint64 customerId = 0;
    QString customerName;
    QString customerPhone;          // the first phone, normalised
    QString customerAddress;        // region names + detail
    qint64 customerProductId = 0;   // 0: none
    QString productModelCode;
    QString productModelName;
    QString productSerial;
    QString regionCode;             // the customer's region when the order was created
    QString description;
    QString faultCode;
    QString diagnosis;
    QString resolution;
    QString shippingOutNo;          // 大修: waybill to the depot
    QString shippingBackNo;         // 大修: waybill back to the point
    QString replacementSerial;
    QString visitResult;
    QDateTime appointmentStart;     // invalid: none
    QDateTime appointmentEnd;
    qint64 assignedOrgUnitId = 0;   // 0: not yet assigned
    QString assignedOrgUnitName;
    qint64 escalatedFromOrgUnitId = 0;   // while escalated: the unit that escalated it
    QString escalatedFromOrgUnitName;
    qint64 technicianId = 0;
    QString technicianName;
    qint64 ownerId = 0;             // the creating user: first-contact ownership
    QString ownerName;
    qint64 createdOrgUnitId = 0;
    QString createdOrgUnitName;
    qint64 workflowId = 0;
    int workflowVersion = 0;
    QString state;
    QString stateName;
    QString stateCategory;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime resolvedAt;
    QDateTime closedAt;
    // SLA (ticket_sla): the deadlines of the three clocks (invalid: no policy), when each stopped
    // and when the server reported its breach; the state is "none", "ok", "due_soon" (a running
    // clock is due within kSlaDueSoonMinutes), "breached" or "met" (all stopped in time).
    QDateTime responseDueAt;
    QDateTime onSiteDueAt;
    QDateTime completionDueAt;
    QDateTime responseStoppedAt;
    QDateTime onSiteStoppedAt;
    QDateTime completionStoppedAt;
    QDateTime responseBreachedAt;
    QDateTime onSiteBreachedAt;
    QDateTime completionBreachedAt;
    QDateTime slaPausedSince;       // invalid: the clocks run
    QString slaState;
    qint64 repeatOfTicketId = 0;    // 二次报修: the completed repair of the same product
    QString repeatOfNumber;

    QCborMap toCbor() const;
    static Ticket fromCbor(const QCborMap& map);
};

// A running clock due within this many minutes makes an order "due_soon".
inline constexpr int kSlaDueSoonMinutes = 60;

// One line of an order's timeline. Kinds: created, transition, effect, assigned.
struct TicketEvent {
    qint64 id = 0;
    qint64 ticketId = 0;
    QDateTime at;
    qint64 userId = 0;              // 0: the server
    QString userName;
    QString kind;
    QString transition;             // transition code and name (kind transition)
    QString transitionName;
    QString fromState;
    QString fromStateName;
    QString toState;
    QString toStateName;
    QCborMap fields;                // fields set, with their values
    QString effectType;             // kind effect: notify, sla_start, ..., escalate
    QString effectParam;
    QCborMap detail;                // e.g. escalate: {from_org_unit_id, to_org_unit_id}

    QCborMap toCbor() const;
    static TicketEvent fromCbor(const QCborMap& map);
};

} // namespace csm::common
