#include "client/core/callbacks_controller.h"

#include "client/core/callback_model.h"
#include "client/core/rpc_client.h"

#include <QCborArray>

namespace csm::client {

CallbacksController::CallbacksController(RpcClient& rpc, CallbackModel& model, Scope scope, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_model(model)
    , m_scope(scope)
{
    m_model.setOpenOnly(true);
    if (m_scope == Scope::Mine) {
        connect(&m_rpc, &RpcClient::eventReceived, this, [this](const QString& name, const QCborValue& data) {
            if (name != QLatin1String("callback.due"))
                return;
            const CallbackPromise promise = CallbackPromise::fromCbor(data.toMap());
            m_model.upsert(promise);
            emit due(promise);
        });
    }
}

void CallbacksController::load()
{
    const quint64 generation = ++m_generation;
    const QCborMap args{{QStringLiteral("scope"), m_scope == Scope::Mine ? QStringLiteral("mine") : QStringLiteral("overdue")},
                        {QStringLiteral("limit"), 200}};
    m_rpc.call(QStringLiteral("callback.list"), args, this, [this, generation](const common::Response& response) {
        if (generation != m_generation)
            return;
        if (!response.ok) {
            emit failed(response.error);
            return;
        }
        QList<CallbackPromise> promises;
        for (const QCborValue& item : response.result.toMap().value(QStringLiteral("items")).toArray())
            promises.append(CallbackPromise::fromCbor(item.toMap()));
        m_model.setPromises(promises);
        emit loaded(m_model.rowCount());
    });
}

void CallbacksController::close(qint64 promiseId, bool kept, const QString& note)
{
    QCborMap args{{QStringLiteral("id"), promiseId}, {QStringLiteral("kept"), kept}};
    if (!note.isEmpty())
        args.insert(QStringLiteral("note"), note);
    m_rpc.call(QStringLiteral("callback.close"), args, this, [this](const common::Response& response) {
        if (!response.ok) {
            emit failed(response.error);
            return;
        }
        m_model.upsert(CallbackPromise::fromCbor(response.result.toMap()));
    });
}

void CallbacksController::adopt(const CallbackPromise& promise)
{
    m_model.upsert(promise);
}

} // namespace csm::client
