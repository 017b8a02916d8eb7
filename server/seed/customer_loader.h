#pragma once
// Bulk loading of generated customers and their phones with COPY (pqxx::stream_to), in the
// caller's transaction, with explicit ids from a reserved block of the customer sequence.
#include "server/seed/customer_generator.h"

#include <pqxx/pqxx>

#include <ostream>
#include <string>
#include <vector>

namespace csm::server::seed {

struct Owner {
    long long id = 0;
    std::string path; // ltree text of the org unit
};

struct LoadContext {
    Owner defaultOwner;           // HQ
    std::vector<Owner> owners;    // service points covering districts (District::ownerIndex)
    std::vector<District> districts;
};

// Reads HQ, the covering points of demoCoverage() that exist, and every active district with
// its province and city (ordered by code, so that a fixed seed gives the same customers).
LoadContext loadContext(pqxx::transaction_base& tx);

struct LoadOptions {
    // From this many customers on, the secondary indexes of customer and customer_phone are
    // dropped before the load and rebuilt after it (building them once is far cheaper than
    // maintaining them row by row). 0 = always.
    long long rebuildIndexesFrom = 100'000;
    long long batchSize = 100'000; // customers per COPY, then their phones; progress after each
    bool progress = true;
};

struct LoadStats {
    long long customers = 0;
    long long phones = 0;
    long long firstId = 0;
    long long ownedByPoints = 0;
    double loadSeconds = 0;    // COPY of both tables
    double indexSeconds = 0;   // index rebuild and ANALYZE
};

// Adds `count` customers. Locks the customer table against concurrent writers until the
// transaction ends (the id block must stay ours).
LoadStats loadCustomers(pqxx::transaction_base& tx, CustomerGenerator& generator, const LoadContext& context,
                        long long count, const LoadOptions& options, std::ostream& out);

struct IndexDefinition {
    std::string name;       // schema-qualified, quoted
    std::string definition; // CREATE INDEX ... as pg_indexes reports it
};

// Indexes of `table` that do not back a constraint (primary keys and unique constraints stay).
std::vector<IndexDefinition> secondaryIndexes(pqxx::transaction_base& tx, const std::string& table);

} // namespace csm::server::seed
