#pragma once
// csm_bench --screen-pop: the latency of the screen pop with many calls ringing at once.
#include <QString>

#include <string>

namespace csm::bench {

struct ScreenPopOptions {
    std::string host = "127.0.0.1";
    int port = 7420;
    QString user = QStringLiteral("super1");       // drives the simulator, reads cti.stats
    QString password = QStringLiteral("demo1234");
    QString agentPassword = QStringLiteral("demo1234");
    std::string db;                                 // inputs: the agents and the callers
    int agents = 50;                                // calls ringing at once, one per agent
    int rounds = 20;
    int warmupRounds = 2;
    std::string json;
};

// The agents are the users named bench* with an extension (scripts/bench creates them).
int runScreenPop(const ScreenPopOptions& options);

} // namespace csm::bench
