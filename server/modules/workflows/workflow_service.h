#pragma once
// The rules of workflow storage: get by service type (latest or a version), list, and save as a
// new version after validateWorkflow(), refusing to drop a state that running orders of the
// current version are in.
#include "server/modules/workflows/workflow_repository.h"
#include "server/rpc/args.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <QCborMap>

namespace csm::server::workflows {

class WorkflowService {
public:
    explicit WorkflowService(WorkflowStorePtr store) : m_store(std::move(store)) {}

    QCborMap get(pqxx::transaction_base& tx, const Args& args) const;
    QCborMap list(pqxx::transaction_base& tx, const Args& args) const;
    QCborMap save(pqxx::transaction_base& tx, const Session& session, const Args& args) const;

    // The wire form of a stored version: the definition plus id, latest, created_at, created_by.
    static QCborMap toCbor(const StoredWorkflow& stored, bool latest);

private:
    WorkflowStorePtr m_store;
};

} // namespace csm::server::workflows
