#include "client/core/fault_code_admin_controller.h"

#include "client/core/fault_code_admin_model.h"
#include "client/core/rpc_client.h"

#include <QCborArray>

#include <algorithm>

namespace csm::client {

FaultCodeAdminController::FaultCodeAdminController(RpcClient& rpc, FaultCodeAdminModel& model, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_model(model)
{
}

void FaultCodeAdminController::begin()
{
    if (m_pending++ == 0)
        emit busyChanged(true);
}

void FaultCodeAdminController::end()
{
    if (--m_pending == 0)
        emit busyChanged(false);
}

void FaultCodeAdminController::loadCategories()
{
    begin();
    m_rpc.call(QStringLiteral("product.category.list"), {}, this, [this](const common::Response& response) {
        end();
        if (!response.ok) {
            emit failed(response.error);
            return;
        }
        m_categories.clear();
        for (const QCborValue& item : response.result.toMap().value(QStringLiteral("items")).toArray()) {
            const QCborMap map = item.toMap();
            const QString code = map.value(QStringLiteral("code")).toString();
            m_categories.append({code, QStringLiteral("%1 (%2)").arg(map.value(QStringLiteral("name")).toString(), code)});
        }
        emit categoriesLoaded();
    });
}

void FaultCodeAdminController::loadCodes(const QString& category)
{
    m_category = category;
    if (category.isEmpty()) {
        m_model.setCodes({});
        emit codesLoaded();
        return;
    }
    begin();
    m_rpc.call(QStringLiteral("fault_code.list"),
               QCborMap{{QStringLiteral("category"), category}, {QStringLiteral("include_inactive"), true}}, this,
               [this, category](const common::Response& response) {
                   end();
                   if (category != m_category)
                       return;   // another category was chosen meanwhile
                   if (!response.ok) {
                       emit failed(response.error);
                       return;
                   }
                   // The reply holds the codes of the categories above it too: only its own here.
                   QList<common::FaultCode> codes;
                   for (const QCborValue& item : response.result.toMap().value(QStringLiteral("items")).toArray()) {
                       const common::FaultCode code = common::FaultCode::fromCbor(item.toMap());
                       if (code.categoryCode == category)
                           codes.append(code);
                   }
                   std::sort(codes.begin(), codes.end(),
                             [](const common::FaultCode& a, const common::FaultCode& b) { return a.code < b.code; });
                   m_model.setCodes(codes);
                   emit codesLoaded();
               });
}

void FaultCodeAdminController::save(const common::FaultCode& code)
{
    begin();
    m_rpc.call(QStringLiteral("fault_code.set"),
               QCborMap{{QStringLiteral("category"), code.categoryCode}, {QStringLiteral("code"), code.code},
                        {QStringLiteral("name"), code.name}, {QStringLiteral("active"), code.active}},
               this, [this](const common::Response& response) {
                   end();
                   if (!response.ok) {
                       emit failed(response.error);
                       return;
                   }
                   emit saved(common::FaultCode::fromCbor(response.result.toMap()));
                   loadCodes(m_category);
               });
}

void FaultCodeAdminController::deactivate(const QString& category, const QString& code)
{
    begin();
    m_rpc.call(QStringLiteral("fault_code.deactivate"),
               QCborMap{{QStringLiteral("category"), category}, {QStringLiteral("code"), code}}, this,
               [this](const common::Response& response) {
                   end();
                   if (!response.ok) {
                       emit failed(response.error);
                       return;
                   }
                   emit deactivated(common::FaultCode::fromCbor(response.result.toMap()));
                   loadCodes(m_category);
               });
}

} // namespace csm::client
