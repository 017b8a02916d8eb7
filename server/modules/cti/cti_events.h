#pragma once
// The events the cti module pushes, built in one place (their shapes are in docs/protocol.md).
#include "server/modules/cti/cti_repository.h"
#include "server/rpc/push.h"

#include <QCborMap>

namespace csm::server::cti {

inline constexpr const char* kWallboardPermission = "cti.wallboard";

QCborMap agentToCbor(const AgentRow& agent);
QCborMap callToCbor(const CallRow& call);
QCborMap figuresToCbor(const CallFigures& figures);

// `agent.state` to the agent and to the wallboard, for each changed row.
void pushAgentChanges(Pushes& pushes, const std::vector<AgentRow>& changed);
// `wallboard.calls` to the wallboard.
void pushFigures(Pushes& pushes, const CallFigures& figures);

} // namespace csm::server::cti
