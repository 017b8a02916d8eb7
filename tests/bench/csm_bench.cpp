// csm_bench: load generator for csm-server and the same SQL against raw PostgreSQL.
//
// For every connection count and op it opens N protocol connections to csm-server (hello,
// auth.login) and N libpq connections to the server's database (the server's statements
// prepared), then runs warm-up and R interleaved rounds of S seconds: each of N threads sends
// one request, waits for the answer and sends the next (closed loop). It reports ops/s, p50 and
// p99 per mode (medians across rounds) and the ratio server ÷ raw PostgreSQL.
#include "tests/bench/bench_clients.h"
#include "tests/bench/bench_ops.h"
#include "tests/bench/bench_stats.h"
#include "tests/bench/screen_pop_bench.h"
#include "tests/bench/ticket_bench.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <latch>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace csm::bench {
namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kRawApplicationName = "csm_bench_raw";
// The target of the issue, reported (never asserted) for this op and connection count.
constexpr const char* kTargetOp = "customer.search.phone";
constexpr int kTargetConnections = 8;
constexpr double kTargetRatio = 0.7;
constexpr double kTargetP99Ms = 5.0;

const char* kUsage =
    "usage: csm_bench --db CONNINFO [options]\n"
    "  --server HOST:PORT     csm-server to load (default 127.0.0.1:7420)\n"
    "  --user U --password P  account for auth.login (default agent1 / demo1234); its org unit is the scope\n"
    "  --db CONNINFO          the server's database (libpq), for inputs and the raw PostgreSQL mode\n"
    "  --connections LIST     connection counts, e.g. 8 or \"1 8\" or 1,8 (default 8)\n"
    "  --seconds S            length of one measured round per mode (default 5)\n"
    "  --warmup S             warm-up per mode before the rounds (default 1)\n"
    "  --rounds R             measured rounds per mode, interleaved; medians are reported (default 5)\n"
    "  --op LIST              ops to run, comma separated, or 'all' (default customer.search.phone)\n"
    "  --mode both|server|raw what to run (default both)\n"
    "  --json FILE            also write the figures as JSON\n"
    "  --server-pid PID       csm-server's pid: report its CPU time per op\n"
    "  --pg-pid PID           the postmaster's pid: report PostgreSQL's CPU time per op\n"
    "  --miss-ratio F         share of phone searches for numbers nobody has (default 0.1)\n"
    "  --samples N            inputs drawn from the database per op (default 20000)\n"
    "  --list-ops             print the ops and exit\n";

struct Options {
    std::string host = "127.0.0.1";
    int port = 7420;
    QString user = QStringLiteral("agent1");
    QString password = QStringLiteral("demo1234");
    std::string db;
    std::vector<int> connections{8};
    double seconds = 5;
    double warmup = 1;
    int rounds = 5;
    std::vector<const OpSpec*> ops;
    bool runServer = true;
    bool runRaw = true;
    std::string json;
    int serverPid = 0;
    int postgresPid = 0;
    double missRatio = 0.1;
    int samples = 20000;
};

[[noreturn]] void usageError(const std::string& message)
{
    throw std::invalid_argument(message + "\n" + kUsage);
}

std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> items;
    std::string item;
    for (char c : text + ",") {
        if (c == ',' || c == ' ') {
            if (!item.empty())
                items.push_back(item);
            item.clear();
        } else {
            item += c;
        }
    }
    return items;
}

double toNumber(const std::string& option, const std::string& text, double min, double max)
{
    std::size_t used = 0;
    double value = 0;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || value < min || value > max) {
        std::ostringstream message;
        message << option << " needs a number between " << min << " and " << max << " (got '" << text << "')";
        usageError(message.str());
    }
    return value;
}

std::optional<Options> parseOptions(int argc, char** argv)
{
    Options options;
    std::vector<std::string> opNames{kTargetOp};
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                usageError("option " + arg + " needs a value");
            return argv[++i];
        };
        if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            return std::nullopt;
        } else if (arg == "--list-ops") {
            for (const OpSpec& op : opTable())
                std::cout << op.name << "\t" << op.description << "\n";
            return std::nullopt;
        } else if (arg == "--server") {
            const std::string address = value();
            const auto colon = address.rfind(':');
            if (colon == std::string::npos || colon == 0)
                usageError("--server needs HOST:PORT");
            options.host = address.substr(0, colon);
            if (options.host.size() > 2 && options.host.front() == '[' && options.host.back() == ']')
                options.host = options.host.substr(1, options.host.size() - 2);
            options.port = int(toNumber("--server port", address.substr(colon + 1), 1, 65535));
        } else if (arg == "--user") {
            options.user = QString::fromStdString(value());
        } else if (arg == "--password") {
            options.password = QString::fromStdString(value());
        } else if (arg == "--db") {
            options.db = value();
        } else if (arg == "--connections") {
            options.connections.clear();
            for (const std::string& item : splitList(value()))
                options.connections.push_back(int(toNumber("--connections", item, 1, 1024)));
            if (options.connections.empty())
                usageError("--connections needs at least one number");
        } else if (arg == "--seconds") {
            options.seconds = toNumber(arg, value(), 0.1, 3600);
        } else if (arg == "--warmup") {
            options.warmup = toNumber(arg, value(), 0, 3600);
        } else if (arg == "--rounds") {
            options.rounds = int(toNumber(arg, value(), 1, 1000));
        } else if (arg == "--op") {
            opNames = splitList(value());
        } else if (arg == "--mode") {
            const std::string mode = value();
            if (mode != "both" && mode != "server" && mode != "raw")
                usageError("--mode is both, server or raw");
            options.runServer = mode != "raw";
            options.runRaw = mode != "server";
        } else if (arg == "--json") {
            options.json = value();
        } else if (arg == "--server-pid") {
            options.serverPid = int(toNumber(arg, value(), 0, 1e9));
        } else if (arg == "--pg-pid") {
            options.postgresPid = int(toNumber(arg, value(), 0, 1e9));
        } else if (arg == "--miss-ratio") {
            options.missRatio = toNumber(arg, value(), 0, 1);
        } else if (arg == "--samples") {
            options.samples = int(toNumber(arg, value(), 1, 1e7));
        } else {
            usageError("unknown option " + arg);
        }
    }
    if (options.db.empty())
        usageError("--db CONNINFO is required (inputs are drawn from the database)");
    if (opNames.size() == 1 && opNames[0] == "all") {
        for (const OpSpec& op : opTable())
            options.ops.push_back(&op);
    } else {
        for (const std::string& name : opNames) {
            const OpSpec* op = findOp(name);
            if (!op)
                usageError("unknown op '" + name + "' (see --list-ops)");
            options.ops.push_back(op);
        }
    }
    if (options.ops.empty())
        usageError("--op names no op");
    return options;
}

// ------------------------------------------------------------------ measuring

enum class Mode { Server, Raw };

const char* modeName(Mode mode)
{
    return mode == Mode::Server ? "server" : "raw_pg";
}

struct Phase {
    long long ops = 0;
    long long errors = 0;
    long long rows = 0;
    double seconds = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    CpuSample cpuUsPerOp;   // per completed op: CPU microseconds and context switches
    std::string firstError;

    double opsPerSecond() const { return seconds > 0 ? double(ops) / seconds : 0; }
    double rowsPerOp() const { return ops > 0 ? double(rows) / double(ops) : 0; }
};

struct Connections {
    std::vector<std::unique_ptr<WireClient>> wire;
    std::vector<std::unique_ptr<RawClient>> raw;
};

struct Workload {
    const OpSpec* op = nullptr;
    std::vector<std::string> samples;
};

struct ThreadResult {
    std::vector<double> latenciesMs;
    long long ops = 0;
    long long errors = 0;
    long long rows = 0;
    Clock::time_point finished;
    std::string firstError;
    bool failed = false;   // the connection broke: the run cannot go on
};

// One timed phase: `connections` threads, each with its own connection, closed loop until the
// deadline. The same seed gives the same inputs in both modes.
Phase runPhase(Mode mode, const Workload& workload, Connections& pool, int connections, double seconds,
               std::uint64_t seed, const std::string& scope, const Options& options)
{
    const OpSpec& op = *workload.op;
    const QString wireOp = QString::fromLatin1(op.wireOp);
    const std::string statement = op.statement;
    std::vector<ThreadResult> results(std::size_t(connections), ThreadResult{});
    std::latch ready(connections);
    std::latch go(1);
    Clock::time_point start;
    Clock::time_point deadline;

    std::vector<std::thread> threads;
    for (int index = 0; index < connections; ++index) {
        threads.emplace_back([&, index] {
            ThreadResult& result = results[std::size_t(index)];
            result.latenciesMs.reserve(std::size_t(std::min(seconds * 20000.0, 2e6)));
            std::mt19937_64 random(seed * 1000003u + std::uint64_t(index));
            std::uniform_int_distribution<std::size_t> pick(0, workload.samples.size() - 1);
            ready.count_down();
            go.wait();
            try {
                for (Clock::time_point now = Clock::now(); now < deadline;) {
                    const std::string& sample = workload.samples[pick(random)];
                    const Clock::time_point sent = Clock::now();
                    if (mode == Mode::Server) {
                        const CallResult answer = pool.wire[std::size_t(index)]->call(wireOp, op.request(sample));
                        if (answer.ok) {
                            result.rows += op.resultRows(answer.result);
                        } else {
                            ++result.errors;
                            if (result.firstError.empty())
                                result.firstError = (answer.errorCode + QStringLiteral(": ") + answer.errorMessage)
                                                        .toStdString();
                        }
                    } else {
                        const int rows = pool.raw[std::size_t(index)]->execute(statement, op.rawParams(sample, scope), op.sql);
                        result.rows += op.rawRows(rows);
                    }
                    now = Clock::now();
                    result.latenciesMs.push_back(std::chrono::duration<double, std::milli>(now - sent).count());
                    ++result.ops;
                }
            } catch (const std::exception& error) {
                result.failed = true;
                result.firstError = error.what();
            }
            result.finished = Clock::now();
        });
    }
    ready.wait();
    const CpuSample before = sampleCpu(options.serverPid, options.postgresPid);
    start = Clock::now();
    deadline = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    go.count_down();
    for (std::thread& thread : threads)
        thread.join();
    const CpuSample after = sampleCpu(options.serverPid, options.postgresPid);

    Phase phase;
    std::vector<double> latencies;
    Clock::time_point end = start;
    for (ThreadResult& result : results) {
        if (result.failed)
            throw std::runtime_error(std::string(modeName(mode)) + " connection failed: " + result.firstError);
        phase.ops += result.ops;
        phase.errors += result.errors;
        phase.rows += result.rows;
        if (phase.firstError.empty())
            phase.firstError = result.firstError;
        end = std::max(end, result.finished);
        latencies.insert(latencies.end(), result.latenciesMs.begin(), result.latenciesMs.end());
    }
    phase.seconds = std::chrono::duration<double>(end - start).count();
    phase.p50Ms = percentile(latencies, 0.50);
    phase.p99Ms = percentile(latencies, 0.99);
    if (phase.ops > 0) {
        const double perOp = 1e6 / double(phase.ops);
        phase.cpuUsPerOp.client = (after.client - before.client) * perOp;
        phase.cpuUsPerOp.server = (after.server - before.server) * perOp;
        phase.cpuUsPerOp.postgres = (after.postgres - before.postgres) * perOp;
        const double ops = double(phase.ops);
        phase.cpuUsPerOp.clientSwitches = (after.clientSwitches - before.clientSwitches) / ops;
        phase.cpuUsPerOp.serverSwitches = (after.serverSwitches - before.serverSwitches) / ops;
        phase.cpuUsPerOp.postgresSwitches = (after.postgresSwitches - before.postgresSwitches) / ops;
    }
    return phase;
}

struct Summary {
    double opsPerSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double rowsPerOp = 0;
    long long errors = 0;
    CpuSample cpuUsPerOp;
    std::string firstError;
};

Summary summarize(const std::vector<Phase>& phases)
{
    Summary summary;
    std::vector<double> ops, p50, p99, rows, client, server, postgres, clientSwitches, serverSwitches,
        postgresSwitches;
    for (const Phase& phase : phases) {
        ops.push_back(phase.opsPerSecond());
        p50.push_back(phase.p50Ms);
        p99.push_back(phase.p99Ms);
        rows.push_back(phase.rowsPerOp());
        client.push_back(phase.cpuUsPerOp.client);
        server.push_back(phase.cpuUsPerOp.server);
        postgres.push_back(phase.cpuUsPerOp.postgres);
        clientSwitches.push_back(phase.cpuUsPerOp.clientSwitches);
        serverSwitches.push_back(phase.cpuUsPerOp.serverSwitches);
        postgresSwitches.push_back(phase.cpuUsPerOp.postgresSwitches);
        summary.errors += phase.errors;
        if (summary.firstError.empty())
            summary.firstError = phase.firstError;
    }
    summary.opsPerSecond = median(ops);
    summary.p50Ms = median(p50);
    summary.p99Ms = median(p99);
    summary.rowsPerOp = median(rows);
    summary.cpuUsPerOp = {median(client),         median(server),         median(postgres),
                          median(clientSwitches), median(serverSwitches), median(postgresSwitches)};
    return summary;
}

struct Result {
    const OpSpec* op = nullptr;
    int connections = 0;
    std::vector<Phase> server;
    std::vector<Phase> raw;
    std::string sqlCheck;   // "identical", "differs", "unknown"
};

// ------------------------------------------------------------------ set-up

std::unique_ptr<PGconn, decltype(&PQfinish)> connectDatabase(const std::string& conninfo)
{
    std::unique_ptr<PGconn, decltype(&PQfinish)> db(PQconnectdb(conninfo.c_str()), &PQfinish);
    if (PQstatus(db.get()) != CONNECTION_OK)
        throw std::runtime_error("cannot connect to PostgreSQL (" + conninfo + "): " + PQerrorMessage(db.get()));
    return db;
}

std::string userScope(PGconn* db, const QString& user)
{
    const auto paths = queryColumn(db,
                                   "SELECT o.path::text FROM app_user u JOIN org_unit o ON o.id = u.org_unit_id"
                                   " WHERE u.username = $1",
                                   {user.toStdString()});
    if (paths.empty())
        throw std::runtime_error("user '" + user.toStdString() + "' does not exist: run `csm-server seed --demo`");
    return paths.front();
}

Connections openConnections(int count, const Options& options)
{
    Connections pool;
    for (int i = 0; i < count; ++i) {
        if (options.runServer)
            pool.wire.push_back(std::make_unique<WireClient>());
        if (options.runRaw)
            pool.raw.push_back(std::make_unique<RawClient>());
    }
    // Logins hash a password (argon2id): open the connections in parallel.
    std::mutex mutex;
    std::string firstError;
    std::vector<std::thread> threads;
    for (int i = 0; i < count; ++i) {
        threads.emplace_back([&, i] {
            try {
                if (options.runServer)
                    pool.wire[std::size_t(i)]->open(options.host, options.port, options.user, options.password);
                if (options.runRaw) {
                    RawClient& raw = *pool.raw[std::size_t(i)];
                    raw.open(options.db);
                    raw.run(std::string("SET application_name = '") + kRawApplicationName + "'");
                    std::vector<std::string> prepared;
                    for (const OpSpec* op : options.ops) {
                        if (std::find(prepared.begin(), prepared.end(), op->statement) != prepared.end())
                            continue;
                        raw.prepare(op->statement, op->sql);
                        prepared.push_back(op->statement);
                    }
                }
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
    return pool;
}

// The statements the server's own database sessions run show in pg_stat_activity: one of
// them must be the text this tool prepares for the raw mode (compared up to the length
// PostgreSQL keeps, track_activity_query_size).
std::string checkServerSql(PGconn* db, const OpSpec& op)
{
    const auto texts = queryColumn(db,
                                   "SELECT DISTINCT query FROM pg_stat_activity WHERE backend_type = 'client backend'"
                                   " AND datname = current_database() AND pid <> pg_backend_pid()"
                                   " AND application_name <> $1",
                                   {kRawApplicationName});
    const std::string sql = op.sql;
    for (const std::string& text : texts) {
        if (text == sql)
            return "identical";
        if (text.size() >= 1000 && sql.compare(0, text.size(), text) == 0)
            return "identical (first " + std::to_string(text.size()) + " bytes, as much as pg_stat_activity keeps)";
    }
    return "not confirmed: no server session shows the same text";
}

std::string withThousands(double value)
{
    const std::string digits = std::to_string(static_cast<long long>(value + 0.5));
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += ',';
        grouped += digits[i];
    }
    return grouped;
}

bool isTarget(const Result& result)
{
    return std::string(result.op->name) == kTargetOp && result.connections == kTargetConnections;
}

void printReport(const std::vector<Result>& results, const Options& options)
{
    std::printf("\nmedians of %d round(s) of %.1f s per mode; ratio = server ops/s / raw PostgreSQL ops/s\n\n",
                options.rounds, options.seconds);
    std::printf("%-22s %5s | %12s %7s %7s | %12s %7s %7s | %6s | %s\n", "op", "conns", "server ops/s", "p50 ms",
                "p99 ms", "raw pg ops/s", "p50 ms", "p99 ms", "ratio", "rows/op server/raw");
    std::printf("%s\n", std::string(118, '-').c_str());
    for (const Result& result : results) {
        const Summary server = summarize(result.server);
        const Summary raw = summarize(result.raw);
        auto column = [](bool present, const Summary& s) {
            char text[64];
            if (present)
                std::snprintf(text, sizeof text, "%12s %7.2f %7.2f", withThousands(s.opsPerSecond).c_str(), s.p50Ms,
                              s.p99Ms);
            else
                std::snprintf(text, sizeof text, "%12s %7s %7s", "-", "-", "-");
            return std::string(text);
        };
        char ratio[16] = "     -";
        if (!result.server.empty() && !result.raw.empty() && raw.opsPerSecond > 0)
            std::snprintf(ratio, sizeof ratio, "%6.2f", server.opsPerSecond / raw.opsPerSecond);
        std::printf("%-22s %5d | %s | %s | %s | %.1f / %.1f\n", result.op->name, result.connections,
                    column(!result.server.empty(), server).c_str(), column(!result.raw.empty(), raw).c_str(), ratio,
                    server.rowsPerOp, raw.rowsPerOp);
        if (server.errors > 0)
            std::printf("  %lld error answers from the server, first: %s\n", server.errors, server.firstError.c_str());
    }

    if (options.serverPid > 0 || options.postgresPid > 0) {
        std::printf("\nper op, medians of rounds: CPU microseconds of the load generator (bench), csm-server and\n"
                    "PostgreSQL (all backends), and context switches of all three (cs); %u CPUs\n\n",
                    std::thread::hardware_concurrency());
        std::printf("%-22s %5s | %-39s | %-28s\n", "", "", "server mode", "raw pg mode");
        std::printf("%-22s %5s | %7s %7s %7s %7s %6s | %7s %7s %7s %6s\n", "op", "conns", "bench", "server", "pg",
                    "total", "cs", "bench", "pg", "total", "cs");
        std::printf("%s\n", std::string(105, '-').c_str());
        for (const Result& result : results) {
            const CpuSample s = summarize(result.server).cpuUsPerOp;
            const CpuSample r = summarize(result.raw).cpuUsPerOp;
            std::printf("%-22s %5d | %7.0f %7.0f %7.0f %7.0f %6.1f | %7.0f %7.0f %7.0f %6.1f\n", result.op->name,
                        result.connections, s.client, s.server, s.postgres, s.client + s.server + s.postgres,
                        s.clientSwitches + s.serverSwitches + s.postgresSwitches, r.client, r.postgres,
                        r.client + r.postgres, r.clientSwitches + r.postgresSwitches);
        }
    }

    for (const Result& result : results) {
        if (!isTarget(result) || result.server.empty() || result.raw.empty())
            continue;
        const Summary server = summarize(result.server);
        const Summary raw = summarize(result.raw);
        const double ratio = raw.opsPerSecond > 0 ? server.opsPerSecond / raw.opsPerSecond : 0;
        std::printf("\ntarget %s at %d connections: ratio %.2f (needs >= %.2f: %s), p99 %.2f ms (needs <= %.1f ms: %s)\n",
                    kTargetOp, kTargetConnections, ratio, kTargetRatio, ratio >= kTargetRatio ? "met" : "MISSED",
                    server.p99Ms, kTargetP99Ms, server.p99Ms <= kTargetP99Ms ? "met" : "MISSED");
    }
    for (const Result& result : results) {
        if (!result.sqlCheck.empty() && result.sqlCheck.rfind("identical", 0) != 0)
            std::printf("warning: %s: the raw SQL could not be matched with the server's statement (%s)\n",
                        result.op->name, result.sqlCheck.c_str());
    }
    std::fflush(stdout);
}

QJsonValue number(bool present, double value)
{
    return present ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

double round3(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

QJsonObject cpuJson(const CpuSample& cpu, bool withServer)
{
    QJsonObject object{{QStringLiteral("bench_us"), round3(cpu.client)},
                       {QStringLiteral("postgres_us"), round3(cpu.postgres)},
                       {QStringLiteral("bench_switches"), round3(cpu.clientSwitches)},
                       {QStringLiteral("postgres_switches"), round3(cpu.postgresSwitches)}};
    if (withServer) {
        object.insert(QStringLiteral("server_us"), round3(cpu.server));
        object.insert(QStringLiteral("server_switches"), round3(cpu.serverSwitches));
    }
    return object;
}

void writeJson(const std::vector<Result>& results, const Options& options, const std::string& path)
{
    QJsonArray items;
    for (const Result& result : results) {
        const bool hasServer = !result.server.empty();
        const bool hasRaw = !result.raw.empty();
        const Summary server = summarize(result.server);
        const Summary raw = summarize(result.raw);
        const bool hasRatio = hasServer && hasRaw && raw.opsPerSecond > 0;
        const double ratio = hasRatio ? server.opsPerSecond / raw.opsPerSecond : 0;
        QJsonArray rounds;
        std::vector<double> roundRatios;
        for (std::size_t i = 0; i < std::max(result.server.size(), result.raw.size()); ++i) {
            const bool s = i < result.server.size();
            const bool r = i < result.raw.size();
            rounds.append(QJsonObject{
                {QStringLiteral("ops_per_s"), number(s, s ? round3(result.server[i].opsPerSecond()) : 0)},
                {QStringLiteral("p50_ms"), number(s, s ? round3(result.server[i].p50Ms) : 0)},
                {QStringLiteral("p99_ms"), number(s, s ? round3(result.server[i].p99Ms) : 0)},
                {QStringLiteral("raw_pg_ops_per_s"), number(r, r ? round3(result.raw[i].opsPerSecond()) : 0)},
                {QStringLiteral("raw_pg_p50_ms"), number(r, r ? round3(result.raw[i].p50Ms) : 0)},
                {QStringLiteral("raw_pg_p99_ms"), number(r, r ? round3(result.raw[i].p99Ms) : 0)},
            });
            if (s && r && result.raw[i].opsPerSecond() > 0)
                roundRatios.push_back(result.server[i].opsPerSecond() / result.raw[i].opsPerSecond());
        }
        QJsonObject item{
            {QStringLiteral("op"), QString::fromLatin1(result.op->name)},
            {QStringLiteral("wire_op"), QString::fromLatin1(result.op->wireOp)},
            {QStringLiteral("statement"), QString::fromLatin1(result.op->statement)},
            {QStringLiteral("connections"), result.connections},
            {QStringLiteral("ops_per_s"), number(hasServer, round3(server.opsPerSecond))},
            {QStringLiteral("p50_ms"), number(hasServer, round3(server.p50Ms))},
            {QStringLiteral("p99_ms"), number(hasServer, round3(server.p99Ms))},
            {QStringLiteral("raw_pg_ops_per_s"), number(hasRaw, round3(raw.opsPerSecond))},
            {QStringLiteral("raw_pg_p50_ms"), number(hasRaw, round3(raw.p50Ms))},
            {QStringLiteral("raw_pg_p99_ms"), number(hasRaw, round3(raw.p99Ms))},
            {QStringLiteral("ratio"), number(hasRatio, round3(ratio))},
            {QStringLiteral("ratio_median_of_rounds"), number(!roundRatios.empty(), round3(median(roundRatios)))},
            {QStringLiteral("errors"), double(server.errors)},
            {QStringLiteral("rows_per_op"), number(hasServer, round3(server.rowsPerOp))},
            {QStringLiteral("raw_pg_rows_per_op"), number(hasRaw, round3(raw.rowsPerOp))},
            {QStringLiteral("sql_check"), QString::fromStdString(result.sqlCheck)},
            {QStringLiteral("rounds"), rounds},
        };
        if (options.serverPid > 0 || options.postgresPid > 0) {
            QJsonObject cpu;
            if (hasServer)
                cpu.insert(QStringLiteral("server_mode"), cpuJson(server.cpuUsPerOp, true));
            if (hasRaw)
                cpu.insert(QStringLiteral("raw_mode"), cpuJson(raw.cpuUsPerOp, false));
            item.insert(QStringLiteral("cost_per_op"), cpu);
        }
        if (isTarget(result) && hasRatio) {
            item.insert(QStringLiteral("target"),
                        QJsonObject{{QStringLiteral("min_ratio"), kTargetRatio},
                                    {QStringLiteral("max_p99_ms"), kTargetP99Ms},
                                    {QStringLiteral("ratio_met"), ratio >= kTargetRatio},
                                    {QStringLiteral("p99_met"), server.p99Ms <= kTargetP99Ms}});
        }
        items.append(item);
    }
    const MachineInfo machine = machineInfo();
    const QJsonObject document{
        {QStringLiteral("tool"), QStringLiteral("csm_bench")},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("machine"),
         QJsonObject{{QStringLiteral("cpu"), QString::fromStdString(machine.cpuModel)},
                     {QStringLiteral("cpus"), machine.cpus},
                     {QStringLiteral("memory"), QString::fromStdString(machine.memory)},
                     {QStringLiteral("kernel"), QString::fromStdString(machine.kernel)}}},
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("server"), QString::fromStdString(options.host + ":" + std::to_string(options.port))},
                     {QStringLiteral("user"), options.user},
                     {QStringLiteral("seconds"), options.seconds},
                     {QStringLiteral("warmup_seconds"), options.warmup},
                     {QStringLiteral("rounds"), options.rounds},
                     {QStringLiteral("miss_ratio"), options.missRatio},
                     {QStringLiteral("samples"), options.samples}}},
        {QStringLiteral("results"), items},
    };
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write " + path + ": " + file.errorString().toStdString());
    file.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    if (!file.flush())
        throw std::runtime_error("cannot write " + path + ": " + file.errorString().toStdString());
}

void logRound(const Result& result, int round, const Options& options)
{
    std::fprintf(stderr, "  %s, %d conn, round %d/%d:", result.op->name, result.connections, round, options.rounds);
    if (!result.server.empty()) {
        const Phase& p = result.server.back();
        std::fprintf(stderr, " server %s ops/s p50 %.2f p99 %.2f ms", withThousands(p.opsPerSecond()).c_str(),
                     p.p50Ms, p.p99Ms);
    }
    if (!result.raw.empty()) {
        const Phase& p = result.raw.back();
        std::fprintf(stderr, " | raw pg %s ops/s p50 %.2f p99 %.2f ms", withThousands(p.opsPerSecond()).c_str(),
                     p.p50Ms, p.p99Ms);
    }
    std::fprintf(stderr, "\n");
}

int run(const Options& options)
{
    const auto db = connectDatabase(options.db);
    const std::string scope = userScope(db.get(), options.user);
    std::vector<Workload> workloads;
    for (const OpSpec* op : options.ops) {
        Workload workload{op, op->loadSamples(db.get(), scope, options.samples, options.missRatio)};
        std::fprintf(stderr, "csm_bench: %s: %zu inputs from the database (scope %s)\n", op->name,
                     workload.samples.size(), scope.c_str());
        workloads.push_back(std::move(workload));
    }

    std::vector<Result> results;
    for (const int connections : options.connections) {
        std::fprintf(stderr, "csm_bench: opening %d connection(s) per mode\n", connections);
        Connections pool = openConnections(connections, options);
        for (const Workload& workload : workloads) {
            Result result;
            result.op = workload.op;
            result.connections = connections;
            if (options.warmup > 0 && options.runServer)
                runPhase(Mode::Server, workload, pool, connections, options.warmup, 0, scope, options);
            if (options.runServer && options.runRaw)
                result.sqlCheck = checkServerSql(db.get(), *workload.op);
            if (options.warmup > 0 && options.runRaw)
                runPhase(Mode::Raw, workload, pool, connections, options.warmup, 0, scope, options);
            for (int round = 1; round <= options.rounds; ++round) {
                // Interleaved, alternating which mode goes first: drift of a noisy machine hits both.
                const Mode order[2] = {round % 2 ? Mode::Server : Mode::Raw, round % 2 ? Mode::Raw : Mode::Server};
                for (const Mode mode : order) {
                    if (mode == Mode::Server && options.runServer)
                        result.server.push_back(runPhase(mode, workload, pool, connections, options.seconds,
                                                         std::uint64_t(round), scope, options));
                    if (mode == Mode::Raw && options.runRaw)
                        result.raw.push_back(runPhase(mode, workload, pool, connections, options.seconds,
                                                      std::uint64_t(round), scope, options));
                }
                logRound(result, round, options);
            }
            results.push_back(std::move(result));
        }
    }
    printReport(results, options);
    if (!options.json.empty()) {
        writeJson(results, options, options.json);
        std::fprintf(stderr, "csm_bench: wrote %s\n", options.json.c_str());
    }
    return 0;
}

} // namespace
} // namespace csm::bench

// `csm_bench --screen-pop [--server H:P] [--user U --password P] --db CONNINFO [--agents N]
// [--rounds R] [--json FILE]`: the screen-pop latency (see screen_pop_bench.cpp).
static int screenPopMain(int argc, char** argv)
{
    csm::bench::ScreenPopOptions options;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc)
            throw std::invalid_argument("option " + arg + " needs a value\n");
        const std::string value = argv[++i];
        if (arg == "--server") {
            const auto colon = value.rfind(':');
            if (colon == std::string::npos || colon == 0)
                throw std::invalid_argument("--server needs HOST:PORT\n");
            options.host = value.substr(0, colon);
            options.port = std::stoi(value.substr(colon + 1));
        } else if (arg == "--user") {
            options.user = QString::fromStdString(value);
        } else if (arg == "--password") {
            options.password = QString::fromStdString(value);
            options.agentPassword = options.password;
        } else if (arg == "--db") {
            options.db = value;
        } else if (arg == "--agents") {
            options.agents = std::clamp(std::stoi(value), 1, 500);
        } else if (arg == "--rounds") {
            options.rounds = std::clamp(std::stoi(value), 1, 10000);
        } else if (arg == "--json") {
            options.json = value;
        } else {
            throw std::invalid_argument("unknown --screen-pop option " + arg + "\n");
        }
    }
    if (options.db.empty())
        throw std::invalid_argument("--screen-pop needs --db CONNINFO\n");
    return csm::bench::runScreenPop(options);
}

int main(int argc, char** argv)
{
    try {
        if (argc > 1 && std::string(argv[1]) == "--screen-pop")
            return screenPopMain(argc, argv);
        if (argc > 1 && std::string(argv[1]) == "--tickets")
            return csm::bench::ticketBenchMain(argc, argv);
        const auto options = csm::bench::parseOptions(argc, argv);
        if (!options)
            return 0;
        return csm::bench::run(*options);
    } catch (const std::invalid_argument& error) {
        std::cerr << "csm_bench: " << error.what();
        return 2;
    } catch (const std::exception& error) {
        std::cerr << "csm_bench: " << error.what() << std::endl;
        return 1;
    }
}
