#include "server/seed/contact_history.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iomanip>
#include <stdexcept>

namespace csm::server::seed {
namespace {

// Customers per statement: the work of one chunk stays in memory comfortably.
constexpr long long kChunkCustomers = 50'000;

#define CSM_SEED_SUMMARIES                                                                          \
    "(ARRAY['咨询保修期限', '报修：不制热', '询问上门时间', '投诉维修人员迟到', '预约安装',             \
            '询问配件价格', '表扬服务态度', '催办维修进度', '咨询以旧换新', '反映异响'])"

// Inbound calls and their contacts, `perCustomer` per customer with a phone.
const char* kCallsSql =
    "WITH src AS ("
    "  SELECT c.id AS customer_id, p.phone, g.n,"
    "         now() - random() * interval '730 days' AS at, random() < 0.85 AS answered,"
    "         ($3::bigint[])[1 + floor(random() * cardinality($3::bigint[]))::int] AS agent"
    "  FROM customer c JOIN customer_phone p ON p.customer_id = c.id AND p.position = 0"
    "  CROSS JOIN generate_series(1, $4) AS g(n)"
    "  WHERE c.id >= $1 AND c.id < $2),"
    " calls AS ("
    "  INSERT INTO call_record (call_key, source, direction, caller_number, called_number, customer_number, queue,"
    "    offered_at, enqueued_at, ring_at, answered_at, ended_at, extension, agent_id, outcome, wrap_up_seconds,"
    "    customer_id)"
    "  SELECT 'seed-' || customer_id || '-' || n || '-' || md5(random()::text), 'sim', 'inbound', phone, '4008123123',"
    "    phone, 'service', at, at, at + interval '20 seconds',"
    "    CASE WHEN answered THEN at + interval '25 seconds' END, at + interval '4 minutes',"
    "    (SELECT extension FROM app_user WHERE id = agent), CASE WHEN answered THEN agent END,"
    "    CASE WHEN answered THEN 'answered' ELSE 'abandoned' END, CASE WHEN answered THEN 30 END, customer_id"
    "  FROM src RETURNING id, customer_id, offered_at, agent_id, outcome)"
    " INSERT INTO contact (customer_id, channel, occurred_at, user_id, summary, call_id)"
    " SELECT customer_id, 'phone_in', offered_at, agent_id,"
    "   CASE WHEN outcome = 'answered' THEN " CSM_SEED_SUMMARIES "[1 + floor(random() * 10)::int] ELSE '' END, id"
    " FROM calls";

// Contacts over the other channels, `perCustomer` per customer.
const char* kOtherSql =
    "INSERT INTO contact (customer_id, channel, occurred_at, user_id, summary)"
    " SELECT c.id, (ARRAY['email', 'web', 'sms', 'walk_in', 'letter', 'fax', 'phone_out'])[1 + floor(random() * 7)::int],"
    "   now() - random() * interval '730 days',"
    "   ($3::bigint[])[1 + floor(random() * cardinality($3::bigint[]))::int],"
    "   " CSM_SEED_SUMMARIES "[1 + floor(random() * 10)::int]"
    " FROM customer c CROSS JOIN generate_series(1, $4) AS g(n) WHERE c.id >= $1 AND c.id < $2";

} // namespace

ContactHistoryStats insertContactHistory(pqxx::transaction_base& tx, long long count, bool progress, std::ostream& out)
{
    ContactHistoryStats stats;
    const pqxx::row range = tx.exec1("SELECT coalesce(min(id), 0), coalesce(max(id), -1), count(*) FROM customer");
    const long long first = range[0].as<long long>();
    const long long last = range[1].as<long long>();
    const long long customers = range[2].as<long long>();
    const std::string agents = tx.exec1("SELECT coalesce(array_agg(id ORDER BY id)::text, '{}') FROM app_user"
                                        " WHERE extension IS NOT NULL")[0].as<std::string>();
    if (customers == 0 || count <= 0 || agents == "{}")
        return stats;
    // Whole contacts per customer; the rest of `count` goes to a share of the customers.
    const double perCustomer = double(count) / double(customers);
    const int calls = std::max(1, int(std::lround(perCustomer * 0.6)));
    const int others = std::max(0, int(std::lround(perCustomer)) - calls);
    const auto start = std::chrono::steady_clock::now();
    for (long long lo = first; lo <= last; lo += kChunkCustomers) {
        const long long hi = lo + kChunkCustomers;
        const pqxx::result made = tx.exec_params(kCallsSql, lo, hi, agents, calls);
        stats.calls += made.affected_rows();
        stats.contacts += made.affected_rows();
        if (others > 0)
            stats.contacts += tx.exec_params(kOtherSql, lo, hi, agents, others).affected_rows();
        if (progress) {
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            out << "  " << stats.contacts << " contacts (" << stats.calls << " calls) after " << std::fixed
                << std::setprecision(0) << seconds << " s" << std::defaultfloat << std::endl;
        }
    }
    return stats;
}

void seedContacts(const std::string& connectionString, long long count, std::ostream& out)
{
    if (count <= 0)
        throw std::invalid_argument("seedContacts: count must be positive");
    const auto start = std::chrono::steady_clock::now();
    pqxx::connection connection(connectionString);
    ContactHistoryStats stats;
    {
        pqxx::work tx(connection, "seed_contacts");
        out << "generating about " << count << " contacts..." << std::endl;
        stats = insertContactHistory(tx, count, true, out);
        tx.commit();
    }
    {
        pqxx::nontransaction tx(connection);
        tx.exec0("ANALYZE contact");
        tx.exec0("ANALYZE call_record");
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    out << "added " << stats.contacts << " contacts (" << stats.calls << " with call records) in " << std::fixed
        << std::setprecision(1) << seconds << " s" << std::defaultfloat << std::endl;
}

} // namespace csm::server::seed
