#include "client/core/case_controller.h"

#include "client/core/rpc_client.h"

#include <QCborArray>
#include <QDateTime>

namespace csm::client {

CaseController::CaseController(RpcClient& rpc, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
{
}

void CaseController::call(Action action, const QString& op, const QCborMap& args,
                          std::function<void(const QCborValue&)> onResult)
{
    // Reading the units does not hold up the forms (they offer the order's own unit meanwhile).
    const bool counts = action != Action::Units;
    if (counts && m_pending++ == 0)
        emit busyChanged(true);
    m_rpc.call(op, args, this, [this, action, counts, onResult = std::move(onResult)](const common::Response& response) {
        if (counts && --m_pending == 0)
            emit busyChanged(false);
        if (!response.ok) {
            emit failed(action, response.error);
            return;
        }
        if (onResult)
            onResult(response.result);
        else
            emit done(action);
    });
}

void CaseController::loadUnits()
{
    if (m_unitsRequested)
        return;
    m_unitsRequested = true;
    call(Action::Units, QStringLiteral("case.unit.list"), {}, [this](const QCborValue& value) {
        m_units.clear();
        for (const QCborValue& item : value.toMap().value(QStringLiteral("items")).toArray()) {
            const QCborMap map = item.toMap();
            m_units.append({map.value(QStringLiteral("id")).toInteger(), map.value(QStringLiteral("code")).toString(),
                            map.value(QStringLiteral("name")).toString(), int(map.value(QStringLiteral("depth")).toInteger())});
        }
        m_unitsLoaded = true;
        emit unitsLoaded();
    });
}

void CaseController::setComplaint(qint64 ticketId, const QCborMap& details)
{
    QCborMap args = details;
    args.insert(QStringLiteral("id"), ticketId);
    call(Action::SetComplaint, QStringLiteral("complaint.set"), args);
}

void CaseController::resolveComplaint(qint64 ticketId, const QString& resolution, int satisfaction, const QString& comment)
{
    QCborMap args{{QStringLiteral("id"), ticketId},
                  {QStringLiteral("resolution"), resolution},
                  {QStringLiteral("satisfaction"), satisfaction}};
    if (!comment.isEmpty())
        args.insert(QStringLiteral("satisfaction_comment"), comment);
    call(Action::ResolveComplaint, QStringLiteral("complaint.resolve"), args);
}

void CaseController::openSupervision(qint64 ticketId, qint64 targetOrgUnitId, const QDateTime& deadline,
                                     const QString& demand)
{
    QCborMap args{{QStringLiteral("ticket_id"), ticketId},
                  {QStringLiteral("deadline"), deadline.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("demand"), demand}};
    if (targetOrgUnitId != 0)
        args.insert(QStringLiteral("target_org_unit_id"), targetOrgUnitId);
    call(Action::OpenSupervision, QStringLiteral("supervision.open"), args);
}

void CaseController::answerSupervision(qint64 supervisionId, const QString& answer)
{
    call(Action::AnswerSupervision, QStringLiteral("supervision.answer"),
         {{QStringLiteral("id"), supervisionId}, {QStringLiteral("answer"), answer}});
}

void CaseController::closeSupervision(qint64 supervisionId, const QString& note)
{
    QCborMap args{{QStringLiteral("id"), supervisionId}};
    if (!note.isEmpty())
        args.insert(QStringLiteral("note"), note);
    call(Action::CloseSupervision, QStringLiteral("supervision.close"), args);
}

} // namespace csm::client
