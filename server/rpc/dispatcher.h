#pragma once
// The dispatcher owns the cross-cutting work of every op: the permission check (before
// the handler runs), the transaction (none for a one-statement read, read-only for reads,
// read-write with retry for writes), idempotency keys, SQLSTATE → error codes.
#include "common/protocol/op_catalogue.h"
#include "server/rpc/module_registry.h"

#include <optional>

namespace csm::server {

struct Outcome {
    common::Response response;
    Effects effects;
};

// Checks session and permission for an op. Cheap: memory only.
std::optional<common::ErrorInfo> authorize(const common::OpInfo& op, const Session* session);

class Dispatcher {
public:
    explicit Dispatcher(const ModuleRegistry& registry);

    // Registers the dispatcher's own statements (idempotency keys).
    static void registerStatements(ModuleRegistry& registry);

    // Runs the op on a worker's connection. Never throws.
    Outcome execute(pqxx::connection& connection, const common::OpInfo& op,
                    const common::Request& request, const SessionPtr& session,
                    const QString& peerAddress) const;

    // The asynchronous read path (RpcServer with db::AsyncReader), on the network thread: the
    // op's plan, then its decoded rows or the database's error, mapped as execute() maps them.
    const ReadQuery* readQuery(common::OpId op) const { return m_registry.readQuery(op); }
    // A failure outcome when the arguments are refused; otherwise fills `plan`.
    std::optional<Outcome> planRead(const ReadQuery& query, const common::OpInfo& op, const common::Request& request,
                                    const Session& session, QueryPlan& plan) const;
    Outcome finishRead(const ReadQuery& query, const common::OpInfo& op, const common::Request& request,
                       const Session& session, const QueryPlan& plan, const pqxx::result& rows) const;
    Outcome readFailed(const common::OpInfo& op, const common::Request& request, const std::string& sqlstate,
                       const std::string& message) const;

    // An Inline op of a module, on the network thread. Never throws; an op without an inline
    // handler is answered `internal`.
    Outcome answerInline(const common::OpInfo& op, const common::Request& request, const SessionPtr& session) const;

private:
    Outcome runOnce(pqxx::connection& connection, const common::OpInfo& op, const Handler& handler,
                    const common::Request& request, const SessionPtr& session,
                    const QString& peerAddress) const;

    const ModuleRegistry& m_registry;
};

} // namespace csm::server
