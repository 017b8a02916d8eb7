#pragma once
// A one-statement read written as data: which statement to run with which parameters (plan),
// and how to turn its rows into the reply (decode). The dispatcher can run it on a worker like
// any handler, and the network thread can run it asynchronously on its own pipelined database
// connections (server/db/async_reader) without handing the request to a worker thread at all.
#include "server/rpc/args.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <QCborMap>
#include <QCborValue>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace csm::server {

struct QueryPlan {
    // A statement registered with the ModuleRegistry (prepared on every connection) ...
    std::string statement;
    // ... or, when `statement` is empty, SQL text run as an unnamed statement, planned with its
    // actual parameters each time (for searches whose selectivity depends on the pattern).
    std::string sql;
    std::vector<std::optional<std::string>> params;   // text parameters; nullopt is SQL NULL
    QCborMap context;                                   // what decode needs besides the rows
};

struct ReadQuery {
    // Checks the arguments (throws ApiError) and chooses the statement. Runs on the network
    // thread: no I/O, nothing slow.
    std::function<QueryPlan(const Session&, const Args&)> plan;
    // Builds the result from the rows (throws ApiError, e.g. not_found). Same rules.
    std::function<QCborValue(const pqxx::result&, const Session&, const QueryPlan&)> decode;
};

// Runs a plan on a transaction (the worker path and tests).
pqxx::result runPlan(pqxx::transaction_base& tx, const QueryPlan& plan);

} // namespace csm::server
