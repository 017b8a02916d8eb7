#include "tests/bench/bench_ops.h"

#include <QCborArray>

#include <algorithm>
#include <random>
#include <set>
#include <stdexcept>

namespace csm::bench {
namespace {

// ---- The server's SQL, copied verbatim from server/modules/customers/customer_repository.cpp.
// Keep in step with it: csm_bench compares these texts with the statements the server's own
// database sessions run (pg_stat_activity) and warns when they differ.
#define CSM_CUSTOMER_COLUMNS                                                                          \
    "c.id, c.version, c.name, coalesce(c.gender, ''), coalesce(to_char(c.birth_date, 'YYYY-MM-DD'), ''),"  \
    " coalesce(c.id_number, ''), coalesce(c.email, ''), coalesce(c.province_code, ''),"              \
    " coalesce(c.city_code, ''), coalesce(c.district_code, ''), c.address_detail, c.address_text,"   \
    " c.occupation, c.income_band, c.family, c.vip_level, c.tags, c.note, c.org_unit_id,"            \
    " to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"                 \
    " to_char(c.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"                 \
    " ARRAY(SELECT p.phone FROM customer_phone p WHERE p.customer_id = c.id ORDER BY p.position),"   \
    " c.org_path::text"

#define CSM_CUSTOMER_PAGE " AND c.org_path <@ $2::ltree AND c.id > $3 ORDER BY c.id LIMIT $4"

// From server/modules/customers/custom_field_repository.h: the customer's custom field values.
#define CSM_CUSTOMER_CUSTOM_COLUMN                                                                      \
    "(SELECT json_object_agg(f.code, CASE f.type WHEN 'number' THEN to_json(v.number_value)"           \
    " WHEN 'date' THEN to_json(to_char(v.date_value, 'YYYY-MM-DD')) ELSE to_json(v.text_value) END)" \
    " FROM customer_field_value v JOIN customer_field f ON f.id = v.field_id AND f.active"            \
    " WHERE v.customer_id = c.id)"

constexpr const char* kCustGet = "SELECT " CSM_CUSTOMER_COLUMNS ", " CSM_CUSTOMER_CUSTOM_COLUMN
                                 " FROM customer c WHERE c.id = $1 AND c.org_path <@ $2::ltree";
constexpr const char* kCustSearchPhone =
    "SELECT " CSM_CUSTOMER_COLUMNS " FROM customer c WHERE c.id IN"
    " (SELECT customer_id FROM customer_phone WHERE phone = $1)" CSM_CUSTOMER_PAGE;
constexpr const char* kCustSearchName =
    "SELECT " CSM_CUSTOMER_COLUMNS " FROM customer c WHERE c.name_grams @> csm_query_grams($1)"
    " AND strpos(lower(c.name), lower($1)) > 0" CSM_CUSTOMER_PAGE;

#undef CSM_CUSTOMER_PAGE
#undef CSM_CUSTOMER_COLUMNS

// customer.search asks for one row more than the page (50 by default) to know whether another
// page exists, and starts after id 0 without a cursor.
constexpr int kPageSize = 50;
const std::string kSearchLimit = std::to_string(kPageSize + 1);
const std::string kFirstPage = "0";

constexpr const char* kMobilePrefixes[] = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
                                           "151", "152", "155", "156", "157", "158", "159", "166", "177", "180",
                                           "181", "182", "185", "186", "187", "188", "189", "191", "198", "199"};

std::string textArrayLiteral(const std::vector<std::string>& digits)
{
    std::string literal = "{";
    for (const std::string& value : digits) {
        if (literal.size() > 1)
            literal += ',';
        literal += value;   // digits only: no quoting needed
    }
    return literal + "}";
}

// Random mobile numbers that no customer has.
std::vector<std::string> missingPhones(PGconn* db, int count)
{
    std::mt19937_64 random(20240601);
    std::uniform_int_distribution<int> prefix(0, int(std::size(kMobilePrefixes)) - 1);
    std::uniform_int_distribution<int> digit(0, 9);
    std::vector<std::string> result;
    while (int(result.size()) < count) {
        std::vector<std::string> candidates;
        for (int i = 0; i < 2 * count + 16; ++i) {
            std::string phone = kMobilePrefixes[prefix(random)];
            while (phone.size() < 11)
                phone += char('0' + digit(random));
            candidates.push_back(std::move(phone));
        }
        const auto taken = queryColumn(db, "SELECT DISTINCT phone FROM customer_phone WHERE phone = ANY($1::text[])",
                                       {textArrayLiteral(candidates)});
        const std::set<std::string> takenSet(taken.begin(), taken.end());
        for (std::string& phone : candidates) {
            if (int(result.size()) < count && !takenSet.count(phone))
                result.push_back(std::move(phone));
        }
    }
    return result;
}

std::vector<std::string> phoneSamples(PGconn* db, const std::string& scope, int count, double missRatio)
{
    const int hits = std::clamp(int(count * (1.0 - missRatio) + 0.5), missRatio < 1.0 ? 1 : 0, count);
    std::vector<std::string> samples;
    if (hits > 0) {
        samples = queryColumn(db,
                              "SELECT p.phone FROM customer_phone p JOIN customer c ON c.id = p.customer_id"
                              " WHERE p.kind = 'mobile' AND c.org_path <@ $1::ltree ORDER BY random() LIMIT $2",
                              {scope, std::to_string(hits)});
        if (samples.empty())
            throw std::runtime_error("no customer with a mobile phone in scope " + scope + ": seed the database first");
    }
    // Misses in proportion to the hits found (a small database has fewer phones than asked for).
    const int misses = missRatio >= 1.0
        ? count
        : int(double(samples.size()) * missRatio / (1.0 - missRatio) + 0.5);
    for (std::string& phone : missingPhones(db, misses))
        samples.push_back(std::move(phone));
    return samples;
}

std::vector<std::string> idSamples(PGconn* db, const std::string& scope, int count, double)
{
    std::vector<std::string> samples = queryColumn(
        db, "SELECT id::text FROM customer WHERE org_path <@ $1::ltree ORDER BY random() LIMIT $2",
        {scope, std::to_string(count)});
    if (samples.empty())
        throw std::runtime_error("no customer in scope " + scope + ": seed the database first");
    return samples;
}

// The first two characters of random names (a surname and one more character, as an agent
// would type them), with duplicates: common names are searched more often.
std::vector<std::string> namePrefixSamples(PGconn* db, const std::string& scope, int count, double)
{
    std::vector<std::string> samples = queryColumn(
        db,
        "SELECT left(name, 2) FROM (SELECT name FROM customer WHERE org_path <@ $1::ltree"
        " AND char_length(name) >= 2 ORDER BY random() LIMIT $2) s WHERE left(name, 2) !~ '\\s'",
        {scope, std::to_string(count)});
    if (samples.empty())
        throw std::runtime_error("no customer name in scope " + scope + ": seed the database first");
    return samples;
}

QCborMap phoneRequest(const std::string& sample)
{
    return QCborMap{{QStringLiteral("phone"), QString::fromStdString(sample)}};
}

QCborMap idRequest(const std::string& sample)
{
    return QCborMap{{QStringLiteral("id"), qint64(std::stoll(sample))}};
}

QCborMap nameRequest(const std::string& sample)
{
    return QCborMap{{QStringLiteral("name"), QString::fromUtf8(sample.data(), qsizetype(sample.size()))}};
}

std::vector<std::string> searchParams(const std::string& sample, const std::string& scope)
{
    return {sample, scope, kFirstPage, kSearchLimit};
}

std::vector<std::string> getParams(const std::string& sample, const std::string& scope)
{
    return {sample, scope};
}

int searchResultRows(const QCborValue& result)
{
    return int(result.toMap().value(QStringLiteral("items")).toArray().size());
}

int oneResultRow(const QCborValue& result)
{
    return result.isMap() ? 1 : 0;
}

int searchPageRows(int rows)
{
    return std::min(rows, kPageSize);
}

int sameRows(int rows)
{
    return rows;
}

} // namespace

const std::vector<OpSpec>& opTable()
{
    static const std::vector<OpSpec> table = {
        {"customer.search.phone", "customer.search {phone}: existing mobiles and some misses, first page",
         "customer.search", "cust_search_phone", kCustSearchPhone, phoneSamples, phoneRequest, searchParams,
         searchResultRows, searchPageRows},
        {"customer.get", "customer.get {id}: random existing ids", "customer.get", "cust_get", kCustGet, idSamples,
         idRequest, getParams, oneResultRow, sameRows},
        {"customer.search.name2", "customer.search {name}: first two characters of random names, first page",
         "customer.search", "", kCustSearchName, namePrefixSamples, nameRequest, searchParams,
         searchResultRows, searchPageRows},
    };
    return table;
}

const OpSpec* findOp(const std::string& name)
{
    for (const OpSpec& op : opTable()) {
        if (name == op.name)
            return &op;
    }
    return nullptr;
}

std::vector<std::string> queryColumn(PGconn* db, const std::string& sql, const std::vector<std::string>& params)
{
    std::vector<const char*> values;
    for (const std::string& param : params)
        values.push_back(param.c_str());
    PGresult* result = PQexecParams(db, sql.c_str(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    if (PQresultStatus(result) != PGRES_TUPLES_OK) {
        const std::string message = PQresultErrorMessage(result);
        PQclear(result);
        throw std::runtime_error("query failed: " + message + "  (" + sql + ")");
    }
    std::vector<std::string> column;
    column.reserve(std::size_t(PQntuples(result)));
    for (int row = 0; row < PQntuples(result); ++row)
        column.emplace_back(PQgetvalue(result, row, 0), std::size_t(PQgetlength(result, row, 0)));
    PQclear(result);
    return column;
}

} // namespace csm::bench
