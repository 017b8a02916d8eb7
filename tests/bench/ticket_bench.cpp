// Work orders under load (issue 4): ticket.create and a workflow transition at N connections
// against raw PostgreSQL running the same statements in one transaction per op, and the first
// page of a service point's ticket.list.
//
// The raw mode does what the op must do in the database and nothing more: for ticket.create it
// looks up the customer's region and the covering service point, takes the day's number,
// inserts the order and its timeline events, starts the SLA clocks and queues the dispatch SMS; for the transition
// (reassign, the service point's "改派维修员", a transition from "assigned" to itself, so an order
// can take it again and again) it locks and reads the order, checks the technician, updates the
// order (reading it back, as the server's ticket_update does) and appends the transition and its
// notify effect to the timeline. The server does more around the same statements (the workflow,
// role and field checks, the facts for the technician's push, the reply): the ratio is what all
// of that costs.
#include "tests/bench/ticket_bench.h"

#include "tests/bench/bench_clients.h"
#include "tests/bench/bench_stats.h"
#include "tests/bench/ticket_bench_sql.h"
#include "tests/bench/ticket_bench_world.h"

#include <QCborArray>
#include <QCborMap>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <latch>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <stdexcept>
#include <thread>

namespace csm::bench {
namespace {

using Clock = std::chrono::steady_clock;
using Nullable = std::vector<std::optional<std::string>>;

constexpr double kTargetRatio = 0.6;        // create and transition: server / raw throughput
constexpr double kTargetListP99Ms = 20.0;   // the first page of a service point's list
constexpr const char* kCreateDescription = "csm_bench create";
constexpr const char* kTimeZone = "Asia/Shanghai";   // server/modules/tickets/ticket_service.h
constexpr int kListPage = 50;                         // ticket.list's default page

// ------------------------------------------------------------------ one op, two modes

struct Phase {
    long long ops = 0;
    long long errors = 0;
    double seconds = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    std::string firstError;
    double opsPerSecond() const { return seconds > 0 ? double(ops) / seconds : 0; }
};

// One op by thread `index`; returns false for an error answer (with its text in `error`).
using Step = std::function<bool(int index, std::mt19937_64& random, std::string& error)>;

Phase runPhase(int connections, double seconds, std::uint64_t seed, const Step& step)
{
    struct ThreadResult {
        std::vector<double> latencies;
        long long ops = 0;
        long long errors = 0;
        std::string firstError;
        std::string failure;
        Clock::time_point finished;
    };
    std::vector<ThreadResult> results{std::size_t(connections)};
    std::latch ready(connections);
    std::latch go(1);
    Clock::time_point start;
    Clock::time_point deadline;
    std::vector<std::thread> threads;
    for (int index = 0; index < connections; ++index) {
        threads.emplace_back([&, index] {
            ThreadResult& result = results[std::size_t(index)];
            std::mt19937_64 random(seed * 1000003u + std::uint64_t(index));
            ready.count_down();
            go.wait();
            try {
                for (Clock::time_point now = Clock::now(); now < deadline;) {
                    const Clock::time_point sent = Clock::now();
                    std::string error;
                    if (!step(index, random, error)) {
                        ++result.errors;
                        if (result.firstError.empty())
                            result.firstError = error;
                    }
                    now = Clock::now();
                    result.latencies.push_back(std::chrono::duration<double, std::milli>(now - sent).count());
                    ++result.ops;
                }
            } catch (const std::exception& error) {
                result.failure = error.what();
            }
            result.finished = Clock::now();
        });
    }
    ready.wait();
    start = Clock::now();
    deadline = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    go.count_down();
    for (std::thread& thread : threads)
        thread.join();

    Phase phase;
    std::vector<double> latencies;
    Clock::time_point end = start;
    for (ThreadResult& result : results) {
        if (!result.failure.empty())
            throw std::runtime_error(result.failure);
        phase.ops += result.ops;
        phase.errors += result.errors;
        if (phase.firstError.empty())
            phase.firstError = result.firstError;
        end = std::max(end, result.finished);
        latencies.insert(latencies.end(), result.latencies.begin(), result.latencies.end());
    }
    phase.seconds = std::chrono::duration<double>(end - start).count();
    phase.p50Ms = percentile(latencies, 0.50);
    phase.p99Ms = percentile(latencies, 0.99);
    return phase;
}

struct Pools {
    std::vector<std::unique_ptr<WireClient>> agents;
    std::vector<std::unique_ptr<WireClient>> points;
    std::vector<std::unique_ptr<RawClient>> raw;
};

Pools openPools(const TicketBenchOptions& options, int connections)
{
    Pools pools;
    for (int i = 0; i < connections; ++i) {
        pools.agents.push_back(std::make_unique<WireClient>());
        pools.points.push_back(std::make_unique<WireClient>());
        pools.raw.push_back(std::make_unique<RawClient>());
    }
    const std::vector<std::pair<const char*, const char*>> statements = {
        {"b_next_number", ticket_sql::kNextNumber}, {"b_insert", ticket_sql::kInsert},
        {"b_get_for_update", ticket_sql::kGetForUpdate}, {"b_update", ticket_sql::kUpdate},
        {"b_event", ticket_sql::kEventInsert}, {"b_list", ticket_sql::kList}, {"b_rows", ticket_sql::kRows},
        {"b_start_clocks", ticket_sql::kStartClocks}, {"b_customer", ticket_sql::kCustomer},
        {"b_covering", ticket_sql::kCovering}, {"b_user", ticket_sql::kUser}, {"b_notify", ticket_sql::kNotify}};
    std::mutex mutex;
    std::string firstError;
    std::vector<std::thread> threads;
    for (int i = 0; i < connections; ++i) {
        threads.emplace_back([&, i] {
            try {   // logins hash a password (argon2id): in parallel
                pools.agents[std::size_t(i)]->open(options.host, options.port, options.agent, options.password);
                pools.points[std::size_t(i)]->open(options.host, options.port, options.point, options.password);
                RawClient& raw = *pools.raw[std::size_t(i)];
                raw.open(options.db);
                raw.run("SET application_name = 'csm_bench_raw'");
                for (const auto& [name, sql] : statements)
                    raw.prepare(name, sql);
            } catch (const std::exception& error) {
                std::lock_guard lock(mutex);
                if (firstError.empty())
                    firstError = error.what();
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    if (!firstError.empty())
        throw std::runtime_error(firstError);
    return pools;
}

bool answer(const CallResult& result, std::string& error)
{
    if (!result.ok)
        error = (result.errorCode + QStringLiteral(": ") + result.errorMessage).toStdString();
    return result.ok;
}

std::optional<std::string> nonEmpty(const std::string& value)
{
    return value.empty() ? std::nullopt : std::optional<std::string>(value);
}

struct OpRun {
    std::string name;
    int connections = 0;
    Step server;
    Step raw;
    std::vector<Phase> serverPhases;
    std::vector<Phase> rawPhases;
};

std::vector<OpRun> makeRuns(const TicketBenchOptions& options, int connections, const World& world, Pools& pools,
                            std::vector<int>& versions)
{
    const std::string description = kCreateDescription;
    auto pickCustomer = [&world](std::mt19937_64& random) -> const std::string& {
        return world.customers[std::uniform_int_distribution<std::size_t>(0, world.customers.size() - 1)(random)];
    };
    // Each transition thread cycles through its own orders: no two threads touch one order.
    // (The steps outlive this function: they capture these two by value.)
    auto pickOrder = [&world, connections](int index, std::mt19937_64& random) {
        const std::size_t share = world.orders.size() / std::size_t(connections);
        return std::size_t(index) * share + std::uniform_int_distribution<std::size_t>(0, share - 1)(random);
    };

    std::vector<OpRun> runs;
    for (const std::string& op : options.ops) {
        OpRun run{op, connections, {}, {}, {}, {}};
        if (op == "ticket.create") {
            run.server = [&pools, pickCustomer, description](int index, std::mt19937_64& random, std::string& error) {
                const QCborMap args{{QStringLiteral("service_type"), QStringLiteral("repair")},
                                    {QStringLiteral("severity"), QStringLiteral("general")},
                                    {QStringLiteral("channel"), QStringLiteral("phone_in")},
                                    {QStringLiteral("customer_id"), std::stoll(pickCustomer(random))},
                                    {QStringLiteral("description"), QString::fromStdString(description)}};
                return answer(pools.agents[std::size_t(index)]->call(QStringLiteral("ticket.create"), args), error);
            };
            run.raw = [&pools, &world, pickCustomer, description](int index, std::mt19937_64& random, std::string&) {
                RawClient& raw = *pools.raw[std::size_t(index)];
                const std::string& customer = pickCustomer(random);
                raw.run("BEGIN");
                raw.execute("b_customer", {customer, world.agent.path});
                const std::string region = raw.firstRow().at(1);
                std::optional<std::string> unit;
                std::string unitName, regionName;
                if (!region.empty() && raw.execute("b_covering", {region}) > 0) {
                    unit = raw.firstRow().at(2);
                    regionName = raw.firstRow().at(1);
                    unitName = raw.firstRow().at(3);
                }
                raw.execute("b_next_number", {kTimeZone});
                const std::string number = raw.firstRow().at(0);
                raw.executeNullable("b_insert", {number, "repair", "general", "phone_in", customer, std::nullopt,
                                                 nonEmpty(region), description, "", std::nullopt, std::nullopt, unit,
                                                 world.agent.id, world.agent.unitId, world.workflowId, "created", "new"});
                const std::string id = raw.firstRow().at(0);
                raw.executeNullable("b_event", {id, world.agent.id, "created", std::nullopt, std::nullopt, "created",
                                                "{\"channel\":\"phone_in\",\"customer_id\":" + customer
                                                    + ",\"description\":\"" + description
                                                    + "\",\"service_type\":\"repair\",\"severity\":\"general\"}",
                                                std::nullopt, std::nullopt,
                                                "{\"number\":\"" + number + "\",\"workflow_version\":1}"});
                if (unit)
                    raw.executeNullable("b_event", {id, std::nullopt, "assigned", std::nullopt, std::nullopt, std::nullopt,
                                                    "{\"assigned_org_unit_id\":" + *unit + "}", std::nullopt, std::nullopt,
                                                    "{\"org_unit_name\":\"" + unitName + "\",\"region_code\":\"" + region
                                                        + "\",\"source\":\"coverage\"}"});
                raw.execute("b_start_clocks", {id});
                if (unit)   // the dispatch SMS to the customer, queued in the same transaction
                    raw.executeNullable("b_notify", {id, "13800000000", "ticket.dispatched",
                                                     "【CSM】您的服务单" + number + "已派至" + unitName
                                                         + "，服务网点将尽快与您联系。",
                                                     "queued", std::nullopt});
                raw.run("COMMIT");
                return true;
            };
        } else if (op == "ticket.transition") {
            run.server = [&pools, &world, &versions, pickOrder](int index, std::mt19937_64& random, std::string& error) {
                const std::size_t order = pickOrder(index, random);
                const QCborMap args{{QStringLiteral("id"), world.orders[order]},
                                    {QStringLiteral("version"), versions[order]},
                                    {QStringLiteral("transition"), QStringLiteral("reassign")},
                                    {QStringLiteral("fields"),
                                     QCborMap{{QStringLiteral("technician_id"), std::stoll(world.technician)}}}};
                const CallResult result = pools.points[std::size_t(index)]->call(QStringLiteral("ticket.transition"), args);
                if (result.ok)
                    versions[order] = int(result.result.toMap().value(QStringLiteral("version")).toInteger());
                return answer(result, error);
            };
            run.raw = [&pools, &world, &versions, pickOrder](int index, std::mt19937_64& random, std::string& error) {
                RawClient& raw = *pools.raw[std::size_t(index)];
                const std::size_t order = pickOrder(index, random);
                const std::string id = std::to_string(world.orders[order]);
                raw.run("BEGIN");
                if (raw.execute("b_get_for_update", {id, world.point.path}) != 1) {
                    raw.run("ROLLBACK");
                    error = "order " + id + " not visible";
                    return false;
                }
                const std::vector<std::string> t = raw.firstRow();
                raw.execute("b_user", {world.technician});
                // The order's own values for the fields the transition leaves alone (columns of
                // CSM_TICKET_COLUMNS: 16 fault code .. 22 visit result, 23/24 appointment, 25 unit).
                if (raw.executeNullable("b_update", {id, t.at(2), "assigned", "active", t.at(16), t.at(17), t.at(18),
                                                     t.at(19), t.at(20), t.at(21), t.at(22), nonEmpty(t.at(23)),
                                                     nonEmpty(t.at(24)), nonEmpty(t.at(25)), std::nullopt,
                                                     world.technician, world.point.path})
                    != 1)
                    throw std::runtime_error("the raw update of order " + id + " changed no row");
                raw.executeNullable("b_event", {id, world.point.id, "transition", "reassign", "assigned", "assigned",
                                                "{\"technician_id\":" + world.technician + "}", std::nullopt,
                                                std::nullopt, "{}"});
                raw.executeNullable("b_event", {id, std::nullopt, "effect", "reassign", std::nullopt, std::nullopt, "{}",
                                                "notify", "technician", "{}"});
                raw.run("COMMIT");
                versions[order] = std::stoi(t.at(2)) + 1;
                return true;
            };
        } else if (op == "ticket.list") {
            run.server = [&pools](int index, std::mt19937_64&, std::string& error) {
                const CallResult result = pools.points[std::size_t(index)]->call(QStringLiteral("ticket.list"), QCborMap());
                if (result.ok && result.result.toMap().value(QStringLiteral("items")).toArray().isEmpty()) {
                    error = "the point's list is empty";
                    return false;
                }
                return answer(result, error);
            };
            run.raw = [&pools, &world](int index, std::mt19937_64&, std::string&) {
                RawClient& raw = *pools.raw[std::size_t(index)];
                const std::string maxId = std::to_string(std::numeric_limits<qint64>::max());
                // The page's ids, then its rows (as TicketRepository::list does).
                raw.executeNullable("b_list", {world.point.unitId, world.point.path, maxId, std::nullopt, std::nullopt,
                                               std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                                               std::to_string(kListPage)});
                const std::string ids = raw.idArray();
                raw.execute("b_rows", {ids, world.point.path});
                return true;
            };
        } else {
            throw std::invalid_argument("unknown --tickets op '" + op + "' (ticket.create, ticket.transition, ticket.list)");
        }
        runs.push_back(std::move(run));
    }
    return runs;
}

struct Medians {
    double opsPerSecond = 0, p50Ms = 0, p99Ms = 0;
    long long errors = 0;
    std::string firstError;
};

Medians medians(const std::vector<Phase>& phases)
{
    Medians result;
    std::vector<double> ops, p50, p99;
    for (const Phase& phase : phases) {
        ops.push_back(phase.opsPerSecond());
        p50.push_back(phase.p50Ms);
        p99.push_back(phase.p99Ms);
        result.errors += phase.errors;
        if (result.firstError.empty())
            result.firstError = phase.firstError;
    }
    result.opsPerSecond = median(ops);
    result.p50Ms = median(p50);
    result.p99Ms = median(p99);
    return result;
}

std::string verdict(const OpRun& run, const Medians& server, const Medians& raw, bool& met)
{
    char text[160];
    if (run.name == "ticket.list") {
        met = server.p99Ms <= kTargetListP99Ms;
        std::snprintf(text, sizeof text, "p99 %.2f ms (needs <= %.0f ms: %s)", server.p99Ms, kTargetListP99Ms,
                      met ? "met" : "MISSED");
    } else {
        const double ratio = raw.opsPerSecond > 0 ? server.opsPerSecond / raw.opsPerSecond : 0;
        met = ratio >= kTargetRatio;
        std::snprintf(text, sizeof text, "ratio %.2f (needs >= %.1f: %s)", ratio, kTargetRatio, met ? "met" : "MISSED");
    }
    return text;
}

void report(const std::vector<OpRun>& runs, const TicketBenchOptions& options, const World& world)
{
    std::printf("\nwork orders: %s orders in the database; medians of %d round(s) of %.1f s\n\n",
                world.ticketCount.c_str(), options.rounds, options.seconds);
    std::printf("%-18s %5s | %12s %7s %7s | %12s %7s %7s | %6s | %s\n", "op", "conns", "server ops/s", "p50 ms",
                "p99 ms", "raw pg ops/s", "p50 ms", "p99 ms", "ratio", "target");
    std::printf("%s\n", std::string(118, '-').c_str());
    QJsonArray items;
    for (const OpRun& run : runs) {
        const Medians server = medians(run.serverPhases);
        const Medians raw = medians(run.rawPhases);
        bool met = false;
        const std::string target = verdict(run, server, raw, met);
        const double ratio = raw.opsPerSecond > 0 ? server.opsPerSecond / raw.opsPerSecond : 0;
        std::printf("%-18s %5d | %12.0f %7.2f %7.2f | %12.0f %7.2f %7.2f | %6.2f | %s\n", run.name.c_str(),
                    run.connections, server.opsPerSecond, server.p50Ms, server.p99Ms, raw.opsPerSecond, raw.p50Ms, raw.p99Ms, ratio,
                    target.c_str());
        if (server.errors > 0)
            std::printf("  %lld error answers from the server, first: %s\n", server.errors, server.firstError.c_str());
        items.append(QJsonObject{{QStringLiteral("op"), QString::fromStdString(run.name)},
                                 {QStringLiteral("connections"), run.connections},
                                 {QStringLiteral("ops_per_s"), server.opsPerSecond},
                                 {QStringLiteral("p50_ms"), server.p50Ms},
                                 {QStringLiteral("p99_ms"), server.p99Ms},
                                 {QStringLiteral("raw_pg_ops_per_s"), raw.opsPerSecond},
                                 {QStringLiteral("raw_pg_p50_ms"), raw.p50Ms},
                                 {QStringLiteral("raw_pg_p99_ms"), raw.p99Ms},
                                 {QStringLiteral("ratio"), ratio},
                                 {QStringLiteral("errors"), double(server.errors)},
                                 {QStringLiteral("target"), QString::fromStdString(target)},
                                 {QStringLiteral("target_met"), met}});
    }
    std::fflush(stdout);
    if (options.json.empty())
        return;
    const MachineInfo machine = machineInfo();
    const QJsonObject document{
        {QStringLiteral("tool"), QStringLiteral("csm_bench --tickets")},
        {QStringLiteral("tickets_in_database"), QString::fromStdString(world.ticketCount)},
        {QStringLiteral("machine"), QJsonObject{{QStringLiteral("cpu"), QString::fromStdString(machine.cpuModel)},
                                                {QStringLiteral("cpus"), machine.cpus}}},
        {QStringLiteral("rounds"), options.rounds},
        {QStringLiteral("seconds"), options.seconds},
        {QStringLiteral("results"), items}};
    QFile file(QString::fromStdString(options.json));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(document).toJson()) < 0)
        throw std::runtime_error("cannot write " + options.json);
}

} // namespace

int runTicketBench(const TicketBenchOptions& options)
{
    std::unique_ptr<PGconn, decltype(&PQfinish)> db(PQconnectdb(options.db.c_str()), &PQfinish);
    if (PQstatus(db.get()) != CONNECTION_OK)
        throw std::runtime_error("cannot connect to PostgreSQL: " + std::string(PQerrorMessage(db.get())));
    World world = readWorld(db.get(), options);
    const bool transitions = std::find(options.ops.begin(), options.ops.end(), "ticket.transition") != options.ops.end();
    const int most = *std::max_element(options.connections.begin(), options.connections.end());
    if (transitions)
        prepareOrders(db.get(), world, most * options.ordersPerConnection);
    std::vector<int> versions;
    for (const qint64 id : world.orders)
        versions.push_back(std::stoi(query(db.get(), "SELECT version FROM ticket WHERE id = $1", {std::to_string(id)})[0][0]));
    std::fprintf(stderr, "csm_bench: %s orders; %zu customers to order for; %zu orders to reassign\n",
                 world.ticketCount.c_str(), world.customers.size(), world.orders.size());

    std::vector<OpRun> runs;
    for (const int connections : options.connections) {
        std::fprintf(stderr, "csm_bench: %d connection(s) per mode and user\n", connections);
        Pools pools = openPools(options, connections);
        std::vector<OpRun> these = makeRuns(options, connections, world, pools, versions);
        for (OpRun& run : these) {
            if (options.warmup > 0) {
                runPhase(connections, options.warmup, 0, run.server);
                runPhase(connections, options.warmup, 0, run.raw);
            }
            for (int round = 1; round <= options.rounds; ++round) {
                // Interleaved, alternating which mode goes first: drift of a noisy machine hits both.
                const bool serverFirst = round % 2 == 1;
                for (int i = 0; i < 2; ++i) {
                    if ((i == 0) == serverFirst)
                        run.serverPhases.push_back(runPhase(connections, options.seconds, std::uint64_t(round), run.server));
                    else
                        run.rawPhases.push_back(runPhase(connections, options.seconds, std::uint64_t(round), run.raw));
                }
                const Phase& s = run.serverPhases.back();
                const Phase& r = run.rawPhases.back();
                std::fprintf(stderr,
                             "  %s, %d conn, round %d/%d: server %.0f ops/s p50 %.2f p99 %.2f ms | raw pg %.0f ops/s p50 "
                             "%.2f p99 %.2f ms\n",
                             run.name.c_str(), connections, round, options.rounds, s.opsPerSecond(), s.p50Ms, s.p99Ms,
                             r.opsPerSecond(), r.p50Ms, r.p99Ms);
            }
            run.server = {};   // the steps refer to this count's connections
            run.raw = {};
            runs.push_back(std::move(run));
        }
    }
    report(runs, options, world);
    return 0;
}

int ticketBenchMain(int argc, char** argv)
{
    TicketBenchOptions options;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc)
            throw std::invalid_argument("option " + arg + " needs a value\n");
        const std::string value = argv[++i];
        auto number = [&arg](const std::string& text, int low, int high) {
            std::size_t used = 0;
            int parsed = 0;
            try {
                parsed = std::stoi(text, &used);
            } catch (const std::exception&) {
                used = 0;
            }
            if (used != text.size() || parsed < low || parsed > high)
                throw std::invalid_argument(arg + " needs a number from " + std::to_string(low) + " to "
                                            + std::to_string(high) + " (got '" + text + "')\n");
            return parsed;
        };
        if (arg == "--server") {
            const auto colon = value.rfind(':');
            if (colon == std::string::npos || colon == 0)
                throw std::invalid_argument("--server needs HOST:PORT\n");
            options.host = value.substr(0, colon);
            options.port = std::stoi(value.substr(colon + 1));
        } else if (arg == "--db") {
            options.db = value;
        } else if (arg == "--agent") {
            options.agent = QString::fromStdString(value);
        } else if (arg == "--point") {
            options.point = QString::fromStdString(value);
        } else if (arg == "--password") {
            options.password = QString::fromStdString(value);
        } else if (arg == "--op") {
            options.ops.clear();
            std::string item;
            for (const char c : value + ",") {
                if (c == ',' || c == ' ') {
                    if (!item.empty())
                        options.ops.push_back(item);
                    item.clear();
                } else {
                    item += c;
                }
            }
        } else if (arg == "--connections") {
            options.connections.clear();
            std::string item;
            for (const char c : value + ",") {
                if (c == ',' || c == ' ') {
                    if (!item.empty())
                        options.connections.push_back(number(item, 1, 256));
                    item.clear();
                } else {
                    item += c;
                }
            }
            if (options.connections.empty())
                throw std::invalid_argument("--connections needs at least one number\n");
        } else if (arg == "--seconds") {
            options.seconds = number(value, 1, 3600);
        } else if (arg == "--warmup") {
            options.warmup = number(value, 0, 3600);
        } else if (arg == "--rounds") {
            options.rounds = number(value, 1, 1000);
        } else if (arg == "--json") {
            options.json = value;
        } else {
            throw std::invalid_argument("unknown --tickets option " + arg + "\n");
        }
    }
    if (options.db.empty())
        throw std::invalid_argument("--tickets needs --db CONNINFO\n");
    if (options.ops.empty())
        throw std::invalid_argument("--op names no op\n");
    return runTicketBench(options);
}

} // namespace csm::bench
