#include "client/core/customer_editor_controller.h"

#include "client/core/custom_field_cache.h"
#include "client/core/customer_changes.h"
#include "client/core/rpc_client.h"

namespace csm::client {

using common::Customer;
using common::Response;

CustomerEditorController::CustomerEditorController(RpcClient& rpc, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
{
}

void CustomerEditorController::begin()
{
    if (m_pending++ == 0)
        emit busyChanged(true);
}

void CustomerEditorController::end()
{
    if (--m_pending == 0)
        emit busyChanged(false);
}

void CustomerEditorController::load(qint64 id)
{
    begin();
    QCborMap args;
    args.insert(QStringLiteral("id"), id);
    m_rpc.call(QStringLiteral("customer.get"), args, this, [this](const Response& response) {
        end();
        if (response.ok)
            emit loaded(Customer::fromCbor(response.result.toMap()));
        else
            emit failed(response.error);
    });
}

void CustomerEditorController::create(const QCborMap& args)
{
    begin();
    m_rpc.call(QStringLiteral("customer.create"), args, this, [this](const Response& response) {
        end();
        if (response.ok)
            emit saved(Customer::fromCbor(response.result.toMap()), true);
        else
            emit failed(response.error);
    });
}

void CustomerEditorController::update(qint64 id, int version, const QCborMap& changes)
{
    begin();
    m_rpc.call(QStringLiteral("customer.update"), updateArgs(id, version, changes), this,
               [this](const Response& response) {
                   end();
                   if (response.ok)
                       emit saved(Customer::fromCbor(response.result.toMap()), false);
                   else
                       emit failed(response.error);
               });
}

void CustomerEditorController::overwrite(qint64 id, const QCborMap& changes)
{
    begin();
    QCborMap args;
    args.insert(QStringLiteral("id"), id);
    m_rpc.call(QStringLiteral("customer.get"), args, this, [this, id, changes](const Response& response) {
        end();
        if (!response.ok) {
            emit failed(response.error);
            return;
        }
        const Customer newest = Customer::fromCbor(response.result.toMap());
        update(id, newest.version, changes);
    });
}

void CustomerEditorController::revealIdNumber(qint64 id)
{
    begin();
    QCborMap args;
    args.insert(QStringLiteral("id"), id);
    m_rpc.call(QStringLiteral("customer.id_number.reveal"), args, this, [this](const Response& response) {
        end();
        if (response.ok)
            emit idNumberRevealed(response.result.toMap().value(QStringLiteral("id_number")).toString());
        else
            emit failed(response.error);
    });
}

void CustomerEditorController::loadFields()
{
    // Not "busy": the form may be saved meanwhile (the server checks the custom values anyway).
    m_rpc.call(QStringLiteral("customer.field.list"), QCborMap(), this, [this](const Response& response) {
        if (response.ok)
            emit fieldsLoaded(customFieldsFromResult(response.result));
        else
            emit fieldsFailed(response.error);
    });
}

} // namespace csm::client
