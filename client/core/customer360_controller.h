#pragma once
// One customer's 360 view: customer.view360 for the profile, the first page of the contact
// history and the callback promises; contact.list for older pages; contact.create and
// callback.create / callback.close for the quick actions.
#include "client/core/desk_types.h"
#include "common/model/customer.h"
#include "common/protocol/message.h"

#include <QObject>

namespace csm::client {

class RpcClient;
class ContactTimelineModel;
class CallbackModel;

class Customer360Controller : public QObject {
    Q_OBJECT
public:
    Customer360Controller(RpcClient& rpc, ContactTimelineModel& timeline, CallbackModel& callbacks,
                          QObject* parent = nullptr);

    void setPageSize(int rows) { m_pageSize = rows; }
    void load(qint64 customerId);
    void reload() { load(m_customerId); }
    void addContact(const QString& channel, const QString& summary);
    void createCallback(const QDateTime& dueAt, const QString& note);
    void closeCallback(qint64 promiseId, bool kept, const QString& note = {});

    qint64 customerId() const { return m_customerId; }
    const common::Customer& customer() const { return m_customer; }
    int calls7d() const { return m_calls7d; }
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_pending > 0; }

signals:
    void loaded(const csm::common::Customer& customer);
    void busyChanged(bool busy);
    void contactAdded();
    void callbackSaved(const csm::client::CallbackPromise& promise);
    // `fields` of a validation error name the op's arguments (summary, due_at, note).
    void failed(const csm::common::ErrorInfo& error);

private:
    void requestPage();
    void call(const QString& op, const QCborMap& args, std::function<void(const QCborValue&)> onResult);

    RpcClient& m_rpc;
    ContactTimelineModel& m_timeline;
    CallbackModel& m_callbacks;
    qint64 m_customerId = 0;
    common::Customer m_customer;
    int m_calls7d = 0;
    QString m_cursor;
    quint64 m_generation = 0;
    int m_pageSize = 20;
    int m_pending = 0;
    bool m_loaded = false;
};

} // namespace csm::client
