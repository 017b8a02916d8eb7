#pragma once
// All SQL of workflows, and the store that keeps loaded versions in memory: a saved version never
// changes, so a version once read is cached for the life of the process (keyed by its id).
#include "common/model/workflow.h"
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <QDateTime>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace csm::server::workflows {

struct StoredWorkflow {
    qint64 id = 0;
    common::WorkflowDefinition definition;   // version and service type included
    qint64 createdBy = 0;
    QString createdByName;
    QDateTime createdAt;
};
using WorkflowPtr = std::shared_ptr<const StoredWorkflow>;

struct WorkflowHeader {
    qint64 id = 0;
    QString serviceType;
    int version = 0;
    QString name;
    int stateCount = 0;
    int transitionCount = 0;
    bool latest = false;
    qint64 createdBy = 0;
    QString createdByName;
    QDateTime createdAt;
};

class WorkflowRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    // The id of the latest version of the service type's flow, or of the given version.
    static std::optional<qint64> latestId(pqxx::transaction_base& tx, const QString& serviceType);
    static std::optional<qint64> versionId(pqxx::transaction_base& tx, const QString& serviceType, int version);
    // The latest version's id and number, locked against concurrent saves of the same type.
    static std::optional<std::pair<qint64, int>> lockLatest(pqxx::transaction_base& tx, const QString& serviceType);
    static StoredWorkflow read(pqxx::transaction_base& tx, qint64 id);   // throws when missing
    // Inserts the definition as version `version`; returns its id.
    static qint64 insert(pqxx::transaction_base& tx, const common::WorkflowDefinition& definition, int version,
                         qint64 createdBy);
    // States of `workflowId` outside `keptStates` that running (not closed) orders are in, with counts.
    static std::vector<std::pair<QString, qint64>> runningOutside(pqxx::transaction_base& tx, qint64 workflowId,
                                                                  const QStringList& keptStates);
    static std::vector<WorkflowHeader> listLatest(pqxx::transaction_base& tx);
    static std::vector<WorkflowHeader> listVersions(pqxx::transaction_base& tx, const QString& serviceType);
    static void audit(pqxx::transaction_base& tx, qint64 userId, const QString& action, qint64 workflowId,
                      const QString& detailJson);
};

// Loaded versions, shared by the workflows and tickets modules (one store per module registry).
class WorkflowStore {
public:
    WorkflowPtr get(pqxx::transaction_base& tx, qint64 id);

private:
    std::mutex m_mutex;
    std::map<qint64, WorkflowPtr> m_loaded;
};
using WorkflowStorePtr = std::shared_ptr<WorkflowStore>;

} // namespace csm::server::workflows
