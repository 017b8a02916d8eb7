#pragma once
// Turns CallEvents into call records, agent states, the contact history and the screen pop.
// Runs on a database worker, one event of a call at a time (CtiService orders them).
#include "server/cti/call_event.h"
#include "server/rpc/push.h"

#include <pqxx/pqxx>

#include <functional>
#include <optional>
#include <vector>

namespace csm::server::cti {

class CallProcessor {
public:

    // One transaction, retried on serialization failure or deadlock. Bad input (an empty or
    // withheld caller, an unknown extension) is recorded as far as it goes, never thrown.
    static Pushes process(pqxx::connection& connection, const CallEvent& event);
    // Several events of one call, in order, in one transaction. `popsSent`: the service popped
    // already through pop() (the fast path); the record only notes whom.
    static Pushes process(pqxx::connection& connection, const std::vector<CallEvent>& events, bool popsSent);
    // The screen pop's fast path, without a transaction: the agent at the event's extension and
    // the caller's customers in the agent's scope; the `call.ringing` push, or nothing.
    static Pushes pop(pqxx::connection& connection, const CallEvent& event);
    // Several pops in one statement (calls ringing at once): for each event, in order, its
    // `call.ringing` push or nothing. One round trip, outside a transaction.
    static std::vector<std::optional<Push>> pops(pqxx::connection& connection, const std::vector<CallEvent>& events);
    // Sets up a connection of the pops' own workers (after the statements are prepared).
    static void preparePopConnection(pqxx::connection& connection);
    // `wallboard.calls`: today's figures. Run after call events, at most a few times a second
    // (CtiService coalesces), not once per event.
    static Pushes figures(pqxx::connection& connection);
    // The same inside a caller's transaction (tests).
    static Pushes processIn(pqxx::transaction_base& tx, const CallEvent& event);
};

} // namespace csm::server::cti
