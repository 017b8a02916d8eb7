#include "client/core/customer_search_controller.h"

#include "client/core/customer_search_model.h"
#include "client/core/rpc_client.h"

#include <QCborArray>

namespace csm::client {

CustomerSearchController::CustomerSearchController(RpcClient& rpc, CustomerSearchModel& model, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_model(model)
{
    connect(&m_model, &CustomerSearchModel::fetchMoreRequested, this, [this] {
        if (m_cursor.isEmpty()) {
            m_model.stopPaging();
            return;
        }
        requestPage(m_cursor);
    });
}

void CustomerSearchController::search(SearchField field, const QString& text)
{
    m_text = text.trimmed();
    m_resolvedField = resolveSearchField(field, m_text);
    m_cursor.clear();
    ++m_generation;
    m_model.clear();
    requestPage({});
}

void CustomerSearchController::refresh()
{
    if (m_text.isEmpty())
        return;
    search(m_resolvedField, m_text);
}

void CustomerSearchController::reset()
{
    ++m_generation;
    m_text.clear();
    m_cursor.clear();
    m_model.clear();
    setBusy(false);
}

void CustomerSearchController::requestPage(const QString& cursor)
{
    QCborMap args = customerSearchArgs(m_resolvedField, m_text);
    args.insert(QStringLiteral("limit"), m_pageSize);
    if (!cursor.isEmpty())
        args.insert(QStringLiteral("cursor"), cursor);
    const quint64 generation = m_generation;
    setBusy(true);
    m_rpc.call(QStringLiteral("customer.search"), args, this, [this, generation](const common::Response& response) {
        if (generation != m_generation)
            return;   // an answer to a search the user has replaced
        setBusy(false);
        if (!response.ok) {
            m_model.stopPaging();
            emit failed(response.error);
            return;
        }
        const QCborMap result = response.result.toMap();
        QList<common::Customer> customers;
        for (const QCborValue& item : result.value(QStringLiteral("items")).toArray())
            customers.append(common::Customer::fromCbor(item.toMap()));
        m_cursor = result.value(QStringLiteral("cursor")).toString();
        m_model.appendPage(customers, !m_cursor.isEmpty());
        emit pageLoaded(m_model.rowCount(), !m_cursor.isEmpty());
    });
}

void CustomerSearchController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace csm::client
