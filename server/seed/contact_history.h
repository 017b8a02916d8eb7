#pragma once
// Generated contact history for demos and benchmarks: contacts over every channel, and for
// the phone ones the call records behind them.
#include <pqxx/pqxx>

#include <ostream>
#include <string>

namespace csm::server::seed {

struct ContactHistoryStats {
    long long contacts = 0;
    long long calls = 0;
};

// About `count` contacts spread evenly over the existing customers (60 % inbound calls with
// their call records, the rest email, web, SMS, walk-ins, letters, faxes, outbound calls),
// dated over the last two years, handled by the users with an extension. Runs in `tx`.
ContactHistoryStats insertContactHistory(pqxx::transaction_base& tx, long long count, bool progress, std::ostream& out);

// `csm-server seed --contacts N`: the same in its own transaction, then ANALYZE.
void seedContacts(const std::string& connectionString, long long count, std::ostream& out);

} // namespace csm::server::seed
