#include "client/core/ticket_list_controller.h"

#include "client/core/rpc_client.h"
#include "client/core/ticket_list_model.h"

#include <QCborArray>
#include <QRegularExpression>

namespace csm::client {

TicketListController::TicketListController(RpcClient& rpc, TicketListModel& model, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_model(model)
{
}

bool TicketListController::looksLikeNumber(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{8}-\\d{6}$"));
    return pattern.match(text.trimmed()).hasMatch();
}

void TicketListController::load(const Filter& filter)
{
    m_filter = filter;
    m_cursor = QCborValue();
    ++m_generation;
    requestPage(true);
}

void TicketListController::loadMore()
{
    if (hasMore() && m_pending == 0)
        requestPage(false);
}

void TicketListController::requestPage(bool first)
{
    QString op = QStringLiteral("ticket.list");
    QCborMap args;
    if (looksLikeNumber(m_filter.number)) {
        op = QStringLiteral("ticket.get");
        args.insert(QStringLiteral("number"), m_filter.number.trimmed());
    } else {
        if (!m_filter.stateCategory.isEmpty())
            args.insert(QStringLiteral("state_category"), m_filter.stateCategory);
        if (!m_filter.serviceType.isEmpty())
            args.insert(QStringLiteral("service_type"), m_filter.serviceType);
        if (m_filter.customerId != 0)
            args.insert(QStringLiteral("customer_id"), m_filter.customerId);
        if (m_filter.assignedOrgUnitId != 0)
            args.insert(QStringLiteral("assigned_org_unit_id"), m_filter.assignedOrgUnitId);
        if (m_filter.followUp)
            args.insert(QStringLiteral("follow_up"), true);
        args.insert(QStringLiteral("limit"), m_filter.pageSize);
        if (!first)
            args.insert(QStringLiteral("cursor"), m_cursor);
    }
    if (m_pending++ == 0)
        emit busyChanged(true);
    const quint64 generation = m_generation;
    const bool single = op == QLatin1String("ticket.get");
    m_rpc.call(op, args, this, [this, generation, first, single](const common::Response& response) {
        if (--m_pending == 0)
            emit busyChanged(false);
        if (generation != m_generation)
            return;   // another filter since
        if (!response.ok) {
            if (single && response.error.code == common::ErrorCode::NotFound) {
                m_cursor = QCborValue();
                m_model.clear();
                m_loaded = true;
                emit loaded();
                return;
            }
            emit failed(response.error);
            return;
        }
        QList<common::Ticket> tickets;
        if (single) {
            tickets.append(common::Ticket::fromCbor(response.result.toMap()));
            m_cursor = QCborValue();
        } else {
            const QCborMap result = response.result.toMap();
            for (const QCborValue& item : result.value(QStringLiteral("items")).toArray())
                tickets.append(common::Ticket::fromCbor(item.toMap()));
            m_cursor = result.value(QStringLiteral("cursor"));
        }
        if (first)
            m_model.setTickets(tickets);
        else
            m_model.appendTickets(tickets);
        m_loaded = true;
        emit loaded();
    });
}

} // namespace csm::client
