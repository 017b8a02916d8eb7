#include "server/modules/workflows/workflow_repository.h"

#include "server/db/pqxx_support.h"

#include <stdexcept>

namespace csm::server::workflows {

using db::toQt;

namespace {
#define CSM_WORKFLOW_HEADER_COLUMNS                                                                            \
    "w.id, w.service_type, w.version, w.name,"                                                                 \
    " (SELECT count(*) FROM workflow_state s WHERE s.workflow_id = w.id),"                                     \
    " (SELECT count(*) FROM workflow_transition t WHERE t.workflow_id = w.id),"                                \
    " NOT EXISTS (SELECT 1 FROM workflow n WHERE n.service_type = w.service_type AND n.version > w.version),"  \
    " coalesce(w.created_by, 0), coalesce(u.display_name, ''), " CSM_SQL_ISO("w.created_at")

WorkflowHeader readHeader(const pqxx::row& row)
{
    WorkflowHeader h;
    h.id = row[0].as<qint64>();
    h.serviceType = toQt(row[1]);
    h.version = row[2].as<int>();
    h.name = toQt(row[3]);
    h.stateCount = row[4].as<int>();
    h.transitionCount = row[5].as<int>();
    h.latest = row[6].as<bool>();
    h.createdBy = row[7].as<qint64>();
    h.createdByName = toQt(row[8]);
    h.createdAt = db::fromIso(row[9]);
    return h;
}

std::vector<WorkflowHeader> readHeaders(const pqxx::result& result)
{
    std::vector<WorkflowHeader> headers;
    for (const auto& row : result)
        headers.push_back(readHeader(row));
    return headers;
}
} // namespace

void WorkflowRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"workflow_latest_id", "SELECT id FROM workflow WHERE service_type = $1 ORDER BY version DESC LIMIT 1"},
        {"workflow_version_id", "SELECT id FROM workflow WHERE service_type = $1 AND version = $2"},
        {"workflow_lock_latest",
         "SELECT id, version FROM workflow WHERE service_type = $1 ORDER BY version DESC LIMIT 1 FOR UPDATE"},
        {"workflow_head",
         "SELECT w.id, w.service_type, w.version, w.name, coalesce(w.created_by, 0), coalesce(u.display_name, ''), "
         CSM_SQL_ISO("w.created_at") " FROM workflow w LEFT JOIN app_user u ON u.id = w.created_by WHERE w.id = $1"},
        {"workflow_states",
         "SELECT code, name, kind, category, x, y FROM workflow_state WHERE workflow_id = $1 ORDER BY position"},
        {"workflow_transitions",
         "SELECT code, from_state, to_state, name, roles, required_fields, optional_fields FROM workflow_transition"
         " WHERE workflow_id = $1 ORDER BY position"},
        {"workflow_effects",
         "SELECT transition_code, type, param FROM workflow_effect WHERE workflow_id = $1"
         " ORDER BY transition_code, position"},
        {"workflow_insert",
         "INSERT INTO workflow (service_type, version, name, created_by) VALUES ($1, $2, $3, $4) RETURNING id"},
        {"workflow_insert_state",
         "INSERT INTO workflow_state (workflow_id, position, code, name, kind, category, x, y)"
         " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"},
        {"workflow_insert_transition",
         "INSERT INTO workflow_transition (workflow_id, position, code, from_state, to_state, name, roles,"
         " required_fields, optional_fields) VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8::text[], $9::text[])"},
        {"workflow_insert_effect",
         "INSERT INTO workflow_effect (workflow_id, transition_code, position, type, param) VALUES ($1, $2, $3, $4, $5)"},
        {"workflow_running_outside",
         "SELECT state, count(*) FROM ticket WHERE workflow_id = $1 AND state_category <> 'closed'"
         " AND NOT (state = ANY ($2::text[])) GROUP BY state ORDER BY state"},
        {"workflow_list_latest",
         "SELECT " CSM_WORKFLOW_HEADER_COLUMNS " FROM (SELECT DISTINCT ON (service_type) * FROM workflow"
         " ORDER BY service_type, version DESC) AS w LEFT JOIN app_user u ON u.id = w.created_by"
         " ORDER BY w.service_type"},
        {"workflow_list_versions",
         "SELECT " CSM_WORKFLOW_HEADER_COLUMNS " FROM workflow w LEFT JOIN app_user u ON u.id = w.created_by"
         " WHERE w.service_type = $1 ORDER BY w.version DESC"},
        {"workflow_audit",
         "INSERT INTO audit_log (user_id, action, entity, entity_id, detail) VALUES ($1, $2, 'workflow', $3, $4::jsonb)"},
    });
}

std::optional<qint64> WorkflowRepository::latestId(pqxx::transaction_base& tx, const QString& serviceType)
{
    const auto result = tx.exec_prepared("workflow_latest_id", serviceType.toStdString());
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<qint64>();
}

std::optional<qint64> WorkflowRepository::versionId(pqxx::transaction_base& tx, const QString& serviceType, int version)
{
    const auto result = tx.exec_prepared("workflow_version_id", serviceType.toStdString(), version);
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<qint64>();
}

std::optional<std::pair<qint64, int>> WorkflowRepository::lockLatest(pqxx::transaction_base& tx,
                                                                     const QString& serviceType)
{
    const auto result = tx.exec_prepared("workflow_lock_latest", serviceType.toStdString());
    if (result.empty())
        return std::nullopt;
    return std::make_pair(result[0][0].as<qint64>(), result[0][1].as<int>());
}

StoredWorkflow WorkflowRepository::read(pqxx::transaction_base& tx, qint64 id)
{
    const auto head = tx.exec_prepared("workflow_head", id);
    if (head.empty())
        throw std::runtime_error("workflow " + std::to_string(id) + " does not exist");
    StoredWorkflow stored;
    stored.id = id;
    common::WorkflowDefinition& d = stored.definition;
    d.serviceType = toQt(head[0][1]);
    d.version = head[0][2].as<int>();
    d.name = toQt(head[0][3]);
    stored.createdBy = head[0][4].as<qint64>();
    stored.createdByName = toQt(head[0][5]);
    stored.createdAt = db::fromIso(head[0][6]);

    for (const auto& row : tx.exec_prepared("workflow_states", id)) {
        common::WorkflowState state;
        state.code = toQt(row[0]);
        state.name = toQt(row[1]);
        state.kind = common::workflowStateKindFromCode(toQt(row[2]));
        state.category = toQt(row[3]);
        state.x = row[4].as<double>();
        state.y = row[5].as<double>();
        d.states.append(state);
    }
    for (const auto& row : tx.exec_prepared("workflow_transitions", id)) {
        common::WorkflowTransition transition;
        transition.code = toQt(row[0]);
        transition.from = toQt(row[1]);
        transition.to = toQt(row[2]);
        transition.name = toQt(row[3]);
        transition.roles = db::parseTextArray(row[4]);
        transition.requiredFields = db::parseTextArray(row[5]);
        transition.optionalFields = db::parseTextArray(row[6]);
        d.transitions.append(transition);
    }
    for (const auto& row : tx.exec_prepared("workflow_effects", id)) {
        const QString code = toQt(row[0]);
        for (common::WorkflowTransition& transition : d.transitions) {
            if (transition.code == code) {
                transition.effects.append(common::WorkflowEffect{toQt(row[1]), toQt(row[2])});
                break;
            }
        }
    }
    return stored;
}

qint64 WorkflowRepository::insert(pqxx::transaction_base& tx, const common::WorkflowDefinition& d, int version,
                                  qint64 createdBy)
{
    const qint64 id = tx.exec_prepared1("workflow_insert", d.serviceType.toStdString(), version, d.name.toStdString(),
                                        createdBy)[0]
                          .as<qint64>();
    int position = 0;
    for (const common::WorkflowState& state : d.states) {
        tx.exec_prepared0("workflow_insert_state", id, position++, state.code.toStdString(), state.name.toStdString(),
                          common::workflowStateKindCode(state.kind).toStdString(),
                          state.effectiveCategory().toStdString(), state.x, state.y);
    }
    position = 0;
    for (const common::WorkflowTransition& t : d.transitions) {
        tx.exec_prepared0("workflow_insert_transition", id, position++, t.code.toStdString(), t.from.toStdString(),
                          t.to.toStdString(), t.name.toStdString(), db::textArrayLiteral(t.roles),
                          db::textArrayLiteral(t.requiredFields), db::textArrayLiteral(t.optionalFields));
        int effectPosition = 0;
        for (const common::WorkflowEffect& effect : t.effects)
            tx.exec_prepared0("workflow_insert_effect", id, t.code.toStdString(), effectPosition++,
                              effect.type.toStdString(), effect.param.toStdString());
    }
    return id;
}

std::vector<std::pair<QString, qint64>> WorkflowRepository::runningOutside(pqxx::transaction_base& tx,
                                                                           qint64 workflowId,
                                                                           const QStringList& keptStates)
{
    std::vector<std::pair<QString, qint64>> used;
    for (const auto& row : tx.exec_prepared("workflow_running_outside", workflowId, db::textArrayLiteral(keptStates)))
        used.emplace_back(toQt(row[0]), row[1].as<qint64>());
    return used;
}

std::vector<WorkflowHeader> WorkflowRepository::listLatest(pqxx::transaction_base& tx)
{
    return readHeaders(tx.exec_prepared("workflow_list_latest"));
}

std::vector<WorkflowHeader> WorkflowRepository::listVersions(pqxx::transaction_base& tx, const QString& serviceType)
{
    return readHeaders(tx.exec_prepared("workflow_list_versions", serviceType.toStdString()));
}

void WorkflowRepository::audit(pqxx::transaction_base& tx, qint64 userId, const QString& action, qint64 workflowId,
                               const QString& detailJson)
{
    tx.exec_prepared0("workflow_audit", userId, action.toStdString(), workflowId, detailJson.toStdString());
}

WorkflowPtr WorkflowStore::get(pqxx::transaction_base& tx, qint64 id)
{
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_loaded.find(id);
        if (it != m_loaded.end())
            return it->second;
    }
    // Read outside the lock; two threads may read the same version, both get equal copies.
    auto loaded = std::make_shared<const StoredWorkflow>(WorkflowRepository::read(tx, id));
    std::lock_guard lock(m_mutex);
    return m_loaded.emplace(id, std::move(loaded)).first->second;
}

} // namespace csm::server::workflows
