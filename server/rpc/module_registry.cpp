#include "server/rpc/module_registry.h"

#include <stdexcept>

namespace csm::server {

void ModuleRegistry::addModule(const QString& name, const QStringList& dependsOn)
{
    m_modules.append(name);
    m_dependencies.emplace_back(name, dependsOn);
}

void ModuleRegistry::addStatements(std::initializer_list<Statement> statements)
{
    for (const Statement& statement : statements) {
        for (const Statement& existing : m_statements) {
            if (existing.name == statement.name)
                throw std::logic_error("statement registered twice: " + statement.name);
        }
        m_statements.push_back(statement);
    }
}

void ModuleRegistry::addHandler(common::OpId op, Handler handler)
{
    auto& slot = m_handlers[static_cast<size_t>(op)];
    if (slot)
        throw std::logic_error(std::string("handler registered twice: ") + common::opInfo(op).name);
    slot = std::move(handler);
}

void ModuleRegistry::addInlineHandler(common::OpId op, InlineHandler handler)
{
    if (common::opInfo(op).tx != common::OpTx::Inline)
        throw std::logic_error(std::string("not an Inline op: ") + common::opInfo(op).name);
    auto& slot = m_inlineHandlers[static_cast<size_t>(op)];
    if (slot)
        throw std::logic_error(std::string("inline handler registered twice: ") + common::opInfo(op).name);
    slot = std::move(handler);
}

void ModuleRegistry::addReadQuery(common::OpId op, ReadQuery query)
{
    if (common::opInfo(op).tx != common::OpTx::ReadOne)
        throw std::logic_error(std::string("a read query must be a ReadOne op: ") + common::opInfo(op).name);
    if (!query.plan || !query.decode)
        throw std::logic_error(std::string("read query without plan or decode: ") + common::opInfo(op).name);
    addHandler(op, [query](OpContext& context, const Args& args) -> QCborValue {
        const QueryPlan plan = query.plan(context.session(), args);
        return query.decode(runPlan(context.tx(), plan), context.session(), plan);
    });
    m_readQueries[static_cast<size_t>(op)] = std::move(query);
}

const ReadQuery* ModuleRegistry::readQuery(common::OpId op) const
{
    const auto& slot = m_readQueries[static_cast<size_t>(op)];
    return slot.plan ? &slot : nullptr;
}

const InlineHandler* ModuleRegistry::inlineHandler(common::OpId op) const
{
    const auto& slot = m_inlineHandlers[static_cast<size_t>(op)];
    return slot ? &slot : nullptr;
}

const Handler* ModuleRegistry::handler(common::OpId op) const
{
    const auto& slot = m_handlers[static_cast<size_t>(op)];
    return slot ? &slot : nullptr;
}

QStringList ModuleRegistry::missingHandlers() const
{
    QStringList missing;
    for (const auto& op : common::opCatalogue()) {
        // hello and auth.whoami are the network layer's own.
        const bool networkOwn = op.id == common::OpId::Hello || op.id == common::OpId::AuthWhoami;
        const bool handled = op.tx == common::OpTx::Inline ? (networkOwn || inlineHandler(op.id)) : handler(op.id) != nullptr;
        if (!handled)
            missing.append(QString::fromLatin1(op.name));
    }
    return missing;
}

void ModuleRegistry::checkDependencies() const
{
    QStringList seen;
    for (const auto& [name, dependsOn] : m_dependencies) {
        for (const QString& dependency : dependsOn) {
            if (!seen.contains(dependency))
                throw std::logic_error("module " + name.toStdString() + " depends on "
                                       + dependency.toStdString() + ", which is not registered before it");
        }
        seen.append(name);
    }
}

void ModuleRegistry::prepareAll(pqxx::connection& connection) const
{
    for (const Statement& statement : m_statements)
        connection.prepare(statement.name, statement.sql);
}

} // namespace csm::server
