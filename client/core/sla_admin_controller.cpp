#include "client/core/sla_admin_controller.h"

#include "client/core/rpc_client.h"
#include "client/core/sla_policy_model.h"

#include <QCborArray>

namespace csm::client {

SlaAdminController::SlaAdminController(RpcClient& rpc, SlaPolicyModel& model, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_model(model)
{
}

void SlaAdminController::begin()
{
    if (m_pending++ == 0)
        emit busyChanged(true);
}

void SlaAdminController::end()
{
    if (--m_pending == 0)
        emit busyChanged(false);
}

void SlaAdminController::load()
{
    begin();
    m_rpc.call(QStringLiteral("sla.policy.list"), {}, this, [this](const common::Response& response) {
        end();
        if (!response.ok) {
            emit failed(Form::List, response.error);
            return;
        }
        const QCborMap result = response.result.toMap();
        QList<common::SlaPolicy> policies;
        for (const QCborValue& item : result.value(QStringLiteral("items")).toArray())
            policies.append(common::SlaPolicy::fromCbor(item.toMap()));
        m_calendar = common::SlaCalendar::fromCbor(result.value(QStringLiteral("calendar")).toMap());
        m_repeatRepairDays = int(result.value(QStringLiteral("repeat_repair_days")).toInteger());
        m_model.setPolicies(policies);
        m_loaded = true;
        emit loaded();
    });
}

void SlaAdminController::savePolicy(const common::SlaPolicy& policy)
{
    QCborMap args = policy.toCbor();
    // (sla.policy.set's `recompute` argument — re-deriving the deadlines of open orders — is
    // added on another branch; it would be inserted into `args` here.)
    begin();
    m_rpc.call(QStringLiteral("sla.policy.set"), args, this, [this](const common::Response& response) {
        end();
        if (!response.ok) {
            emit failed(Form::Policy, response.error);
            return;
        }
        emit policySaved(common::SlaPolicy::fromCbor(response.result.toMap()));
        load();
    });
}

void SlaAdminController::saveCalendar(const common::SlaCalendar& calendar)
{
    begin();
    m_rpc.call(QStringLiteral("sla.calendar.set"), calendar.toCbor(), this, [this](const common::Response& response) {
        end();
        if (!response.ok) {
            emit failed(Form::Calendar, response.error);
            return;
        }
        m_calendar = common::SlaCalendar::fromCbor(response.result.toMap());
        emit calendarSaved();
    });
}

void SlaAdminController::saveRepeatRepairDays(int days)
{
    begin();
    m_rpc.call(QStringLiteral("sla.settings.set"), QCborMap{{QStringLiteral("repeat_repair_days"), days}}, this,
               [this](const common::Response& response) {
                   end();
                   if (!response.ok) {
                       emit failed(Form::Settings, response.error);
                       return;
                   }
                   m_repeatRepairDays = int(response.result.toMap().value(QStringLiteral("repeat_repair_days")).toInteger());
                   emit settingsSaved();
               });
}

} // namespace csm::client
