#include "server/modules/cti/agent_service.h"

#include "server/modules/cti/cti_events.h"
#include "server/rpc/api_error.h"

#include <QCborArray>

namespace csm::server::cti {
namespace {

const QRegularExpression kExtensionPattern(QStringLiteral("^[0-9]{2,8}$"));

QCborMap agentResult(pqxx::transaction_base& tx, const Session& session)
{
    QCborMap result;
    const auto agent = CtiRepository::agent(tx, session.userId);
    if (agent && agent->state != QLatin1String("logged_out"))
        return agentToCbor(*agent);
    result.insert(QStringLiteral("user_id"), session.userId);
    result.insert(QStringLiteral("display_name"), session.displayName);
    result.insert(QStringLiteral("state"), QStringLiteral("logged_out"));
    result.insert(QStringLiteral("extension"), CtiRepository::assignedExtension(tx, session.userId).value_or(QString()));
    return result;
}

} // namespace

QCborMap AgentService::login(pqxx::transaction_base& tx, const Session& session, const Args& args, Pushes& pushes)
{
    QString extension = args.stringOr(QStringLiteral("extension"), 8, QString());
    if (extension.isEmpty())
        extension = CtiRepository::assignedExtension(tx, session.userId).value_or(QString());
    if (extension.isEmpty())
        throw ApiError::validation(QStringLiteral("extension"), QStringLiteral("no extension given and none assigned"));
    if (!kExtensionPattern.match(extension).hasMatch())
        throw ApiError::validation(QStringLiteral("extension"), QStringLiteral("an extension is 2 to 8 digits"));
    const auto owner = CtiRepository::extensionOwner(tx, extension);
    if (owner && owner->loggedIn && owner->userId != session.userId)
        throw ApiError::conflict(QStringLiteral("another agent is logged in at extension %1").arg(extension));
    pushAgentChanges(pushes, CtiRepository::login(tx, session.userId, extension));
    return agentResult(tx, session);
}

QCborMap AgentService::logout(pqxx::transaction_base& tx, const Session& session, Pushes& pushes)
{
    const auto agent = CtiRepository::agent(tx, session.userId);
    if (agent && (agent->state == QLatin1String("ringing") || agent->state == QLatin1String("on_call")))
        throw ApiError::conflict(QStringLiteral("finish the call before logging out"));
    pushAgentChanges(pushes, CtiRepository::logout(tx, session.userId));
    return agentResult(tx, session);
}

QCborMap AgentService::setState(pqxx::transaction_base& tx, const Session& session, const Args& args, Pushes& pushes)
{
    const QString state = args.requiredString(QStringLiteral("state"), 20);
    if (state != QLatin1String("ready") && state != QLatin1String("not_ready"))
        throw ApiError::validation(QStringLiteral("state"), QStringLiteral("must be ready or not_ready"));
    const QString reason = args.stringOr(QStringLiteral("reason"), 100, QString());
    if (state == QLatin1String("not_ready") && reason.isEmpty())
        throw ApiError::validation(QStringLiteral("reason"), QStringLiteral("say why you are not ready"));
    const auto agent = CtiRepository::agent(tx, session.userId);
    if (!agent || agent->state == QLatin1String("logged_out"))
        throw ApiError::conflict(QStringLiteral("log in to an extension first"));
    const auto changed = CtiRepository::setAvailability(tx, session.userId, state,
                                                        state == QLatin1String("ready") ? QString() : reason);
    if (changed.empty())
        throw ApiError::conflict(QStringLiteral("the state cannot change during a call"));
    pushAgentChanges(pushes, changed);
    return agentToCbor(changed.front());
}

QCborMap AgentService::state(pqxx::transaction_base& tx, const Session& session)
{
    return agentResult(tx, session);
}

QString AgentService::extensionOf(pqxx::transaction_base& tx, const Session& session)
{
    const auto agent = CtiRepository::agent(tx, session.userId);
    if (agent && agent->state != QLatin1String("logged_out") && !agent->extension.isEmpty())
        return agent->extension;
    const auto assigned = CtiRepository::assignedExtension(tx, session.userId);
    if (!assigned)
        throw ApiError::validation(QStringLiteral("extension"), QStringLiteral("you are not at an extension"));
    return *assigned;
}

QCborMap AgentService::wrapUp(pqxx::transaction_base& tx, const Session& session, const Args& args, Pushes& pushes)
{
    const QString callKey = args.requiredString(QStringLiteral("call_key"), 200);
    const auto call = CtiRepository::findCall(tx, callKey);
    if (!call)
        throw ApiError::notFound(QStringLiteral("call"));
    if (call->agentId != session.userId && !session.can(QString::fromLatin1(kWallboardPermission)))
        throw ApiError::permissionDenied(QStringLiteral("this call was taken by another agent"));
    const auto customerId = args.optionalInt(QStringLiteral("customer_id"), 1, std::numeric_limits<qint64>::max());
    if (customerId && *customerId != call->customerId) {
        if (!CtiRepository::customerInScope(tx, *customerId, session.orgPath))
            throw ApiError::validation(QStringLiteral("customer_id"), QStringLiteral("no such customer"));
        CtiRepository::setCustomer(tx, call->id, *customerId);
    }
    const auto summary = args.optionalString(QStringLiteral("summary"), 4000);
    // The agent may write the summary once they have left the call, even while the caller is
    // still connected (to a survey IVR, or a hang-up event still on its way from the PBX).
    const auto agent = CtiRepository::agent(tx, session.userId);
    const bool agentLeft = agent && agent->state == QLatin1String("wrap_up") && agent->callKey == callKey;
    if (call->ended || agentLeft) {
        CtiRepository::recordContact(tx, call->id);
        if (summary)
            CtiRepository::setContactSummary(tx, call->id, *summary);
        const QDateTime wrapStart = call->ended ? call->endedAt : agent->since;
        const qint64 seconds = std::max<qint64>(0, wrapStart.secsTo(QDateTime::currentDateTimeUtc()));
        if (call->wrapUpSeconds < 0)
            CtiRepository::setWrapUp(tx, call->id, static_cast<int>(std::min<qint64>(seconds, 24 * 3600)));
    } else if (summary) {
        throw ApiError::conflict(QStringLiteral("the call is still going on; write the summary after it ends"));
    }
    const QString next = args.stringOr(QStringLiteral("next_state"), 20, QStringLiteral("ready"));
    if (next != QLatin1String("ready") && next != QLatin1String("not_ready"))
        throw ApiError::validation(QStringLiteral("next_state"), QStringLiteral("must be ready or not_ready"));
    if (agentLeft) {
        const QString reason = args.stringOr(QStringLiteral("reason"), 100, QString());
        if (next == QLatin1String("not_ready") && reason.isEmpty())
            throw ApiError::validation(QStringLiteral("reason"), QStringLiteral("say why you are not ready"));
        pushAgentChanges(pushes, CtiRepository::setAvailability(tx, session.userId, next, reason));
    }
    QCborMap result = callToCbor(*CtiRepository::findCall(tx, callKey));
    result.insert(QStringLiteral("agent"), agentResult(tx, session));
    return result;
}

QCborMap AgentService::wallboard(pqxx::transaction_base& tx, const Session& session)
{
    QCborArray agents;
    for (const AgentRow& agent : CtiRepository::agents(tx, session.orgPath))
        agents.append(agentToCbor(agent));
    QCborMap result;
    result.insert(QStringLiteral("agents"), agents);
    result.insert(QStringLiteral("calls"), figuresToCbor(CtiRepository::figures(tx)));
    return result;
}

QCborMap AgentService::listCalls(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const auto customerId = args.optionalInt(QStringLiteral("customer_id"), 1, std::numeric_limits<qint64>::max());
    auto agentId = args.optionalInt(QStringLiteral("agent_id"), 1, std::numeric_limits<qint64>::max());
    if (!customerId && !agentId)
        agentId = session.userId; // my calls
    if (agentId && *agentId != session.userId && !session.can(QString::fromLatin1(kWallboardPermission)))
        throw ApiError::permissionDenied(QStringLiteral("only supervisors see other agents' calls"));
    const qint64 before = args.optionalInt(QStringLiteral("before"), 1, std::numeric_limits<qint64>::max())
                              .value_or(std::numeric_limits<qint64>::max());
    const int limit = static_cast<int>(args.optionalInt(QStringLiteral("limit"), 1, 200).value_or(50));
    QCborArray items;
    qint64 last = 0;
    const auto calls = CtiRepository::listCalls(tx, customerId, agentId, session.orgPath, before, limit);
    for (const CallRow& call : calls) {
        items.append(callToCbor(call));
        last = call.id;
    }
    QCborMap result;
    result.insert(QStringLiteral("items"), items);
    result.insert(QStringLiteral("cursor"), static_cast<int>(calls.size()) == limit ? QCborValue(last)
                                                                                   : QCborValue(QCborValue::Null));
    return result;
}

} // namespace csm::server::cti
