#pragma once
// csm_bench --tickets: the facts a run needs from the database (the two users, a technician, the
// repair workflow, customers to order for) and the orders the transition run cycles through.
#include "tests/bench/ticket_bench.h"

#include <QtGlobal>

#include <libpq-fe.h>

#include <string>
#include <vector>

namespace csm::bench {

inline constexpr const char* kTransitionDescription = "csm_bench transition";

// Runs a statement with text parameters; the rows as text. Throws std::runtime_error.
std::vector<std::vector<std::string>> query(PGconn* db, const std::string& sql, const std::vector<std::string>& params = {});

struct Actor {
    std::string id;
    std::string unitId;
    std::string path;
};

struct World {
    Actor agent;
    Actor point;
    std::string technician;     // a technician of the point's unit
    std::string workflowId;     // the latest repair workflow
    std::vector<std::string> customers;   // in the agent's scope
    std::vector<qint64> orders;           // the transition orders, state "assigned" at the point
    std::string ticketCount;
};

World readWorld(PGconn* db, const TicketBenchOptions& options);
// The transition run's orders: "assigned" to the point's technician, numbered on days of 1990
// so that they never meet a real day's counter. Made once, reused by later runs.
void prepareOrders(PGconn* db, World& world, int wanted);

} // namespace csm::bench
