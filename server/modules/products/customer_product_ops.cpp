#include "server/modules/products/customer_product_ops.h"

#include "server/modules/products/customer_product_repository.h"
#include "server/modules/products/customer_product_service.h"
#include "server/modules/products/fault_code_repository.h"
#include "server/modules/products/fault_code_service.h"

namespace csm::server::products {

using common::OpId;

void registerProductModule(ModuleRegistry& registry)
{
    registry.addModule(QStringLiteral("products"), {QStringLiteral("customers")});
    CustomerProductRepository::registerStatements(registry);
    FaultCodeRepository::registerStatements(registry);

    registry.addHandler(OpId::CustomerProductList, [](OpContext& context, const Args& args) -> QCborValue {
        return CustomerProductService::list(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::CustomerProductAdd, [](OpContext& context, const Args& args) -> QCborValue {
        return CustomerProductService::add(context.tx(), context.session(), args).toCbor();
    });
    registry.addHandler(OpId::CustomerProductUpdate, [](OpContext& context, const Args& args) -> QCborValue {
        return CustomerProductService::update(context.tx(), context.session(), args).toCbor();
    });
    registry.addHandler(OpId::CustomerProductRemove, [](OpContext& context, const Args& args) -> QCborValue {
        return CustomerProductService::remove(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::ProductModelList, [](OpContext& context, const Args& args) -> QCborValue {
        return CustomerProductService::listModels(context.tx(), args);
    });
    registry.addHandler(OpId::ProductCategoryList, [](OpContext& context, const Args&) -> QCborValue {
        return CustomerProductService::listCategories(context.tx());
    });
    registry.addHandler(OpId::FaultCodeList, [](OpContext& context, const Args& args) -> QCborValue {
        return FaultCodeService::list(context.tx(), args);
    });
    registry.addHandler(OpId::FaultCodeSet, [](OpContext& context, const Args& args) -> QCborValue {
        return FaultCodeService::set(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::FaultCodeDeactivate, [](OpContext& context, const Args& args) -> QCborValue {
        return FaultCodeService::deactivate(context.tx(), context.session(), args);
    });
}

} // namespace csm::server::products
