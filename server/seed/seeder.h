#pragma once
// Demo data and bulk generated customers for `csm-server seed`.
#include <ostream>
#include <string>

namespace csm::server::seed {

// The demo world: org tree with service points, users for every role (password demo1234),
// a product catalogue and 2,000 customers. Safe to run twice (does nothing the second time).
void seedDemo(const std::string& connectionString, std::ostream& out);

// Adds `count` generated customers with phones, addresses and valid ID numbers, via COPY.
void seedCustomers(const std::string& connectionString, long long count, std::ostream& out);

} // namespace csm::server::seed
