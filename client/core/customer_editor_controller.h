#pragma once
// The server side of the customer form: load, create, update with the version, the two
// ways out of a conflict (reload, or re-apply my changes on the newest version) and the
// audited reveal of the full ID number, and the custom fields the form shows. No widgets here.
#include "common/model/custom_field.h"
#include "common/model/customer.h"
#include "common/protocol/message.h"

#include <QCborMap>
#include <QObject>

namespace csm::client {

class RpcClient;

class CustomerEditorController : public QObject {
    Q_OBJECT
public:
    explicit CustomerEditorController(RpcClient& rpc, QObject* parent = nullptr);

    void load(qint64 id);
    void create(const QCborMap& args);
    // Sends id + version + the changed fields.
    void update(qint64 id, int version, const QCborMap& changes);
    // After a conflict: fetches the newest version, then sends `changes` on top of it.
    void overwrite(qint64 id, const QCborMap& changes);
    void revealIdNumber(qint64 id);
    // The active custom fields, fresh from the server (customer.field.list).
    void loadFields();

    bool isBusy() const { return m_pending > 0; }

signals:
    void loaded(const csm::common::Customer& customer);
    void saved(const csm::common::Customer& customer, bool created);
    void idNumberRevealed(const QString& idNumber);
    void fieldsLoaded(const csm::common::CustomFieldList& fields);
    void fieldsFailed(const csm::common::ErrorInfo& error);
    void failed(const csm::common::ErrorInfo& error);
    void busyChanged(bool busy);

private:
    void begin();
    void end();

    RpcClient& m_rpc;
    int m_pending = 0;
};

} // namespace csm::client
