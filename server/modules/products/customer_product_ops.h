#pragma once
#include "server/rpc/module_registry.h"

namespace csm::server::products {

// The products module: customer products (customer.product.*) and the catalogue pickers
// (product.model.list).
void registerProductModule(ModuleRegistry& registry);

} // namespace csm::server::products
