#pragma once
// The ops csm_bench can measure. Each entry names the request the server gets and the SQL the
// server runs for it (copied verbatim from the module's repository), so that the raw mode can run
// the same statement through libpq at the same concurrency. Adding an op = one entry in opTable().
#include <QCborMap>
#include <QCborValue>
#include <QString>

#include <libpq-fe.h>

#include <string>
#include <vector>

namespace csm::bench {

struct OpSpec {
    const char* name;          // bench name, e.g. "customer.search.phone"
    const char* description;   // one line for --list-ops and the report
    const char* wireOp;        // the op on the wire, e.g. "customer.search"
    const char* statement;     // the server's prepared statement name (also used by the raw mode)
    const char* sql;           // the server's SQL text, verbatim
    // Draws `count` inputs (a phone, an id, a name fragment) from the database, in the user's scope.
    // `missRatio` of them are inputs that find nothing, where the op has such a case.
    std::vector<std::string> (*loadSamples)(PGconn* db, const std::string& scope, int count, double missRatio);
    // The request's args for one input.
    QCborMap (*request)(const std::string& sample);
    // The statement's parameters for one input, as the server binds them.
    std::vector<std::string> (*rawParams)(const std::string& sample, const std::string& scope);
    // Records in a successful result (to check that both modes do the same work).
    int (*resultRows)(const QCborValue& result);
    // Records the server would send for `rows` rows of the statement (e.g. a search page drops
    // its look-ahead row).
    int (*rawRows)(int rows);
};

const std::vector<OpSpec>& opTable();
const OpSpec* findOp(const std::string& name);

// Runs a query and returns column 0 of every row; throws std::runtime_error on failure.
std::vector<std::string> queryColumn(PGconn* db, const std::string& sql, const std::vector<std::string>& params = {});

} // namespace csm::bench
