#pragma once
// Administration → Custom fields, the server side: customer.field.list (inactive ones too)
// into the model, create, update (id + version + the changes), deactivate, activate again.
// No widgets here.
#include "common/model/custom_field.h"
#include "common/protocol/message.h"

#include <QCborMap>
#include <QObject>

namespace csm::client {

class CustomFieldModel;
class RpcClient;

class CustomFieldAdminController : public QObject {
    Q_OBJECT
public:
    CustomFieldAdminController(RpcClient& rpc, CustomFieldModel& model, QObject* parent = nullptr);

    void load();
    void create(const QCborMap& args);
    void update(qint64 id, int version, const QCborMap& changes);
    void deactivate(qint64 id, int version);
    void activate(qint64 id, int version);
    bool isBusy() const { return m_pending > 0; }

signals:
    void loaded();
    void saved(const csm::common::CustomFieldDefinition& field, bool created);
    void failed(const csm::common::ErrorInfo& error);
    void busyChanged(bool busy);

private:
    void send(const QString& op, const QCborMap& args, bool creating);
    void begin();
    void end();

    RpcClient& m_rpc;
    CustomFieldModel& m_model;
    int m_pending = 0;
};

} // namespace csm::client
