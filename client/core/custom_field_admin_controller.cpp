#include "client/core/custom_field_admin_controller.h"

#include "client/core/custom_field_cache.h"
#include "client/core/custom_field_model.h"
#include "client/core/customer_changes.h"
#include "client/core/rpc_client.h"

namespace csm::client {

using common::Response;

CustomFieldAdminController::CustomFieldAdminController(RpcClient& rpc, CustomFieldModel& model, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_model(model)
{
}

void CustomFieldAdminController::begin()
{
    if (m_pending++ == 0)
        emit busyChanged(true);
}

void CustomFieldAdminController::end()
{
    if (--m_pending == 0)
        emit busyChanged(false);
}

void CustomFieldAdminController::load()
{
    begin();
    m_rpc.call(QStringLiteral("customer.field.list"), QCborMap{{QStringLiteral("include_inactive"), true}}, this,
               [this](const Response& response) {
                   end();
                   if (!response.ok) {
                       emit failed(response.error);
                       return;
                   }
                   m_model.setFields(customFieldsFromResult(response.result));
                   emit loaded();
               });
}

void CustomFieldAdminController::send(const QString& op, const QCborMap& args, bool creating)
{
    begin();
    m_rpc.call(op, args, this, [this, creating](const Response& response) {
        end();
        if (!response.ok) {
            emit failed(response.error);
            return;
        }
        const auto field = common::CustomFieldDefinition::fromCbor(response.result.toMap());
        m_model.upsert(field);
        emit saved(field, creating);
    });
}

void CustomFieldAdminController::create(const QCborMap& args)
{
    send(QStringLiteral("customer.field.create"), args, true);
}

void CustomFieldAdminController::update(qint64 id, int version, const QCborMap& changes)
{
    send(QStringLiteral("customer.field.update"), updateArgs(id, version, changes), false);
}

void CustomFieldAdminController::deactivate(qint64 id, int version)
{
    send(QStringLiteral("customer.field.deactivate"), updateArgs(id, version, {}), false);
}

void CustomFieldAdminController::activate(qint64 id, int version)
{
    send(QStringLiteral("customer.field.update"), updateArgs(id, version, {{QStringLiteral("active"), true}}), false);
}

} // namespace csm::client
