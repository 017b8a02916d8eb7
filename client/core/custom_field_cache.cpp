#include "client/core/custom_field_cache.h"

#include "client/core/list_result.h"
#include "client/core/rpc_client.h"

namespace csm::client {

common::CustomFieldList customFieldsFromResult(const QCborValue& result)
{
    common::CustomFieldList fields;
    for (const QCborValue& item : listResult(result))
        fields.append(common::CustomFieldDefinition::fromCbor(item.toMap()));
    return fields;
}

CustomFieldCache::CustomFieldCache(RpcClient& rpc, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
{
}

void CustomFieldCache::store(const common::CustomFieldList& fields)
{
    ++m_generation;
    m_fields.clear();
    for (const common::CustomFieldDefinition& field : fields) {
        if (field.active)
            m_fields.append(field);
    }
    std::stable_sort(m_fields.begin(), m_fields.end(), [](const auto& a, const auto& b) {
        return a.position != b.position ? a.position < b.position : a.code < b.code;
    });
    m_loaded = true;
}

void CustomFieldCache::invalidate()
{
    ++m_generation;
    m_fields.clear();
    m_loaded = false;
}

void CustomFieldCache::fields(QObject* context, Callback callback)
{
    if (m_loaded) {
        callback(m_fields, nullptr);
        return;
    }
    m_waiting.append(Waiter{context, context != nullptr, std::move(callback)});
    if (m_waiting.size() > 1)
        return;   // a request is already on its way
    const quint64 generation = m_generation;
    m_rpc.call(QStringLiteral("customer.field.list"), QCborMap(), this,
               [this, generation](const common::Response& response) {
                   const QList<Waiter> waiters = std::exchange(m_waiting, {});
                   if (response.ok && generation == m_generation)
                       store(customFieldsFromResult(response.result));
                   const common::CustomFieldList fields =
                       response.ok ? customFieldsFromResult(response.result) : common::CustomFieldList();
                   for (const Waiter& waiter : waiters) {
                       if (waiter.hasContext && !waiter.context)
                           continue;
                       waiter.callback(m_loaded ? m_fields : fields, response.ok ? nullptr : &response.error);
                   }
               });
}

} // namespace csm::client
