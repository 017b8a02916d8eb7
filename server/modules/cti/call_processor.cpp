#include "server/modules/cti/call_processor.h"

#include "common/domain/phone.h"
#include "server/modules/cti/cti_events.h"
#include "server/modules/cti/cti_repository.h"

#include <spdlog/spdlog.h>

#include <QCborArray>

namespace csm::server::cti {
namespace {

constexpr int kMaxAttempts = 3;

QString directionName(CallDirection direction)
{
    switch (direction) {
    case CallDirection::Inbound: return QStringLiteral("inbound");
    case CallDirection::Outbound: return QStringLiteral("outbound");
    case CallDirection::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("inbound");
}

// The customer's side of the call, normalised; nullopt when withheld, empty or not a number.
std::optional<common::NormalizedPhone> customerSide(const CallEvent& event)
{
    const QString& number = event.direction == CallDirection::Outbound ? event.called : event.caller;
    return common::normalizePhone(number);
}

NewCall newCallFrom(const CallEvent& event)
{
    NewCall call;
    call.callKey = event.callKey;
    call.source = event.source == QLatin1String("ami") ? QStringLiteral("ami") : QStringLiteral("sim");
    call.direction = directionName(event.direction);
    call.callerNumber = event.caller.left(40);
    call.calledNumber = event.called.left(40);
    if (const auto phone = customerSide(event))
        call.customerNumber = phone->digits;
    call.offeredAt = event.at;
    return call;
}

std::vector<PopCustomer> matchCustomers(pqxx::transaction_base& tx, const CallEvent& event, const std::string& scope)
{
    const auto phone = customerSide(event);
    if (!phone)
        return {};
    const bool localOnly = phone->kind == common::PhoneKind::Landline && phone->areaCode.isEmpty();
    return CtiRepository::customersByNumber(tx, localOnly ? phone->local : phone->digits, localOnly, scope);
}

PopLookup lookupCaller(pqxx::transaction_base& tx, const CallEvent& event, const std::string& scope)
{
    const auto phone = customerSide(event);
    if (!phone)
        return {};
    const bool localOnly = phone->kind == common::PhoneKind::Landline && phone->areaCode.isEmpty();
    return CtiRepository::popLookup(tx, localOnly ? phone->local : phone->digits, localOnly, scope, phone->digits,
                                    event.callKey);
}

// `call.ringing`: the screen pop (its shape is in docs/protocol.md).
Push popPush(const CallEvent& event, qint64 userId, const PopLookup& lookup, const QString& queue,
             const QString& direction)
{
    QCborArray customers;
    for (const PopCustomer& customer : lookup.customers) {
        QCborMap item;
        item.insert(QStringLiteral("id"), customer.id);
        item.insert(QStringLiteral("name"), customer.name);
        item.insert(QStringLiteral("vip_level"), customer.vipLevel);
        item.insert(QStringLiteral("address"), customer.address);
        QCborMap warranty;
        warranty.insert(QStringLiteral("products"), customer.warranty.products);
        warranty.insert(QStringLiteral("in_warranty"), customer.warranty.inWarranty);
        warranty.insert(QStringLiteral("expiring"), customer.warranty.expiring);
        warranty.insert(QStringLiteral("expired"), customer.warranty.expired);
        warranty.insert(QStringLiteral("next_end"), customer.warranty.nextEnd);
        item.insert(QStringLiteral("warranty"), warranty);
        customers.append(item);
    }
    const auto phone = customerSide(event);
    QCborMap repeat;
    repeat.insert(QStringLiteral("calls_7d"), lookup.recentCalls);
    QCborMap data;
    data.insert(QStringLiteral("call_key"), event.callKey);
    data.insert(QStringLiteral("caller"), phone ? phone->digits : QString());
    data.insert(QStringLiteral("caller_raw"), event.direction == CallDirection::Outbound ? event.called : event.caller);
    data.insert(QStringLiteral("withheld"), !phone.has_value());
    data.insert(QStringLiteral("extension"), event.extension);
    data.insert(QStringLiteral("queue"), queue);
    data.insert(QStringLiteral("direction"), direction);
    data.insert(QStringLiteral("customers"), customers);
    data.insert(QStringLiteral("repeat"), repeat);
    return Push::toUser(userId, {QStringLiteral("call.ringing"), data});
}

class Run {
public:
    // `known`: the call as the previous event of the same batch left it (locked already in this
    // transaction), or empty. It is kept current for the next event.
    Run(pqxx::transaction_base& tx, const CallEvent& event, std::optional<CallRow>& known, bool popsSent)
        : m_tx(tx), m_event(event), m_known(known), m_popsSent(popsSent)
    {
    }

    Pushes process()
    {
        Pushes pushes = run();
        m_known = m_call;
        return pushes;
    }

private:
    Pushes run()
    {
        if (m_known && m_known->callKey == m_event.callKey)
            m_call = *m_known;
        else
            m_call = CtiRepository::lockOrCreateCall(m_tx, newCallFrom(m_event), m_event.kind == CallEventKind::Offered);
        if (m_call.ended && m_event.kind != CallEventKind::Ended) {
            spdlog::debug("cti: {} event for a call that has ended; ignored",
                          callEventKindName(m_event.kind).toStdString());
            return {};
        }
        if (!m_event.recording.isEmpty() && m_event.recording != m_call.recording) {
            CtiRepository::setRecording(m_tx, m_call.id, m_event.recording.left(500));
            m_call.recording = m_event.recording.left(500);
        }
        switch (m_event.kind) {
        case CallEventKind::Offered:
            break; // the record is all: the customer is matched by the pop or at the end
        case CallEventKind::Queued:
            CtiRepository::setQueued(m_tx, m_call.id, m_event.queue.left(80), m_event.at);
            m_call.queue = m_event.queue;
            break;
        case CallEventKind::Ringing:
            ringing();
            break;
        case CallEventKind::Answered:
            answered();
            break;
        case CallEventKind::AgentLeft:
            pushAgentChanges(m_pushes, CtiRepository::startWrapUp(m_tx, m_call.callKey, m_event.extension, m_event.at));
            break;
        case CallEventKind::Abandoned:
        case CallEventKind::Ended:
            ended();
            break;
        }
        return std::move(m_pushes);
    }

    // The call's customer when its number is one customer's. Unscoped: the call belongs to the
    // call center; agents see it through their own scope.
    void linkSingleCustomer()
    {
        if (m_call.customerId != 0 || m_call.customerNumber.isEmpty())
            return;
        const auto customers = matchCustomers(m_tx, m_event, "");
        if (customers.size() == 1) {
            CtiRepository::setCustomer(m_tx, m_call.id, customers.front().id);
            m_call.customerId = customers.front().id;
        }
    }

    void ringing()
    {
        if (m_event.extension.isEmpty())
            return;
        const auto owner = CtiRepository::extensionOwner(m_tx, m_event.extension);
        // The pop first (it leaves before the bookkeeping). A queue rings several agents: the
        // pop goes to the one who answers (AgentConnect).
        if (owner && m_call.queue.isEmpty() && m_call.direction != QLatin1String("outbound"))
            screenPop(*owner);
        CtiRepository::setRinging(m_tx, m_call.id, m_event.extension, m_event.at);
        if (!m_call.answered)
            m_call.extension = m_event.extension.left(8);
        if (!owner) {
            spdlog::info("cti: a call rings at extension {} where no agent sits", m_event.extension.toStdString());
            return;
        }
        if (owner->loggedIn)
            pushAgentChanges(m_pushes, CtiRepository::ring(m_tx, owner->userId, m_call.callKey, m_event.at));
    }

    void answered()
    {
        const auto owner = m_event.extension.isEmpty() ? std::nullopt
                                                       : CtiRepository::extensionOwner(m_tx, m_event.extension);
        const qint64 agentId = owner ? owner->userId : 0;
        if (!m_event.queue.isEmpty() && m_call.queue.isEmpty()) {
            CtiRepository::setQueued(m_tx, m_call.id, m_event.queue.left(80), m_event.at);
            m_call.queue = m_event.queue.left(80);
        }
        if (owner && m_call.direction != QLatin1String("outbound"))
            screenPop(*owner);
        CtiRepository::setAnswered(m_tx, m_call.id, m_event.extension.left(8), agentId, m_event.at);
        m_call.answered = true;
        m_call.extension = m_event.extension.left(8);
        m_call.agentId = agentId;
        pushAgentChanges(m_pushes, CtiRepository::stopRinging(m_tx, m_call.callKey, agentId, m_event.at));
        if (!owner)
            return;
        if (owner->loggedIn)
            pushAgentChanges(m_pushes, CtiRepository::onCall(m_tx, owner->userId, m_call.callKey, m_event.at));
        pushCallUpdate(owner->userId, QStringLiteral("answered"), {});
    }

    void ended()
    {
        const QString& hint = m_event.outcomeHint;
        QString outcome = QStringLiteral("abandoned");
        if (m_call.answered)
            outcome = QStringLiteral("answered");
        else if (hint == QLatin1String("timeout") || hint == QLatin1String("voicemail"))
            outcome = hint;
        if (!CtiRepository::setEnded(m_tx, m_call.id, outcome, m_event.at))
            return; // ended before (an Abandoned followed by its Ended)
        m_call.ended = true;
        m_call.outcome = outcome;
        pushAgentChanges(m_pushes, CtiRepository::stopRinging(m_tx, m_call.callKey, 0, m_event.at));
        pushAgentChanges(m_pushes, CtiRepository::startWrapUp(m_tx, m_call.callKey, QString(), m_event.at));
        linkSingleCustomer();
        CtiRepository::recordContact(m_tx, m_call.id);
        qint64 deskUser = m_call.agentId;
        if (deskUser == 0 && !m_call.extension.isEmpty()) {
            if (const auto owner = CtiRepository::extensionOwner(m_tx, m_call.extension))
                deskUser = owner->userId; // the desk that rang (and popped) learns the call went away
        }
        if (deskUser != 0)
            pushCallUpdate(deskUser, QStringLiteral("ended"), outcome);
    }

    void screenPop(const ExtensionOwner& owner)
    {
        if (!CtiRepository::markPopped(m_tx, m_call.id, owner.userId) || m_popsSent)
            return;
        const PopLookup lookup = lookupCaller(m_tx, m_event, owner.orgPath);
        m_pushes.push_back(popPush(m_event, owner.userId, lookup, m_call.queue, m_call.direction));
        if (lookup.customers.size() == 1 && m_call.customerId == 0) {
            CtiRepository::setCustomer(m_tx, m_call.id, lookup.customers.front().id);
            m_call.customerId = lookup.customers.front().id;
        }
    }

    void pushCallUpdate(qint64 userId, const QString& state, const QString& outcome)
    {
        QCborMap data;
        data.insert(QStringLiteral("call_key"), m_call.callKey);
        data.insert(QStringLiteral("call_id"), m_call.id);
        data.insert(QStringLiteral("state"), state);
        if (!outcome.isEmpty())
            data.insert(QStringLiteral("outcome"), outcome);
        m_pushes.push_back(Push::toUser(userId, {QStringLiteral("call.update"), data}));
    }

    pqxx::transaction_base& m_tx;
    const CallEvent& m_event;
    std::optional<CallRow>& m_known;
    bool m_popsSent;
    CallRow m_call;
    Pushes m_pushes;
};

} // namespace

Pushes CallProcessor::processIn(pqxx::transaction_base& tx, const CallEvent& event)
{
    std::optional<CallRow> known;
    return Run(tx, event, known, false).process();
}

Pushes CallProcessor::pop(pqxx::connection& connection, const CallEvent& event)
{
    auto push = pops(connection, {event}).front();
    return push ? Pushes{std::move(*push)} : Pushes{};
}

void CallProcessor::preparePopConnection(pqxx::connection& connection)
{
    // The batch statement takes arrays: a custom plan is no better than the generic one, and
    // planning it costs 15-30 ms — PostgreSQL would do that for the first five executions on
    // every connection before settling on the generic plan.
    pqxx::nontransaction tx(connection);
    tx.exec0("SET plan_cache_mode = force_generic_plan");
}

std::vector<std::optional<Push>> CallProcessor::pops(pqxx::connection& connection, const std::vector<CallEvent>& events)
{
    std::vector<PopRequest> requests;
    requests.reserve(events.size());
    for (const CallEvent& event : events) {
        PopRequest request;
        request.extension = event.extension;
        request.callKey = event.callKey;
        if (const auto phone = customerSide(event)) {
            request.localPart = phone->kind == common::PhoneKind::Landline && phone->areaCode.isEmpty();
            request.number = request.localPart ? phone->local : phone->digits;
            request.customerNumber = phone->digits;
        }
        requests.push_back(std::move(request));
    }
    // One statement, one round trip: no BEGIN / COMMIT around it (a statement is its own
    // snapshot). Its connection plans it generically (preparePopConnection).
    pqxx::nontransaction tx(connection);
    const std::vector<PopAnswer> answers = CtiRepository::popBatch(tx, requests);
    std::vector<std::optional<Push>> pushes(events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (answers[i].userId != 0)
            pushes[i] = popPush(events[i], answers[i].userId, answers[i].lookup, events[i].queue,
                                directionName(events[i].direction));
    }
    return pushes;
}

Pushes CallProcessor::figures(pqxx::connection& connection)
{
    pqxx::read_transaction tx(connection);
    Pushes pushes;
    pushFigures(pushes, CtiRepository::figures(tx));
    return pushes;
}

Pushes CallProcessor::process(pqxx::connection& connection, const CallEvent& event)
{
    return process(connection, std::vector<CallEvent>{event}, false);
}

Pushes CallProcessor::process(pqxx::connection& connection, const std::vector<CallEvent>& events, bool popsSent)
{
    for (int attempt = 1;; ++attempt) {
        try {
            pqxx::work tx(connection);
            // A call event's record need not wait for the WAL flush: a crash loses at most the
            // last few hundred milliseconds of call state (never consistency), and 50 calls
            // ringing at once must not queue behind 50 fsyncs.
            tx.exec0("SET LOCAL synchronous_commit = off");
            Pushes pushes;
            std::optional<CallRow> known;
            for (const CallEvent& event : events) {
                Pushes more = Run(tx, event, known, popsSent).process();
                pushes.insert(pushes.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
            }
            tx.commit();
            return pushes;
        } catch (const pqxx::serialization_failure&) {
            if (attempt >= kMaxAttempts)
                throw;
        } catch (const pqxx::deadlock_detected&) {
            if (attempt >= kMaxAttempts)
                throw;
        }
    }
}

} // namespace csm::server::cti
