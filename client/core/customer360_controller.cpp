#include "client/core/customer360_controller.h"

#include "client/core/callback_model.h"
#include "client/core/contact_timeline_model.h"
#include "client/core/rpc_client.h"

#include <QCborArray>

namespace csm::client {

namespace {
QList<ContactEntry> contactsOf(const QCborValue& page)
{
    QList<ContactEntry> entries;
    for (const QCborValue& item : page.toMap().value(QStringLiteral("items")).toArray())
        entries.append(ContactEntry::fromCbor(item.toMap()));
    return entries;
}
} // namespace

Customer360Controller::Customer360Controller(RpcClient& rpc, ContactTimelineModel& timeline, CallbackModel& callbacks,
                                             QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_timeline(timeline)
    , m_callbacks(callbacks)
{
    connect(&m_timeline, &ContactTimelineModel::fetchMoreRequested, this, [this] {
        if (m_cursor.isEmpty()) {
            m_timeline.stopPaging();
            return;
        }
        requestPage();
    });
}

void Customer360Controller::call(const QString& op, const QCborMap& args, std::function<void(const QCborValue&)> onResult)
{
    if (m_pending++ == 0)
        emit busyChanged(true);
    const quint64 generation = m_generation;
    m_rpc.call(op, args, this, [this, generation, onResult = std::move(onResult)](const common::Response& response) {
        if (--m_pending == 0)
            emit busyChanged(false);
        if (generation != m_generation)
            return;
        if (!response.ok) {
            emit failed(response.error);
            return;
        }
        onResult(response.result);
    });
}

void Customer360Controller::load(qint64 customerId)
{
    if (customerId == 0)
        return;
    m_customerId = customerId;
    ++m_generation;
    call(QStringLiteral("customer.view360"), QCborMap{{QStringLiteral("id"), customerId}}, [this](const QCborValue& value) {
        const QCborMap result = value.toMap();
        m_customer = common::Customer::fromCbor(result.value(QStringLiteral("customer")).toMap());
        m_calls7d = static_cast<int>(result.value(QStringLiteral("repeat")).toMap().value(QStringLiteral("calls_7d")).toInteger());
        const QCborValue contacts = result.value(QStringLiteral("contacts"));
        m_cursor = contacts.toMap().value(QStringLiteral("cursor")).toString();
        m_timeline.clear();
        m_timeline.appendPage(contactsOf(contacts), !m_cursor.isEmpty());
        QList<CallbackPromise> promises;
        for (const QCborValue& item : result.value(QStringLiteral("callbacks")).toArray())
            promises.append(CallbackPromise::fromCbor(item.toMap()));
        m_callbacks.setPromises(promises);
        m_loaded = true;
        emit loaded(m_customer);
    });
}

void Customer360Controller::requestPage()
{
    QCborMap args{{QStringLiteral("customer_id"), m_customerId}, {QStringLiteral("limit"), m_pageSize}};
    if (!m_cursor.isEmpty())
        args.insert(QStringLiteral("cursor"), m_cursor);
    const quint64 generation = m_generation;
    m_rpc.call(QStringLiteral("contact.list"), args, this, [this, generation](const common::Response& response) {
        if (generation != m_generation)
            return;
        if (!response.ok) {
            m_timeline.stopPaging();
            emit failed(response.error);
            return;
        }
        m_cursor = response.result.toMap().value(QStringLiteral("cursor")).toString();
        m_timeline.appendPage(contactsOf(response.result), !m_cursor.isEmpty());
    });
}

void Customer360Controller::addContact(const QString& channel, const QString& summary)
{
    call(QStringLiteral("contact.create"),
         QCborMap{{QStringLiteral("customer_id"), m_customerId}, {QStringLiteral("channel"), channel},
                  {QStringLiteral("summary"), summary}},
         [this](const QCborValue&) {
             emit contactAdded();
             reload();   // the new contact is the newest: the first page again
         });
}

void Customer360Controller::createCallback(const QDateTime& dueAt, const QString& note)
{
    call(QStringLiteral("callback.create"),
         QCborMap{{QStringLiteral("customer_id"), m_customerId},
                  {QStringLiteral("due_at"), dueAt.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("note"), note}},
         [this](const QCborValue& value) {
             const CallbackPromise promise = CallbackPromise::fromCbor(value.toMap());
             m_callbacks.upsert(promise);
             emit callbackSaved(promise);
         });
}

void Customer360Controller::closeCallback(qint64 promiseId, bool kept, const QString& note)
{
    QCborMap args{{QStringLiteral("id"), promiseId}, {QStringLiteral("kept"), kept}};
    if (!note.isEmpty())
        args.insert(QStringLiteral("note"), note);
    call(QStringLiteral("callback.close"), args, [this](const QCborValue& value) {
        const CallbackPromise promise = CallbackPromise::fromCbor(value.toMap());
        m_callbacks.upsert(promise);
        emit callbackSaved(promise);
    });
}

} // namespace csm::client
