// Each round rings every agent at once (one simulated call per agent, 50 by default), each
// call from a customer's number (one in ten unknown). It measures, per call, the time from the
// ring request leaving the driver to the `call.ringing` event reaching the agent's connection
// (client side: two loopback hops and the simulator op included), and reads the server's own
// figure from `cti.stats`: from the call event entering the server to the frame leaving it.
#include "tests/bench/screen_pop_bench.h"

#include "tests/bench/bench_clients.h"

#include <QCborArray>
#include <QCborMap>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <mutex>
#include <random>
#include <stdexcept>
#include <thread>

namespace csm::bench {
namespace {

using Clock = std::chrono::steady_clock;
constexpr double kTargetP99Ms = 20.0;

std::vector<std::vector<std::string>> query(const std::string& conninfo, const std::string& sql)
{
    PGconn* conn = PQconnectdb(conninfo.c_str());
    if (PQstatus(conn) != CONNECTION_OK) {
        const std::string error = PQerrorMessage(conn);
        PQfinish(conn);
        throw std::runtime_error("cannot connect to the database: " + error);
    }
    PGresult* result = PQexec(conn, sql.c_str());
    if (PQresultStatus(result) != PGRES_TUPLES_OK) {
        const std::string error = PQerrorMessage(conn);
        PQclear(result);
        PQfinish(conn);
        throw std::runtime_error("query failed: " + error);
    }
    std::vector<std::vector<std::string>> rows;
    for (int row = 0; row < PQntuples(result); ++row) {
        std::vector<std::string> values;
        for (int column = 0; column < PQnfields(result); ++column)
            values.emplace_back(PQgetvalue(result, row, column));
        rows.push_back(std::move(values));
    }
    PQclear(result);
    PQfinish(conn);
    return rows;
}

double percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(std::ceil(q * double(values.size()))) - 1;
    return values[std::min(index, values.size() - 1)];
}

struct Agent {
    std::string username;
    std::string extension;
    WireClient client;
};

} // namespace

int runScreenPop(const ScreenPopOptions& options)
{
    const auto agentRows = query(options.db, "SELECT username, extension FROM app_user WHERE username LIKE 'bench%'"
                                             " AND extension IS NOT NULL AND active ORDER BY username LIMIT "
                                                 + std::to_string(options.agents));
    if (int(agentRows.size()) < options.agents)
        throw std::runtime_error("need " + std::to_string(options.agents) + " users named bench* with an extension, found "
                                 + std::to_string(agentRows.size()));
    std::vector<std::string> callers;
    for (const auto& row : query(options.db, "SELECT phone FROM customer_phone TABLESAMPLE SYSTEM (2) LIMIT 20000"))
        callers.push_back(row[0]);
    if (callers.empty())
        callers.push_back("13900000000");
    const auto sizes = query(options.db, "SELECT (SELECT count(*) FROM customer), (SELECT count(*) FROM contact),"
                                         " (SELECT count(*) FROM call_record)");
    std::fprintf(stderr, "csm_bench: screen pop with %d agents; %s customers, %s contacts, %s call records\n",
                 options.agents, sizes[0][0].c_str(), sizes[0][1].c_str(), sizes[0][2].c_str());

    // The agents log in (argon2id: a few per second) and listen on their own threads.
    std::vector<std::unique_ptr<Agent>> agents;
    for (const auto& row : agentRows) {
        auto agent = std::make_unique<Agent>();
        agent->username = row[0];
        agent->extension = row[1];
        agents.push_back(std::move(agent));
    }
    {
        std::vector<std::thread> openers;
        std::mutex errorMutex;
        std::string openError;
        for (auto& agent : agents) {
            openers.emplace_back([&, raw = agent.get()] {
                try {
                    raw->client.open(options.host, options.port, QString::fromStdString(raw->username), options.agentPassword);
                    raw->client.call(QStringLiteral("agent.login"), {});
                } catch (const std::exception& error) {
                    std::lock_guard lock(errorMutex);
                    openError = error.what();
                }
            });
        }
        for (auto& opener : openers)
            opener.join();
        if (!openError.empty())
            throw std::runtime_error(openError);
    }
    std::mutex popMutex;
    std::map<QString, Clock::time_point> pops;
    std::atomic<bool> stop{false};
    std::vector<std::thread> listeners;
    for (auto& agent : agents) {
        listeners.emplace_back([&, raw = agent.get()] {
            while (!stop.load()) {
                const auto message = raw->client.readMessage(50);
                if (!message || message->value(QStringLiteral("event")).toString() != QLatin1String("call.ringing"))
                    continue;
                const auto at = Clock::now();
                const QString key = message->value(QStringLiteral("data")).toMap().value(QStringLiteral("call_key")).toString();
                std::lock_guard lock(popMutex);
                pops.emplace(key, at);
            }
        });
    }

    WireClient driver;
    driver.open(options.host, options.port, options.user, options.password);
    std::mt19937_64 random(20261122);
    std::vector<double> clientMs;
    int lost = 0;
    for (int round = 0; round < options.warmupRounds + options.rounds; ++round) {
        if (round == options.warmupRounds)
            driver.call(QStringLiteral("cti.stats"), {{QStringLiteral("reset"), true}});
        std::vector<std::pair<QString, QCborMap>> rings;
        for (const auto& agent : agents) {
            std::string from = callers[random() % callers.size()];
            if (random() % 10 == 0)
                from = "1700000" + std::to_string(1000 + random() % 9000); // nobody's number
            rings.push_back({QStringLiteral("cti.sim.ring"), QCborMap{{QStringLiteral("from"), QString::fromStdString(from)},
                                                                     {QStringLiteral("to"), QString::fromStdString(agent->extension)}}});
        }
        const auto sent = Clock::now();
        const auto results = driver.callMany(rings);
        std::vector<QString> keys;
        for (const auto& result : results) {
            if (!result.ok)
                throw std::runtime_error("cti.sim.ring failed: " + result.errorMessage.toStdString());
            keys.push_back(result.result.toMap().value(QStringLiteral("call_key")).toString());
        }
        const auto deadline = Clock::now() + std::chrono::seconds(10);
        for (;;) {
            {
                std::lock_guard lock(popMutex);
                const bool all = std::all_of(keys.begin(), keys.end(), [&](const QString& key) { return pops.count(key); });
                if (all || Clock::now() > deadline) {
                    for (const QString& key : keys) {
                        const auto it = pops.find(key);
                        if (it == pops.end()) {
                            ++lost;
                            continue;
                        }
                        if (round >= options.warmupRounds)
                            clientMs.push_back(std::chrono::duration<double, std::milli>(it->second - sent).count());
                        pops.erase(it);
                    }
                    break;
                }
            }
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
        std::vector<std::pair<QString, QCborMap>> hangups;
        for (const QString& key : keys)
            hangups.push_back({QStringLiteral("cti.sim.hangup"), QCborMap{{QStringLiteral("call_key"), key}}});
        driver.callMany(hangups);
        std::this_thread::sleep_for(std::chrono::milliseconds(300)); // the hang-ups settle
    }
    const QCborMap stats = driver.call(QStringLiteral("cti.stats"), {}).result.toMap().value(QStringLiteral("screen_pop")).toMap();
    stop = true;
    for (auto& listener : listeners)
        listener.join();

    const double serverP50 = stats.value(QStringLiteral("p50_ms")).toDouble();
    const double serverP99 = stats.value(QStringLiteral("p99_ms")).toDouble();
    const double serverMax = stats.value(QStringLiteral("max_ms")).toDouble();
    const qint64 serverCount = stats.value(QStringLiteral("count")).toInteger();
    std::printf("\nscreen pop: %d calls ringing at once, %d rounds (%zu pops measured, %d lost)\n", options.agents,
                options.rounds, clientMs.size(), lost);
    std::printf("  %-44s %8s %8s %8s\n", "", "p50 ms", "p99 ms", "max ms");
    std::printf("  %-44s %8.2f %8.2f %8.2f\n", "server: call event in -> call.ringing out", serverP50, serverP99, serverMax);
    const QCborMap stages = stats.value(QStringLiteral("stages")).toMap();
    for (const auto& [stage, label] : {std::pair{"queue", "  of which: waiting for a database worker"},
                                       std::pair{"lookup", "  of which: the lookup on the worker"},
                                       std::pair{"deliver", "  of which: back on the network thread, sent"}}) {
        const QCborMap figures = stages.value(QLatin1String(stage)).toMap();
        std::printf("  %-44s %8.2f %8.2f %8.2f\n", label, figures.value(QStringLiteral("p50_ms")).toDouble(),
                    figures.value(QStringLiteral("p99_ms")).toDouble(), figures.value(QStringLiteral("max_ms")).toDouble());
    }
    std::printf("  %-44s %8.2f %8.2f %8.2f\n", "client: ring request sent -> event received", percentile(clientMs, 0.5),
                percentile(clientMs, 0.99), percentile(clientMs, 1.0));
    const bool met = serverP99 <= kTargetP99Ms && lost == 0;
    std::printf("  target: server p99 <= %.0f ms with %d calls ringing: %s (server counted %lld pops)\n", kTargetP99Ms,
                options.agents, met ? "met" : "NOT met", static_cast<long long>(serverCount));
    if (!options.json.empty()) {
        QJsonObject json{{QStringLiteral("agents"), options.agents},
                         {QStringLiteral("rounds"), options.rounds},
                         {QStringLiteral("customers"), QString::fromStdString(sizes[0][0]).toLongLong()},
                         {QStringLiteral("contacts"), QString::fromStdString(sizes[0][1]).toLongLong()},
                         {QStringLiteral("server_p50_ms"), serverP50},
                         {QStringLiteral("server_p99_ms"), serverP99},
                         {QStringLiteral("server_max_ms"), serverMax},
                         {QStringLiteral("client_p50_ms"), percentile(clientMs, 0.5)},
                         {QStringLiteral("client_p99_ms"), percentile(clientMs, 0.99)},
                         {QStringLiteral("lost"), lost}};
        QFile file(QString::fromStdString(options.json));
        if (!file.open(QIODevice::WriteOnly))
            throw std::runtime_error("cannot write " + options.json);
        file.write(QJsonDocument(json).toJson());
    }
    return lost == 0 ? 0 : 1;
}

} // namespace csm::bench
