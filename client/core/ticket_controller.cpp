#include "client/core/ticket_controller.h"

#include "client/core/rpc_client.h"
#include "client/core/ticket_timeline_model.h"

#include <QCborArray>

namespace csm::client {

namespace {
QStringList stringsOf(const QCborValue& value)
{
    QStringList list;
    for (const QCborValue& item : value.toArray())
        list.append(item.toString());
    return list;
}
} // namespace

TicketAction TicketAction::fromCbor(const QCborMap& map)
{
    TicketAction action;
    action.code = map.value(QStringLiteral("code")).toString();
    action.name = map.value(QStringLiteral("name")).toString();
    action.to = map.value(QStringLiteral("to")).toString();
    action.toName = map.value(QStringLiteral("to_name")).toString();
    action.requiredFields = stringsOf(map.value(QStringLiteral("required_fields")));
    action.optionalFields = stringsOf(map.value(QStringLiteral("optional_fields")));
    return action;
}

TicketController::TicketController(RpcClient& rpc, TicketTimelineModel& timeline, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_timeline(timeline)
{
}

void TicketController::call(Action action, const QString& op, const QCborMap& args,
                            std::function<void(const QCborValue&)> onResult)
{
    if (m_pending++ == 0)
        emit busyChanged(true);
    const quint64 generation = m_generation;
    m_rpc.call(op, args, this, [this, action, generation, onResult = std::move(onResult)](const common::Response& response) {
        if (--m_pending == 0)
            emit busyChanged(false);
        if (generation != m_generation)
            return;
        if (!response.ok) {
            emit failed(action, response.error);
            return;
        }
        onResult(response.result);
    });
}

void TicketController::load(qint64 ticketId)
{
    if (ticketId == 0)
        return;
    m_ticketId = ticketId;
    ++m_generation;
    call(Action::Load, QStringLiteral("ticket.get"), QCborMap{{QStringLiteral("id"), ticketId}},
         [this](const QCborValue& value) { adopt(value.toMap()); });
    loadTimeline();
    loadUnits();
}

void TicketController::loadUnits()
{
    if (m_unitsRequested)
        return;
    m_unitsRequested = true;
    // Not through call(): a reload must not drop it, and a failure only leaves the list empty.
    m_rpc.call(QStringLiteral("dispatch.coverage.list"), {}, this, [this](const common::Response& response) {
        if (!response.ok)
            return;
        m_units.clear();
        QList<qint64> seen;
        for (const QCborValue& item : response.result.toMap().value(QStringLiteral("items")).toArray()) {
            const QCborMap map = item.toMap();
            const qint64 id = map.value(QStringLiteral("org_unit_id")).toInteger();
            if (id == 0 || seen.contains(id))
                continue;
            seen.append(id);
            m_units.append({id, QStringLiteral("%1 (%2)").arg(map.value(QStringLiteral("org_unit_name")).toString(),
                                                              map.value(QStringLiteral("org_unit_code")).toString())});
        }
    });
}

void TicketController::loadTimeline()
{
    call(Action::Timeline, QStringLiteral("ticket.timeline"), QCborMap{{QStringLiteral("id"), m_ticketId}},
         [this](const QCborValue& value) {
             QList<common::TicketEvent> events;
             for (const QCborValue& item : value.toMap().value(QStringLiteral("items")).toArray())
                 events.append(common::TicketEvent::fromCbor(item.toMap()));
             m_timeline.setEvents(events);
             emit timelineLoaded();
         });
}

void TicketController::adopt(const QCborMap& result)
{
    m_ticket = common::Ticket::fromCbor(result);
    m_actions.clear();
    for (const QCborValue& item : result.value(QStringLiteral("actions")).toArray())
        m_actions.append(TicketAction::fromCbor(item.toMap()));
    m_cases = common::TicketCaseFacts::fromCbor(result);
    m_loaded = true;
    loadTechnicians();
    emit loaded();
}

void TicketController::loadTechnicians()
{
    bool wanted = false;
    for (const TicketAction& action : m_actions) {
        wanted = wanted || action.requiredFields.contains(QStringLiteral("technician_id"))
                 || action.optionalFields.contains(QStringLiteral("technician_id"));
    }
    const qint64 unit = m_ticket.assignedOrgUnitId;
    if (!wanted || unit == 0 || unit == m_techniciansUnit)
        return;
    m_techniciansUnit = unit;
    m_rpc.call(QStringLiteral("dispatch.technician.list"), QCborMap{{QStringLiteral("org_unit_id"), unit}}, this,
               [this, unit](const common::Response& response) {
                   if (!response.ok || unit != m_techniciansUnit)
                       return;
                   m_technicians.clear();
                   for (const QCborValue& item : response.result.toMap().value(QStringLiteral("items")).toArray()) {
                       const QCborMap map = item.toMap();
                       m_technicians.append({map.value(QStringLiteral("id")).toInteger(),
                                             map.value(QStringLiteral("display_name")).toString()});
                   }
                   emit techniciansLoaded();
               });
}

const TicketAction* TicketController::action(const QString& code) const
{
    for (const TicketAction& action : m_actions) {
        if (action.code == code)
            return &action;
    }
    return nullptr;
}

void TicketController::transition(const QString& code, const QCborMap& fields)
{
    if (!m_loaded)
        return;
    const QCborMap args{{QStringLiteral("id"), m_ticket.id},
                        {QStringLiteral("version"), m_ticket.version},
                        {QStringLiteral("transition"), code},
                        {QStringLiteral("fields"), fields}};
    call(Action::Transition, QStringLiteral("ticket.transition"), args, [this](const QCborValue& value) {
        adopt(value.toMap());
        emit transitioned(m_ticket);
        loadTimeline();
    });
}

} // namespace csm::client
