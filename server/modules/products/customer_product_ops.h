#pragma once
#include "server/rpc/module_registry.h"

namespace csm::server::products {

// The products module: customer products (customer.product.*) and the catalogue pickers
// (product.model.list), the fault codes of product categories (fault_code.*).
void registerProductModule(ModuleRegistry& registry);

} // namespace csm::server::products
