#include "client/core/fault_code_lookup.h"

#include "client/core/rpc_client.h"

#include <QCborArray>

namespace csm::client {

FaultCodeLookup::FaultCodeLookup(RpcClient& rpc, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
{
}

void FaultCodeLookup::request(const QString& key, const QCborMap& args, std::function<void()> announce)
{
    if (m_requested.contains(key))
        return;
    m_requested.insert(key);
    m_rpc.call(QStringLiteral("fault_code.list"), args, this,
               [this, key, announce = std::move(announce)](const common::Response& response) {
                   QList<common::FaultCode> codes;
                   for (const QCborValue& item : response.result.toMap().value(QStringLiteral("items")).toArray())
                       codes.append(common::FaultCode::fromCbor(item.toMap()));
                   m_byKey.insert(key, codes);
                   if (!response.ok)
                       m_requested.remove(key);   // ask again next time
                   announce();
               });
}

void FaultCodeLookup::requestCategory(const QString& category)
{
    if (category.isEmpty())
        return;
    request(categoryKey(category), {{QStringLiteral("category"), category}}, [this, category] { emit categoryLoaded(category); });
}

void FaultCodeLookup::requestModel(const QString& modelCode)
{
    if (modelCode.isEmpty())
        return;
    request(modelKey(modelCode), {{QStringLiteral("model_code"), modelCode}}, [this, modelCode] { emit modelLoaded(modelCode); });
}

} // namespace csm::client
