#include "client/core/customer_products_controller.h"

#include "client/core/customer_product_model.h"
#include "client/core/fee_text.h"
#include "client/core/rpc_client.h"
#include "common/model/warranty_rules.h"

#include <QCborArray>
#include <QHash>

namespace csm::client {

CustomerProductsController::CustomerProductsController(RpcClient& rpc, CustomerProductModel& model, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_model(model)
{
}

void CustomerProductsController::call(Action action, const QString& op, const QCborMap& args,
                                      std::function<void(const QCborValue&)> onResult)
{
    if (m_pending++ == 0)
        emit busyChanged(true);
    const quint64 generation = m_generation;
    m_rpc.call(op, args, this, [this, action, generation, onResult = std::move(onResult)](const common::Response& response) {
        if (--m_pending == 0)
            emit busyChanged(false);
        if (generation != m_generation)
            return;   // another customer (or a reload) since
        if (!response.ok) {
            emit failed(action, response.error);
            return;
        }
        onResult(response.result);
    });
}

void CustomerProductsController::load(qint64 customerId)
{
    if (customerId == 0)
        return;
    m_customerId = customerId;
    ++m_generation;
    if (m_models.isEmpty())
        loadModels();
    call(Action::Load, QStringLiteral("customer.product.list"), QCborMap{{QStringLiteral("customer_id"), customerId}},
         [this](const QCborValue& value) {
             QList<common::CustomerProduct> products;
             for (const QCborValue& item : value.toMap().value(QStringLiteral("items")).toArray())
                 products.append(common::CustomerProduct::fromCbor(item.toMap()));
             m_loaded = true;
             m_model.setToday(QDate::currentDate());
             m_model.setProducts(products);
             loadVerdicts(products);
             // A model added to the catalogue since it was read: read the catalogue again.
             for (const common::CustomerProduct& product : products) {
                 if (!knowsModel(product.modelId)) {
                     loadModels();
                     break;
                 }
             }
             emit loaded();
         });
}

void CustomerProductsController::loadVerdicts(const QList<common::CustomerProduct>& products)
{
    const quint64 generation = m_generation;
    for (const common::CustomerProduct& product : products) {
        const QCborMap args{{QStringLiteral("customer_product_id"), product.id},
                            {QStringLiteral("service_type"), QStringLiteral("repair")}};
        m_rpc.call(QStringLiteral("warranty.verdict"), args, this,
                   [this, generation, id = product.id](const common::Response& response) {
                       if (generation != m_generation || !response.ok)
                           return;
                       const auto verdict = common::WarrantyVerdict::fromCbor(response.result.toMap());
                       m_model.setVerdict(id, FeeText::verdictShort(verdict), FeeText::verdictLine(verdict));
                   });
    }
}

bool CustomerProductsController::knowsModel(qint64 modelId) const
{
    for (const common::ProductModel& model : m_models) {
        if (model.id == modelId)
            return true;
    }
    return false;
}

void CustomerProductsController::loadModels()
{
    // The catalogue changes rarely: read with the first list, again only when a product names
    // a model not in it (or it was empty).
    if (m_modelsInFlight)
        return;
    m_modelsInFlight = true;
    m_rpc.call(QStringLiteral("product.model.list"), {}, this, [this](const common::Response& response) {
        m_modelsInFlight = false;
        if (!response.ok) {
            emit failed(Action::Load, response.error);
            return;
        }
        m_models.clear();
        QHash<QString, QString> categories;
        for (const QCborValue& item : response.result.toMap().value(QStringLiteral("items")).toArray()) {
            const common::ProductModel model = common::ProductModel::fromCbor(item.toMap());
            if (!model.categoryName.isEmpty())
                categories.insert(model.categoryCode, model.categoryName);
            m_models.append(model);
        }
        m_model.setCategoryNames(categories);
        emit modelsLoaded();
    });
}

void CustomerProductsController::add(const QCborMap& fields)
{
    QCborMap args = fields;
    args.insert(QStringLiteral("customer_id"), m_customerId);
    call(Action::Add, QStringLiteral("customer.product.add"), args, [this](const QCborValue& value) {
        const common::CustomerProduct product = common::CustomerProduct::fromCbor(value.toMap());
        m_model.upsert(product);
        emit saved(product);
    });
}

void CustomerProductsController::update(qint64 productId, int version, const QCborMap& fields)
{
    QCborMap args = fields;
    args.insert(QStringLiteral("id"), productId);
    args.insert(QStringLiteral("version"), version);
    call(Action::Update, QStringLiteral("customer.product.update"), args, [this](const QCborValue& value) {
        const common::CustomerProduct product = common::CustomerProduct::fromCbor(value.toMap());
        m_model.upsert(product);
        emit saved(product);
    });
}

void CustomerProductsController::remove(qint64 productId, int version)
{
    call(Action::Remove, QStringLiteral("customer.product.remove"),
         QCborMap{{QStringLiteral("id"), productId}, {QStringLiteral("version"), version}}, [this, productId](const QCborValue&) {
             m_model.remove(productId);
             emit removed(productId);
         });
}

} // namespace csm::client
