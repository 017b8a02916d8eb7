#pragma once
// The demo catalogue's fault codes (故障代码): the codes a maker of home appliances gives its
// service network per product category. Sub-categories (壁挂式空调, 燃气热水器, …) inherit the
// codes of their parent and add their own.
#include <pqxx/pqxx>

namespace csm::server::seed {

// Needs the catalogue (insertCatalogue). Returns the number of codes inserted.
int insertFaultCodes(pqxx::transaction_base& tx);

} // namespace csm::server::seed
