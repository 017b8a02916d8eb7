#pragma once
// All SQL of complaint details (ticket_complaint) and the org units a case may name.
#include "common/model/ticket_case.h"
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <optional>
#include <vector>

namespace csm::server::cases {

struct ComplaintWrite {
    qint64 ticketId = 0;
    QString category;
    qint64 responsibleOrgUnitId = 0;   // 0: none
    QDateTime deadline;                // invalid: none
};

struct CaseUnit {
    qint64 id = 0;
    QString code;
    QString name;
    QString kind;
    int depth = 0;                     // 1: the root of the service network
};

// A complaint the deadline watcher found past its deadline (and marked).
struct OverdueComplaint {
    qint64 ticketId = 0;
    QString ticketNumber;
    qint64 ownerId = 0;
    qint64 ownerOrgUnitId = 0;
    qint64 orgUnitId = 0;              // the responsible unit, else the assigned one; 0: none
    QString orgUnitName;
    QDateTime deadline;
    QString category;
};

class ComplaintRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    static std::optional<common::TicketComplaint> find(pqxx::transaction_base& tx, qint64 ticketId);
    static void save(pqxx::transaction_base& tx, const ComplaintWrite& write, qint64 userId);
    static void resolve(pqxx::transaction_base& tx, qint64 ticketId, const QString& resolution, int satisfaction,
                        const QString& comment, qint64 userId);
    // One statement: marks the complaints past their deadline at `now` that are unresolved on
    // orders neither resolved nor closed and not reported yet (overdue_at), writes a
    // `complaint_overdue` timeline event for each, and returns them.
    static std::vector<OverdueComplaint> claimOverdue(pqxx::transaction_base& tx, const QDateTime& now);
    // The active units of the subtree `scope`, parents before their children (at most 2000).
    static std::vector<CaseUnit> units(pqxx::transaction_base& tx, const std::string& scope);
};

} // namespace csm::server::cases
