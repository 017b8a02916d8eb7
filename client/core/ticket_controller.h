#pragma once
// One work order on the client: ticket.get (the order and the actions the server allows this
// user from its state — the transitions of the order's own workflow version that one of the
// user's roles may take), ticket.timeline into the timeline model, and ticket.transition with
// the version the user saw (a stale version comes back as `conflict`).
#include "common/model/ticket.h"
#include "common/model/ticket_case.h"
#include "common/protocol/message.h"

#include <QCborMap>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

#include <functional>

namespace csm::client {

class RpcClient;
class TicketTimelineModel;

struct TicketAction {
    QString code;
    QString name;            // the workflow's own name (data)
    QString to;
    QString toName;
    QStringList requiredFields;
    QStringList optionalFields;

    static TicketAction fromCbor(const QCborMap& map);
};

class TicketController : public QObject {
    Q_OBJECT
public:
    enum class Action { Load, Timeline, Transition };
    Q_ENUM(Action)

    TicketController(RpcClient& rpc, TicketTimelineModel& timeline, QObject* parent = nullptr);

    void load(qint64 ticketId);
    void reload() { load(m_ticket.id != 0 ? m_ticket.id : m_ticketId); }
    void transition(const QString& code, const QCborMap& fields);

    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_pending > 0; }
    qint64 ticketId() const { return m_ticketId; }
    const common::Ticket& ticket() const { return m_ticket; }
    const QList<TicketAction>& actions() const { return m_actions; }
    // The complaint details, supervisions and case ops of the order (module cases).
    const common::TicketCaseFacts& cases() const { return m_cases; }
    const TicketAction* action(const QString& code) const;
    // The units that cover regions (dispatch.coverage.list), as (id, "name (code)"): where an
    // order may be dispatched to. Read once, with the first load.
    const QList<QPair<qint64, QString>>& units() const { return m_units; }
    // The technicians of the unit the order is assigned to (dispatch.technician.list), as
    // (id, name): read when one of the actions takes a technician.
    const QList<QPair<qint64, QString>>& technicians() const { return m_technicians; }

signals:
    void loaded();
    void timelineLoaded();
    void techniciansLoaded();
    // A transition went through; `ticket` is the order after it (also loaded()).
    void transitioned(const csm::common::Ticket& ticket);
    void busyChanged(bool busy);
    void failed(csm::client::TicketController::Action action, const csm::common::ErrorInfo& error);

private:
    void adopt(const QCborMap& result);
    void loadTimeline();
    void loadUnits();
    void loadTechnicians();
    void call(Action action, const QString& op, const QCborMap& args, std::function<void(const QCborValue&)> onResult);

    RpcClient& m_rpc;
    TicketTimelineModel& m_timeline;
    qint64 m_ticketId = 0;
    common::Ticket m_ticket;
    QList<TicketAction> m_actions;
    common::TicketCaseFacts m_cases;
    QList<QPair<qint64, QString>> m_units;
    bool m_unitsRequested = false;
    QList<QPair<qint64, QString>> m_technicians;
    qint64 m_techniciansUnit = 0;
    quint64 m_generation = 0;
    int m_pending = 0;
    bool m_loaded = false;
};

} // namespace csm::client
