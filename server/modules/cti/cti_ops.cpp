#include "server/modules/cti/cti_ops.h"

#include "common/domain/phone.h"
#include "server/cti/cti_service.h"
#include "server/modules/cti/agent_service.h"
#include "server/modules/cti/cti_repository.h"
#include "server/rpc/api_error.h"

#include <QPointer>
#include <QRegularExpression>
#include <QUuid>

namespace csm::server::cti {

using common::ErrorCode;
using common::OpId;

namespace {

const QRegularExpression kExtension(QStringLiteral("^[0-9]{2,8}$"));

// The service, or an error when the server runs without telephony (handler tests).
CtiService& serviceOr(CtiService* service)
{
    if (!service)
        throw ApiError(ErrorCode::Internal, QStringLiteral("telephony is not available in this server"));
    return *service;
}

void requirePbx(const CtiService& service)
{
    if (service.pbxConfigured() && !service.pbxConnected())
        throw ApiError(ErrorCode::Busy, QStringLiteral("the telephone system is not connected; try again shortly"));
}

QString requiredExtension(const Args& args, const QString& field)
{
    const QString extension = args.requiredString(field, 8);
    if (!kExtension.match(extension).hasMatch())
        throw ApiError::validation(field, QStringLiteral("an extension is 2 to 8 digits"));
    return extension;
}

// A number to dial or to call from: anything normalizePhone accepts; returned as typed digits.
QString requiredNumber(const Args& args, const QString& field)
{
    const QString number = args.requiredString(field, 40);
    const auto phone = common::normalizePhone(number);
    if (!phone)
        throw ApiError::validation(field, QStringLiteral("not a phone number"));
    return phone->digits;
}

// Runs `action` on the network thread after the reply; a failure reaches the user as `cti.error`.
template <typename Action>
void handOff(Effects& effects, qint64 userId, CtiService& service, const QString& name, Action action)
{
    QPointer<CtiService> target(&service);
    effects.afterReply.push_back([target, userId, name, action] {
        if (!target)
            return;
        QString error;
        if (!action(*target, &error))
            target->reportFailure(userId, name, error);
    });
}

QCborMap keyResult(const QString& callKey)
{
    QCborMap result;
    result.insert(QStringLiteral("call_key"), callKey);
    return result;
}

} // namespace

void registerCtiModule(ModuleRegistry& registry, CtiService* service)
{
    registry.addModule(QStringLiteral("cti"), {QStringLiteral("auth"), QStringLiteral("customers"), QStringLiteral("products")});
    CtiRepository::registerStatements(registry);

    registry.addHandler(OpId::AgentLogin, [](OpContext& context, const Args& args) -> QCborValue {
        return AgentService::login(context.tx(), context.session(), args, context.effects().pushes);
    });
    registry.addHandler(OpId::AgentLogout, [](OpContext& context, const Args&) -> QCborValue {
        return AgentService::logout(context.tx(), context.session(), context.effects().pushes);
    });
    registry.addHandler(OpId::AgentStateSet, [](OpContext& context, const Args& args) -> QCborValue {
        return AgentService::setState(context.tx(), context.session(), args, context.effects().pushes);
    });
    registry.addHandler(OpId::AgentStateGet, [](OpContext& context, const Args&) -> QCborValue {
        return AgentService::state(context.tx(), context.session());
    });
    registry.addHandler(OpId::CtiCallWrapup, [](OpContext& context, const Args& args) -> QCborValue {
        return AgentService::wrapUp(context.tx(), context.session(), args, context.effects().pushes);
    });
    registry.addHandler(OpId::CtiCallList, [](OpContext& context, const Args& args) -> QCborValue {
        return AgentService::listCalls(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::CtiWallboard, [](OpContext& context, const Args&) -> QCborValue {
        return AgentService::wallboard(context.tx(), context.session());
    });

    // Click-to-dial: the agent's phone rings first, then the number is dialled.
    registry.addHandler(OpId::CtiDial, [service](OpContext& context, const Args& args) -> QCborValue {
        CtiService& cti = serviceOr(service);
        requirePbx(cti);
        const QString number = requiredNumber(args, QStringLiteral("number"));
        const QString extension = AgentService::extensionOf(context.tx(), context.session());
        const QString reference = QUuid::createUuid().toString(QUuid::WithoutBraces);
        handOff(context.effects(), context.session().userId, cti, QStringLiteral("dial"), [extension, number, reference](CtiService& target, QString* error) {
            return target.dial(extension, number, reference, error);
        });
        QCborMap result;
        result.insert(QStringLiteral("reference"), reference);
        result.insert(QStringLiteral("extension"), extension);
        result.insert(QStringLiteral("number"), number);
        return result;
    });
    registry.addHandler(OpId::CtiCallAnswer, [service](OpContext& context, const Args& args) -> QCborValue {
        CtiService& cti = serviceOr(service);
        const QString callKey = args.requiredString(QStringLiteral("call_key"), 200);
        handOff(context.effects(), context.session().userId, cti, QStringLiteral("answer"), [callKey](CtiService& target, QString* error) {
            return target.answer(callKey, error);
        });
        return keyResult(callKey);
    });
    registry.addHandler(OpId::CtiCallHangup, [service](OpContext& context, const Args& args) -> QCborValue {
        CtiService& cti = serviceOr(service);
        const QString callKey = args.requiredString(QStringLiteral("call_key"), 200);
        const QString extension = AgentService::extensionOf(context.tx(), context.session());
        handOff(context.effects(), context.session().userId, cti, QStringLiteral("hangup"), [callKey, extension](CtiService& target, QString* error) {
            return target.hangup(callKey, extension, error);
        });
        return keyResult(callKey);
    });

    // Telephony health: the PBX link and the screen-pop latency (the benchmark reads it too).
    registry.addHandler(OpId::CtiStats, [service](OpContext&, const Args& args) -> QCborValue {
        CtiService& cti = serviceOr(service);
        const CtiService::PopLatency latency = cti.popLatency();
        if (args.boolOr(QStringLiteral("reset"), false))
            cti.resetPopLatency();
        const auto figures = [](const CtiService::PopLatency::Figures& f) {
            QCborMap map;
            map.insert(QStringLiteral("p50_ms"), f.p50Ms);
            map.insert(QStringLiteral("p99_ms"), f.p99Ms);
            map.insert(QStringLiteral("max_ms"), f.maxMs);
            return map;
        };
        QCborMap pop = figures(latency.total);
        pop.insert(QStringLiteral("count"), latency.pops);
        QCborMap stages;
        stages.insert(QStringLiteral("queue"), figures(latency.queue));
        stages.insert(QStringLiteral("lookup"), figures(latency.lookup));
        stages.insert(QStringLiteral("deliver"), figures(latency.deliver));
        pop.insert(QStringLiteral("stages"), stages);
        QCborMap result;
        result.insert(QStringLiteral("pbx_configured"), cti.pbxConfigured());
        result.insert(QStringLiteral("pbx_connected"), cti.pbxConnected());
        result.insert(QStringLiteral("screen_pop"), pop);
        return result;
    });

    // The simulator: the same server path as a PBX's events. Inline: answered on the network
    // thread, where the simulator lives, without a database worker.
    registry.addInlineHandler(OpId::CtiSimRing, [service](const Session&, const Args& args, Effects& effects) -> QCborValue {
        CtiService& cti = serviceOr(service);
        // The caller as a PBX would deliver it: may be withheld ("anonymous") or international.
        const QString from = args.stringOr(QStringLiteral("from"), 40, QString());
        const QString to = requiredExtension(args, QStringLiteral("to"));
        const QString queue = args.stringOr(QStringLiteral("queue"), 80, QString());
        const QString callKey = QStringLiteral("sim-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QPointer<CtiService> target(&cti);
        effects.afterReply.push_back([target, callKey, from, to, queue] {
            if (target)
                target->simulator().ring(callKey, from, to, queue);
        });
        return keyResult(callKey);
    });
    registry.addInlineHandler(OpId::CtiSimAnswer, [service](const Session& session, const Args& args, Effects& effects) -> QCborValue {
        CtiService& cti = serviceOr(service);
        const QString callKey = args.requiredString(QStringLiteral("call_key"), 200);
        handOff(effects, session.userId, cti, QStringLiteral("sim.answer"), [callKey](CtiService& target, QString* error) {
            return target.simulator().answer(callKey, error);
        });
        return keyResult(callKey);
    });
    registry.addInlineHandler(OpId::CtiSimHangup, [service](const Session& session, const Args& args, Effects& effects) -> QCborValue {
        CtiService& cti = serviceOr(service);
        const QString callKey = args.requiredString(QStringLiteral("call_key"), 200);
        const QString by = args.stringOr(QStringLiteral("by"), 10, QStringLiteral("caller"));
        if (by != QLatin1String("caller") && by != QLatin1String("agent"))
            throw ApiError::validation(QStringLiteral("by"), QStringLiteral("must be caller or agent"));
        const bool byAgent = by == QLatin1String("agent");
        handOff(effects, session.userId, cti, QStringLiteral("sim.hangup"), [callKey, byAgent](CtiService& target, QString* error) {
            return target.simulator().hangupCall(callKey, byAgent, error);
        });
        return keyResult(callKey);
    });
}

} // namespace csm::server::cti
