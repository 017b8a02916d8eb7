#pragma once
// csm_bench --tickets: work orders under load against raw PostgreSQL doing the same work.
#include <QString>

#include <string>
#include <vector>

namespace csm::bench {

struct TicketBenchOptions {
    std::string host = "127.0.0.1";
    int port = 7420;
    std::string db;                                   // the server's database (libpq)
    QString agent = QStringLiteral("agent1");        // creates orders (first-contact ownership)
    QString point = QStringLiteral("point1");        // a service point: lists and reassigns its orders
    QString password = QStringLiteral("demo1234");
    std::vector<std::string> ops{"ticket.create", "ticket.transition", "ticket.list"};
    std::vector<int> connections{8};                 // each op runs at each count
    double seconds = 5;
    double warmup = 1;
    int rounds = 5;
    int ordersPerConnection = 200;                   // orders each transition thread cycles through
    std::string json;
};

// Prepares its own orders for the transition run (state "assigned" at the point's unit, marked
// by their description), then measures each op in interleaved rounds and prints the medians.
int runTicketBench(const TicketBenchOptions& options);

// `csm_bench --tickets [--server H:P] --db CONNINFO [--agent U] [--point U] [--password P]
// [--op LIST] [--connections LIST] [--seconds S] [--warmup S] [--rounds R] [--json FILE]`.
// Throws std::invalid_argument on a bad option.
int ticketBenchMain(int argc, char** argv);

} // namespace csm::bench
