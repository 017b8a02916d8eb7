#include "client/core/ticket_fees_controller.h"

#include "client/core/rpc_client.h"
#include "client/core/ticket_parts_model.h"

namespace csm::client {

TicketFeesController::TicketFeesController(RpcClient& rpc, TicketPartsModel& parts, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_parts(parts)
{
}

void TicketFeesController::load(qint64 ticketId)
{
    if (ticketId == 0)
        return;
    m_ticketId = ticketId;
    const quint64 generation = ++m_generation;
    if (m_pending++ == 0)
        emit busyChanged(true);
    m_rpc.call(QStringLiteral("ticket.fees.get"), QCborMap{{QStringLiteral("ticket_id"), ticketId}}, this,
               [this, generation](const common::Response& response) {
                   if (--m_pending == 0)
                       emit busyChanged(false);
                   if (generation != m_generation)
                       return;
                   if (!response.ok) {
                       emit failed(response.error);
                       return;
                   }
                   adopt(response.result.toMap(), true);
               });
}

void TicketFeesController::saveParts()
{
    if (!m_loaded || !m_canEdit)
        return;
    const QCborArray parts = common::ticketPartsToCbor(m_parts.parts());
    if (const auto problems = common::validateTicketParts(parts); !problems.isEmpty()) {
        common::ErrorInfo error;
        error.code = common::ErrorCode::Validation;
        error.message = QStringLiteral("the parts list has problems");
        error.fields = problems;
        emit failed(error);
        return;
    }
    const QCborMap args{{QStringLiteral("ticket_id"), m_ticketId},
                        {QStringLiteral("version"), m_ticketVersion},
                        {QStringLiteral("parts"), parts}};
    const quint64 generation = ++m_generation;
    if (m_pending++ == 0)
        emit busyChanged(true);
    m_rpc.call(QStringLiteral("ticket.parts.set"), args, this, [this, generation](const common::Response& response) {
        if (--m_pending == 0)
            emit busyChanged(false);
        if (generation != m_generation)
            return;
        if (!response.ok) {
            emit failed(response.error);
            return;
        }
        adopt(response.result.toMap(), false);
        emit partsSaved(m_ticketVersion);
    });
}

void TicketFeesController::adopt(const QCborMap& result, bool keepEdits)
{
    m_ticketVersion = int(result.value(QStringLiteral("ticket_version")).toInteger());
    m_canEdit = result.value(QStringLiteral("can_edit_parts")).toBool();
    const QCborMap verdict = result.value(QStringLiteral("verdict")).toMap();
    m_verdict = common::WarrantyVerdict::fromCbor(verdict);
    m_verdictFixed = verdict.value(QStringLiteral("source")).toString() == QLatin1String("completion");
    m_fee.reset();
    if (result.value(QStringLiteral("fee")).isMap())
        m_fee = common::TicketFee::fromCbor(result.value(QStringLiteral("fee")).toMap());
    m_estimate.reset();
    if (result.value(QStringLiteral("estimate")).isMap()) {
        const QCborMap map = result.value(QStringLiteral("estimate")).toMap();
        FeeEstimate estimate;
        estimate.amounts.labourFen = map.value(QStringLiteral("labour_fen")).toInteger();
        estimate.amounts.travelFen = map.value(QStringLiteral("travel_fen")).toInteger();
        estimate.amounts.partsFen = map.value(QStringLiteral("parts_fen")).toInteger();
        estimate.amounts.totalFen = map.value(QStringLiteral("total_fen")).toInteger();
        estimate.amounts.partsValueFen = map.value(QStringLiteral("parts_value_fen")).toInteger();
        estimate.hasSchedule = map.value(QStringLiteral("schedule")).isMap();
        const QCborMap problem = map.value(QStringLiteral("problem")).toMap();
        estimate.problemCode = problem.value(QStringLiteral("code")).toString();
        estimate.problemServiceType = problem.value(QStringLiteral("service_type")).toString();
        estimate.problemCategoryName = problem.value(QStringLiteral("category_name")).toString();
        m_estimate = estimate;
    }
    // Unsaved edits survive a reload of the order (after a transition); a closed order drops them.
    m_parts.setEditable(m_canEdit);
    if (!(keepEdits && m_parts.isDirty() && m_canEdit))
        m_parts.setParts(common::ticketPartsFromCbor(result.value(QStringLiteral("parts")).toArray()));
    m_loaded = true;
    emit loaded();
}

} // namespace csm::client
