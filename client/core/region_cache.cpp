#include "client/core/region_cache.h"

#include "client/core/list_result.h"
#include "client/core/rpc_client.h"

namespace csm::client {

RegionCache::RegionCache(RpcClient& rpc, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
{
}

const QList<RegionEntry>* RegionCache::cached(const QString& parentCode) const
{
    const auto it = m_cache.constFind(parentCode);
    return it == m_cache.cend() ? nullptr : &it.value();
}

void RegionCache::invalidate()
{
    ++m_generation;
    m_cache.clear();
}

void RegionCache::invalidate(const QString& parentCode)
{
    m_cache.remove(parentCode);
}

void RegionCache::children(const QString& parentCode, QObject* context, Callback callback)
{
    if (const auto* children = cached(parentCode)) {
        callback(*children, nullptr);
        return;
    }
    auto& waiters = m_waiting[parentCode];
    waiters.append(Waiter{context, context != nullptr, std::move(callback)});
    if (waiters.size() > 1)
        return;   // a request is already on its way
    QCborMap args;
    if (!parentCode.isEmpty())
        args.insert(QStringLiteral("parent_code"), parentCode);
    const quint64 generation = m_generation;
    m_rpc.call(QStringLiteral("admin.region.list"), args, this,
               [this, parentCode, generation](const common::Response& response) {
                   const QList<Waiter> waiters = m_waiting.take(parentCode);
                   QList<RegionEntry> children;
                   if (response.ok) {
                       for (const QCborValue& item : listResult(response.result, QStringLiteral("regions"))) {
                           const QCborMap map = item.toMap();
                           RegionEntry entry;
                           entry.code = map.value(QStringLiteral("code")).toString();
                           entry.parentCode = map.value(QStringLiteral("parent_code")).toString();
                           entry.name = map.value(QStringLiteral("name")).toString();
                           entry.level = static_cast<int>(map.value(QStringLiteral("level")).toInteger(1));
                           entry.active = map.value(QStringLiteral("active")).toBool(true);
                           children.append(entry);
                       }
                       if (generation == m_generation)
                           m_cache.insert(parentCode, children);
                   }
                   for (const Waiter& waiter : waiters) {
                       if (waiter.hasContext && !waiter.context)
                           continue;
                       waiter.callback(children, response.ok ? nullptr : &response.error);
                   }
               });
}

} // namespace csm::client
