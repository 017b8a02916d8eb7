#pragma once
// What modules register at start-up: their prepared statements and their op handlers.
#include "common/protocol/op_catalogue.h"
#include "server/rpc/op_context.h"
#include "server/rpc/read_query.h"

#include <pqxx/pqxx>

#include <array>
#include <string>
#include <vector>

namespace csm::server {

struct Statement {
    std::string name;
    std::string sql;
};

// Work the server does on its own every few seconds (reminders, deadlines): runs on a
// database worker in its own transaction(s) and returns what to push.
struct PeriodicTask {
    QString name;
    int intervalSeconds = 30;
    std::function<Pushes(pqxx::connection&)> run;
};

// An Inline op of a module: answered on the network thread, without the database. Only for
// work that never blocks (hand-offs to network-side services such as the call simulator).
using InlineHandler = std::function<QCborValue(const Session&, const Args&, Effects&)>;

class ModuleRegistry {
public:
    void addModule(const QString& name, const QStringList& dependsOn = {});
    void addStatements(std::initializer_list<Statement> statements);
    void addHandler(common::OpId op, Handler handler);
    void addInlineHandler(common::OpId op, InlineHandler handler);
    const InlineHandler* inlineHandler(common::OpId op) const;
    // A ReadOne op written as plan + decode: also registers the equivalent handler, so the op
    // runs on a worker when the asynchronous path is not available.
    void addReadQuery(common::OpId op, ReadQuery query);
    const ReadQuery* readQuery(common::OpId op) const;
    void addPeriodicTask(PeriodicTask task) { m_periodicTasks.push_back(std::move(task)); }
    const std::vector<PeriodicTask>& periodicTasks() const { return m_periodicTasks; }

    const Handler* handler(common::OpId op) const;
    const std::vector<Statement>& statements() const { return m_statements; }
    QStringList modules() const { return m_modules; }
    // Ops of the catalogue (other than Inline ones) that no module handles.
    QStringList missingHandlers() const;
    // Throws if a module depends on one registered after it or not at all.
    void checkDependencies() const;
    void prepareAll(pqxx::connection& connection) const;

private:
    std::vector<Statement> m_statements;
    std::vector<PeriodicTask> m_periodicTasks;
    std::vector<InlineHandler> m_inlineHandlers = std::vector<InlineHandler>(common::opCatalogue().size());
    std::vector<Handler> m_handlers = std::vector<Handler>(common::opCatalogue().size());
    std::vector<ReadQuery> m_readQueries = std::vector<ReadQuery>(common::opCatalogue().size());
    QStringList m_modules;
    std::vector<std::pair<QString, QStringList>> m_dependencies;
};

} // namespace csm::server
