#include "client/core/fee_schedule_controller.h"

#include "client/core/fee_schedule_model.h"
#include "client/core/rpc_client.h"

#include <QCborArray>

namespace csm::client {

FeeScheduleController::FeeScheduleController(RpcClient& rpc, FeeScheduleModel& model, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_model(model)
{
}

void FeeScheduleController::begin()
{
    if (m_pending++ == 0)
        emit busyChanged(true);
}

void FeeScheduleController::end()
{
    if (--m_pending == 0)
        emit busyChanged(false);
}

void FeeScheduleController::load()
{
    begin();
    m_rpc.call(QStringLiteral("product.category.list"), {}, this, [this](const common::Response& response) {
        end();
        if (!response.ok)
            return;
        m_categories.clear();
        for (const QCborValue& item : response.result.toMap().value(QStringLiteral("items")).toArray()) {
            const QCborMap map = item.toMap();
            const QString code = map.value(QStringLiteral("code")).toString();
            m_categories.append({code, QStringLiteral("%1 (%2)").arg(map.value(QStringLiteral("name")).toString(), code)});
        }
        emit loaded();
    });
    begin();
    m_rpc.call(QStringLiteral("fee.schedule.list"), {}, this, [this](const common::Response& response) {
        end();
        if (!response.ok) {
            emit failed(response.error);
            return;
        }
        QList<common::FeeSchedule> schedules;
        for (const QCborValue& item : response.result.toMap().value(QStringLiteral("items")).toArray())
            schedules.append(common::FeeSchedule::fromCbor(item.toMap()));
        m_model.setSchedules(schedules);
        emit loaded();
    });
}

void FeeScheduleController::save(const common::FeeSchedule& schedule)
{
    QCborMap args{{QStringLiteral("service_type"), schedule.serviceType},
                  {QStringLiteral("category_code"), schedule.categoryCode},
                  {QStringLiteral("labour_fen"), schedule.labourFen},
                  {QStringLiteral("travel_fen"), schedule.travelFen},
                  {QStringLiteral("valid_from"), schedule.validFrom.toString(Qt::ISODate)}};
    if (schedule.version > 0)
        args.insert(QStringLiteral("version"), schedule.version);
    begin();
    m_rpc.call(QStringLiteral("fee.schedule.set"), args, this, [this](const common::Response& response) {
        end();
        if (!response.ok) {
            emit failed(response.error);
            return;
        }
        emit saved(common::FeeSchedule::fromCbor(response.result.toMap()));
        load();
    });
}

} // namespace csm::client
