#pragma once
// All SQL of work orders: numbers, the order row, its timeline, the scoped lists.
#include "common/model/ticket.h"
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <optional>
#include <vector>

namespace csm::server::tickets {

// An order as read for a caller: the DTO plus whether the caller may act on it (the assigned or
// the creating unit is in the caller's subtree; an order escalated away is only followed).
struct TicketRecord {
    common::Ticket ticket;
    bool canAct = false;
    bool hasSlaPauses = false;      // the order has had an SLA pause (else there are none to read)
    bool hasSupervisions = false;   // the order has had a supervision (督办)
};

struct TicketInsert {
    QString number;
    QString serviceType;
    QString severity;
    QString channel;
    qint64 customerId = 0;
    std::optional<qint64> customerProductId;
    QString regionCode;
    QString description;
    QString faultCode;
    QDateTime appointmentStart;
    QDateTime appointmentEnd;
    std::optional<qint64> assignedOrgUnitId;
    qint64 ownerId = 0;
    qint64 createdOrgUnitId = 0;
    qint64 workflowId = 0;
    QString state;
    QString stateCategory;
};

// The mutable part of an order after a transition.
struct TicketChange {
    QString state;
    QString stateCategory;
    QString faultCode;
    QString diagnosis;
    QString resolution;
    QString shippingOutNo;
    QString shippingBackNo;
    QString replacementSerial;
    QString visitResult;
    QDateTime appointmentStart;
    QDateTime appointmentEnd;
    qint64 assignedOrgUnitId = 0;      // 0: none
    qint64 escalatedFromOrgUnitId = 0;
    qint64 technicianId = 0;
};

struct TicketEventInsert {
    qint64 ticketId = 0;
    qint64 userId = 0;                 // 0: the server
    QString kind;
    QString transition;
    QString fromState;
    QString toState;
    QCborMap fields;
    QString effectType;
    QString effectParam;
    QCborMap detail;
};

struct ListFilter {
    qint64 beforeId = std::numeric_limits<qint64>::max();
    int limit = 50;
    std::optional<QString> stateCategory;   // a category, or "open" (all but closed)
    std::optional<QString> state;
    std::optional<QString> serviceType;
    std::optional<std::string> assignedPath; // the assigned unit's subtree
    std::optional<qint64> technicianId;
    std::optional<qint64> ownerId;
    std::optional<qint64> customerId;
    bool followUp = false;                   // only orders waiting for their follow-up survey
};

class TicketRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    // The next number of today (in `timeZone`), counted in the caller's transaction.
    static QString nextNumber(pqxx::transaction_base& tx, const QString& timeZone);
    static qint64 insert(pqxx::transaction_base& tx, const TicketInsert& data);
    // Scoped: nullopt when missing or outside the caller's subtree.
    static std::optional<TicketRecord> find(pqxx::transaction_base& tx, qint64 id, const std::string& scope,
                                            bool forUpdate = false);
    static std::optional<TicketRecord> findByNumber(pqxx::transaction_base& tx, const QString& number,
                                                    const std::string& scope);
    // The changed order as `scope` reads it; nullopt when the version is stale.
    static std::optional<TicketRecord> update(pqxx::transaction_base& tx, qint64 id, int version,
                                              const TicketChange& change, const std::string& scope);
    static void addEvent(pqxx::transaction_base& tx, const TicketEventInsert& event);
    // Puts the order in the follow-up survey queue (a `survey` effect).
    static void queueSurvey(pqxx::transaction_base& tx, qint64 ticketId);
    // Newest first. `unitId` and `scope` are the caller's unit and its path.
    static std::vector<TicketRecord> list(pqxx::transaction_base& tx, qint64 unitId, const std::string& scope,
                                          const ListFilter& filter);
    // nullopt when the order is not visible.
    static std::optional<std::vector<common::TicketEvent>> timeline(pqxx::transaction_base& tx, qint64 id,
                                                                    const std::string& scope);
};

} // namespace csm::server::tickets
