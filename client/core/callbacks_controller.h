#pragma once
// "My callbacks" (callback.list scope mine) kept current by `callback.due`, and the overdue
// list of the wallboard (scope overdue). Closing a promise goes through callback.close.
#include "client/core/desk_types.h"
#include "common/protocol/message.h"

#include <QObject>

namespace csm::client {

class RpcClient;
class CallbackModel;

class CallbacksController : public QObject {
    Q_OBJECT
public:
    enum class Scope { Mine, Overdue };

    CallbacksController(RpcClient& rpc, CallbackModel& model, Scope scope, QObject* parent = nullptr);

    void load();
    void close(qint64 promiseId, bool kept, const QString& note = {});
    // A promise made elsewhere (the 360 view) that belongs in this list.
    void adopt(const CallbackPromise& promise);

signals:
    // A promise of mine is due soon (the `callback.due` event; Mine scope only).
    void due(const csm::client::CallbackPromise& promise);
    void loaded(int count);
    void failed(const csm::common::ErrorInfo& error);

private:
    RpcClient& m_rpc;
    CallbackModel& m_model;
    Scope m_scope;
    quint64 m_generation = 0;
};

} // namespace csm::client
