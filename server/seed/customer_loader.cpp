#include "server/seed/customer_loader.h"

#include "server/seed/demo_world.h"

#include <pqxx/stream_to>

#include <algorithm>
#include <chrono>
#include <iomanip>
#include <map>
#include <stdexcept>
#include <tuple>

namespace csm::server::seed {
namespace {

using Clock = std::chrono::steady_clock;

const std::vector<std::string> kCustomerColumns{
    "id", "name", "gender", "birth_date", "id_number", "email", "province_code", "city_code", "district_code",
    "address_detail", "address_text", "occupation", "vip_level", "org_unit_id", "org_path",
};
const std::vector<std::string> kPhoneColumns{"customer_id", "position", "phone", "local_part", "kind"};

// The tables whose secondary indexes are rebuilt around a large load.
const std::vector<std::string> kIndexedTables{"customer", "customer_phone"};

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct PhoneRow {
    long long customerId;
    int position;
    GeneratedPhone phone;
};

// Takes ids [first, first + count) from the customer sequence. The table lock keeps every
// other writer (whose INSERT would draw from the sequence) out until the transaction ends.
long long reserveCustomerIds(pqxx::transaction_base& tx, long long count)
{
    tx.exec0("LOCK TABLE customer IN SHARE ROW EXCLUSIVE MODE");
    const long long first = tx.exec1("SELECT nextval(pg_get_serial_sequence('customer', 'id'))")[0].as<long long>();
    if (count > 1)
        tx.exec_params("SELECT setval(pg_get_serial_sequence('customer', 'id'), $1)", first + count - 1);
    return first;
}

void streamCustomers(pqxx::transaction_base& tx, CustomerGenerator& generator, const LoadContext& context,
                     long long firstId, long long count, std::vector<PhoneRow>& phones, LoadStats& stats)
{
    GeneratedCustomer customer;
    pqxx::stream_to stream(tx, "customer", kCustomerColumns);
    for (long long i = 0; i < count; ++i) {
        generator.next(customer);
        const long long id = firstId + i;
        const int ownerIndex = customer.district->ownerIndex;
        const Owner& owner = ownerIndex >= 0 ? context.owners[std::size_t(ownerIndex)] : context.defaultOwner;
        if (ownerIndex >= 0)
            ++stats.ownedByPoints;
        stream << std::make_tuple(id, customer.name, customer.gender, customer.birthDate, customer.idNumber,
                                  customer.email.empty() ? nullptr : customer.email.c_str(),
                                  customer.district->provinceCode, customer.district->cityCode,
                                  customer.district->districtCode, customer.addressDetail, customer.addressText,
                                  customer.occupation, customer.vipLevel, owner.id, owner.path);
        for (std::size_t position = 0; position < customer.phones.size(); ++position)
            phones.push_back(PhoneRow{id, int(position), std::move(customer.phones[position])});
    }
    stream.complete();
}

void streamPhones(pqxx::transaction_base& tx, const std::vector<PhoneRow>& phones)
{
    pqxx::stream_to stream(tx, "customer_phone", kPhoneColumns);
    for (const PhoneRow& row : phones)
        stream << std::make_tuple(row.customerId, row.position, row.phone.phone, row.phone.local, row.phone.kind);
    stream.complete();
}

std::vector<IndexDefinition> dropSecondaryIndexes(pqxx::transaction_base& tx)
{
    std::vector<IndexDefinition> dropped;
    for (const std::string& table : kIndexedTables) {
        for (IndexDefinition& index : secondaryIndexes(tx, table)) {
            tx.exec0("DROP INDEX " + index.name);
            dropped.push_back(std::move(index));
        }
    }
    return dropped;
}

void recreateIndexes(pqxx::transaction_base& tx, const std::vector<IndexDefinition>& indexes)
{
    // Index builds sort in memory up to this limit instead of spilling to disk.
    tx.exec0("SET LOCAL maintenance_work_mem = '256MB'");
    for (const IndexDefinition& index : indexes)
        tx.exec0(index.definition);
}

} // namespace

LoadContext loadContext(pqxx::transaction_base& tx)
{
    LoadContext context;
    const auto hq = tx.exec("SELECT id, path::text FROM org_unit WHERE code = 'HQ'");
    if (hq.size() != 1)
        throw std::runtime_error("the root org unit 'HQ' is missing: run the migrations first");
    context.defaultOwner = Owner{hq[0][0].as<long long>(), hq[0][1].as<std::string>()};

    std::map<std::string, int> ownerByDistrict;
    std::map<std::string, int> ownerByPoint;
    for (const Coverage& coverage : demoCoverage()) {
        const std::string pointCode(coverage.pointCode);
        auto point = ownerByPoint.find(pointCode);
        if (point == ownerByPoint.end()) {
            const auto row = tx.exec_params("SELECT id, path::text FROM org_unit WHERE code = $1 AND active", pointCode);
            if (row.empty())
                continue; // no demo world: everybody belongs to HQ
            context.owners.push_back(Owner{row[0][0].as<long long>(), row[0][1].as<std::string>()});
            point = ownerByPoint.emplace(pointCode, int(context.owners.size()) - 1).first;
        }
        ownerByDistrict.emplace(std::string(coverage.districtCode), point->second);
    }

    const auto districts = tx.exec(
        "SELECT p.code, c.code, d.code, p.name || ' ' || c.name || ' ' || d.name"
        " FROM region d JOIN region c ON c.code = d.parent_code JOIN region p ON p.code = c.parent_code"
        " WHERE d.level = 3 AND d.active AND c.active AND p.active ORDER BY d.code");
    context.districts.reserve(districts.size());
    for (const auto& row : districts) {
        District district{row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<std::string>(),
                          row[3].as<std::string>(), -1};
        if (const auto owner = ownerByDistrict.find(district.districtCode); owner != ownerByDistrict.end())
            district.ownerIndex = owner->second;
        context.districts.push_back(std::move(district));
    }
    return context;
}

std::vector<IndexDefinition> secondaryIndexes(pqxx::transaction_base& tx, const std::string& table)
{
    const auto rows = tx.exec_params(
        "SELECT format('%I.%I', i.schemaname, i.indexname), i.indexdef FROM pg_indexes i"
        " WHERE i.schemaname = current_schema() AND i.tablename = $1"
        "   AND NOT EXISTS (SELECT 1 FROM pg_constraint c"
        "                   WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)"
        " ORDER BY i.indexname",
        table);
    std::vector<IndexDefinition> indexes;
    for (const auto& row : rows)
        indexes.push_back(IndexDefinition{row[0].as<std::string>(), row[1].as<std::string>()});
    return indexes;
}

LoadStats loadCustomers(pqxx::transaction_base& tx, CustomerGenerator& generator, const LoadContext& context,
                        long long count, const LoadOptions& options, std::ostream& out)
{
    LoadStats stats;
    if (count <= 0)
        return stats;
    const auto start = Clock::now();
    stats.firstId = reserveCustomerIds(tx, count);
    const bool rebuild = count >= options.rebuildIndexesFrom;
    const std::vector<IndexDefinition> dropped = rebuild ? dropSecondaryIndexes(tx) : std::vector<IndexDefinition>{};
    if (rebuild && options.progress)
        out << "  dropped " << dropped.size() << " secondary indexes; they are rebuilt after the load" << std::endl;

    const long long batchSize = std::max(1LL, options.batchSize);
    std::vector<PhoneRow> phones;
    phones.reserve(std::size_t(std::min(count, batchSize)) * 2);
    while (stats.customers < count) {
        const long long batch = std::min(batchSize, count - stats.customers);
        streamCustomers(tx, generator, context, stats.firstId + stats.customers, batch, phones, stats);
        streamPhones(tx, phones);
        stats.customers += batch;
        stats.phones += static_cast<long long>(phones.size());
        phones.clear();
        if (options.progress) {
            const double seconds = secondsSince(start);
            out << "  " << std::setw(10) << stats.customers << " customers  " << std::setw(10) << stats.phones
                << " phones  " << std::fixed << std::setprecision(1) << seconds << " s  "
                << std::setprecision(0) << double(stats.customers) / std::max(seconds, 1e-3) << " customers/s"
                << std::defaultfloat << std::endl;
        }
    }
    stats.loadSeconds = secondsSince(start);

    const auto indexStart = Clock::now();
    if (rebuild) {
        recreateIndexes(tx, dropped);
        if (options.progress)
            out << "  rebuilt " << dropped.size() << " indexes in " << std::fixed << std::setprecision(1)
                << secondsSince(indexStart) << " s" << std::defaultfloat << std::endl;
    }
    // Fresh statistics: the planner must not treat a table of a million rows as empty.
    tx.exec0("ANALYZE customer");
    tx.exec0("ANALYZE customer_phone");
    stats.indexSeconds = secondsSince(indexStart);
    return stats;
}

} // namespace csm::server::seed
