#include "server/modules/products/customer_product_service.h"

#include "common/domain/text_rules.h"
#include "server/modules/customers/customer_repository.h"
#include "server/modules/products/customer_product_repository.h"
#include "server/rpc/api_error.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csm::server::products {

using common::CustomerProduct;

namespace {
constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();

ProductWrite writeOf(const CustomerProduct& product)
{
    ProductWrite write;
    write.modelId = product.modelId;
    write.serialNumber = product.serialNumber;
    write.purchaseDate = product.purchaseDate.isValid() ? std::optional<QDate>(product.purchaseDate) : std::nullopt;
    write.dealer = product.dealer;
    write.installDate = product.installDate.isValid() ? std::optional<QDate>(product.installDate) : std::nullopt;
    write.note = product.note;
    return write;
}

// Merges the args over `base` and checks every rule; computes the warranty end from the model.
ProductWrite merge(pqxx::transaction_base& tx, const Args& args, ProductWrite write, qint64 productId, bool creating)
{
    const auto problems = common::validateCustomerProductArgs(args.map(), creating, QDate::currentDate());
    if (!problems.isEmpty())
        throw ApiError::validation(problems);
    if (args.has(QStringLiteral("model_id")))
        write.modelId = args.requiredInt(QStringLiteral("model_id"), 1, kMaxId);
    if (args.has(QStringLiteral("serial_number")))
        write.serialNumber = common::normalizeSerialNumber(
            args.stringOr(QStringLiteral("serial_number"), common::kProductSerialMax, {}));
    if (args.has(QStringLiteral("purchase_date")))
        write.purchaseDate = args.optionalDate(QStringLiteral("purchase_date"));
    if (args.has(QStringLiteral("install_date")))
        write.installDate = args.optionalDate(QStringLiteral("install_date"));
    if (args.has(QStringLiteral("dealer")))
        write.dealer = common::simplifiedText(args.stringOr(QStringLiteral("dealer"), common::kProductDealerMax, {}));
    if (args.has(QStringLiteral("note")))
        write.note = args.stringOr(QStringLiteral("note"), common::kProductNoteMax, {});
    if (write.purchaseDate && write.installDate && *write.installDate < *write.purchaseDate)
        throw ApiError::validation(QStringLiteral("install_date"), QStringLiteral("must not be before the purchase date"));

    const auto model = CustomerProductRepository::model(tx, write.modelId);
    if (!model)
        throw ApiError::validation(QStringLiteral("model_id"), QStringLiteral("is not a model of the catalogue"));
    if (!model->active && args.has(QStringLiteral("model_id")))
        throw ApiError::validation(QStringLiteral("model_id"), QStringLiteral("is no longer sold"));
    if (!write.serialNumber.isEmpty()
        && CustomerProductRepository::serialTaken(tx, write.modelId, write.serialNumber, productId))
        throw ApiError::validation(QStringLiteral("serial_number"),
                                   QStringLiteral("is already recorded for another product of this model"));
    const QDate end = common::warrantyEndFor(model->warrantyMonths, write.purchaseDate.value_or(QDate()),
                                             write.installDate.value_or(QDate()));
    write.warrantyEnd = end.isValid() ? std::optional<QDate>(end) : std::nullopt;
    return write;
}

QString auditDetail(qint64 productId, const Args& args, int version)
{
    QJsonArray fields;
    for (auto it = args.map().cbegin(); it != args.map().cend(); ++it) {
        const QString key = it.key().toString();
        if (key != QLatin1String("id") && key != QLatin1String("version") && key != QLatin1String("customer_id"))
            fields.append(key);
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("product_id"), productId},
                                                       {QStringLiteral("fields"), fields},
                                                       {QStringLiteral("version"), version}})
                                 .toJson(QJsonDocument::Compact));
}

CustomerProduct requireProduct(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const qint64 id = args.requiredInt(QStringLiteral("id"), 1, kMaxId);
    const int version = int(args.requiredInt(QStringLiteral("version"), 1, std::numeric_limits<int>::max()));
    auto current = CustomerProductRepository::find(tx, id, session.orgPath, true);
    if (!current)
        throw ApiError::notFound(QStringLiteral("customer product"));
    if (current->version != version)
        throw ApiError::conflict(QStringLiteral("the product was changed by someone else (version %1, yours %2); reload it")
                                     .arg(current->version)
                                     .arg(version));
    return *current;
}
} // namespace

QCborMap CustomerProductService::list(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const qint64 customerId = args.requiredInt(QStringLiteral("customer_id"), 1, kMaxId);
    const ProductList list = CustomerProductRepository::list(tx, customerId, session.orgPath);
    if (!list.customerVisible)
        throw ApiError::notFound(QStringLiteral("customer"));
    QCborArray items;
    for (const CustomerProduct& product : list.items)
        items.append(product.toCbor());
    QCborMap result;
    result.insert(QStringLiteral("items"), items);
    return result;
}

CustomerProduct CustomerProductService::add(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const qint64 customerId = args.requiredInt(QStringLiteral("customer_id"), 1, kMaxId);
    if (!customers::CustomerRepository::find(tx, customerId, session.orgPath, true))
        throw ApiError::notFound(QStringLiteral("customer"));
    const ProductWrite write = merge(tx, args, ProductWrite{}, 0, true);
    const qint64 id = CustomerProductRepository::insert(tx, customerId, write, session.userId);
    customers::CustomerRepository::audit(tx, session.userId, QStringLiteral("customer.product.add"), customerId,
                                         auditDetail(id, args, 1));
    return *CustomerProductRepository::find(tx, id, session.orgPath);
}

CustomerProduct CustomerProductService::update(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const CustomerProduct current = requireProduct(tx, session, args);
    const ProductWrite write = merge(tx, args, writeOf(current), current.id, false);
    if (!CustomerProductRepository::update(tx, current.id, current.version, write))
        throw ApiError::conflict(QStringLiteral("the product was changed by someone else; reload it"));
    customers::CustomerRepository::audit(tx, session.userId, QStringLiteral("customer.product.update"),
                                         current.customerId, auditDetail(current.id, args, current.version + 1));
    return *CustomerProductRepository::find(tx, current.id, session.orgPath);
}

QCborMap CustomerProductService::remove(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const CustomerProduct current = requireProduct(tx, session, args);
    if (!CustomerProductRepository::remove(tx, current.id, current.version))
        throw ApiError::conflict(QStringLiteral("the product was changed by someone else; reload it"));
    customers::CustomerRepository::audit(tx, session.userId, QStringLiteral("customer.product.remove"),
                                         current.customerId, auditDetail(current.id, Args(QCborMap{}), current.version));
    QCborMap result;
    result.insert(QStringLiteral("id"), current.id);
    result.insert(QStringLiteral("customer_id"), current.customerId);
    return result;
}

QCborMap CustomerProductService::listModels(pqxx::transaction_base& tx, const Args& args)
{
    QCborArray items;
    for (const common::ProductModel& model :
         CustomerProductRepository::models(tx, args.boolOr(QStringLiteral("include_inactive"), false)))
        items.append(model.toCbor());
    QCborMap result;
    result.insert(QStringLiteral("items"), items);
    return result;
}

QCborMap CustomerProductService::listCategories(pqxx::transaction_base& tx)
{
    QCborArray items;
    for (const ProductCategory& category : CustomerProductRepository::categories(tx)) {
        QCborMap item;
        item.insert(QStringLiteral("code"), category.code);
        item.insert(QStringLiteral("name"), category.name);
        item.insert(QStringLiteral("parent_code"), category.parentCode);
        items.append(item);
    }
    QCborMap result;
    result.insert(QStringLiteral("items"), items);
    return result;
}

} // namespace csm::server::products
