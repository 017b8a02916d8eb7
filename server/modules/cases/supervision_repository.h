#pragma once
// All SQL of supervisions (督办, ticket_supervision): the supervisions of an order and of a
// subtree, open / answer / close, the users of a unit (push targets), and the overdue scan.
#include "common/model/ticket_case.h"
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <optional>
#include <vector>

namespace csm::server::cases {

// A supervision as read for a caller.
struct SupervisionRecord {
    common::TicketSupervision supervision;   // canAnswer / canClose not set
    bool targetInScope = false;              // the target unit is in the caller's subtree
    bool ticketVisible = false;              // the caller sees the order
};

struct SupervisionInsert {
    qint64 ticketId = 0;
    qint64 openedBy = 0;
    QDateTime deadline;
    QString demand;
    qint64 targetOrgUnitId = 0;
};

struct SupervisionListFilter {
    std::optional<qint64> ticketId;
    QString status;                          // running (open + overdue), open, overdue, answered, closed, all
    int limit = 50;
};

// A supervision the overdue scan has just marked.
struct OverdueSupervision {
    qint64 id = 0;
    qint64 ticketId = 0;
    QString ticketNumber;
    qint64 openedBy = 0;
    QDateTime deadline;
    qint64 targetOrgUnitId = 0;
    QString targetOrgUnitName;
};

class SupervisionRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    // Newest first. `scope`: the caller's path (for targetInScope).
    static std::vector<SupervisionRecord> ofTicket(pqxx::transaction_base& tx, qint64 ticketId, const std::string& scope);
    // nullopt when missing or neither its order nor its target unit is in the caller's subtree.
    static std::optional<SupervisionRecord> find(pqxx::transaction_base& tx, qint64 id, const std::string& scope,
                                                 bool forUpdate);
    // The running (open or overdue) supervision of the order for that unit, if any.
    static std::optional<qint64> running(pqxx::transaction_base& tx, qint64 ticketId, qint64 targetOrgUnitId);
    static qint64 insert(pqxx::transaction_base& tx, const SupervisionInsert& data);
    static void answer(pqxx::transaction_base& tx, qint64 id, const QString& answer, qint64 userId);
    static void close(pqxx::transaction_base& tx, qint64 id, const QString& note, qint64 userId);
    // Overdue first, then by deadline.
    static std::vector<SupervisionRecord> list(pqxx::transaction_base& tx, const std::string& scope,
                                               const SupervisionListFilter& filter);
    // The active users whose unit is exactly that unit.
    static std::vector<qint64> unitUsers(pqxx::transaction_base& tx, qint64 orgUnitId);
    // Marks open supervisions due at `now` overdue (once) and writes their timeline events;
    // rows locked by a running op are left for the next round.
    static std::vector<OverdueSupervision> claimOverdue(pqxx::transaction_base& tx, const QDateTime& now);
};

} // namespace csm::server::cases
