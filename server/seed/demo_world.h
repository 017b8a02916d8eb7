#pragma once
// The demo world inserted by seedDemo: the service network below HQ, one user per role and
// the product catalogue. All inserts run in the caller's transaction.
#include <pqxx/pqxx>

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace csm::server::seed {

struct DemoUser {
    std::string_view username;
    std::string_view displayName;
    std::string_view role;
    std::string_view orgCode;
    std::string_view extension; // empty = none
};

// The demo accounts; all share kDemoPassword.
std::span<const DemoUser> demoUsers();
inline constexpr std::string_view kDemoPassword = "demo1234";

// Which service point covers which district (GB/T 2260 code). Customers in a covered district
// are owned by that point; everybody else by HQ.
struct Coverage {
    std::string_view pointCode;
    std::string_view districtCode;
};
std::span<const Coverage> demoCoverage();

// The dispatch map (dispatch_coverage): which service point work orders of a region go to. The
// districts of demoCoverage(), the cities around them, and every province, so that an order for
// any demo customer is routed to a point (the district first, then its city, then its province).
std::span<const Coverage> demoDispatchCoverage();
// Inserts demoCoverage() and demoDispatchCoverage(); returns the number of regions mapped.
int insertDispatchCoverage(pqxx::transaction_base& tx);

// Regional centres, provincial centres and service points under the root org unit 'HQ'.
// Returns the number of units inserted.
int insertOrgTree(pqxx::transaction_base& tx);

// The users of demoUsers(); `passwordHashes[i]` belongs to demoUsers()[i].
int insertUsers(pqxx::transaction_base& tx, const std::vector<std::string>& passwordHashes);

// Product categories and models (codes that already exist are left alone).
// Returns {categories, models} inserted.
std::pair<int, int> insertCatalogue(pqxx::transaction_base& tx);

} // namespace csm::server::seed
