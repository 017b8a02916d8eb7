#pragma once
// Turns CallEvents into call records, agent states, the contact history and the screen pop.
// Runs on a database worker, one event of a call at a time (CtiService orders them).
#include "server/cti/call_event.h"
#include "server/rpc/push.h"

#include <pqxx/pqxx>

#include <functional>
#include <vector>

namespace csm::server::cti {

class CallProcessor {
public:
    // Sends pushes at once (from the worker thread), ahead of the commit: the screen pop.
    using PushNow = std::function<void(Pushes)>;

    // One transaction, retried on serialization failure or deadlock. Bad input (an empty or
    // withheld caller, an unknown extension) is recorded as far as it goes, never thrown.
    static Pushes process(pqxx::connection& connection, const CallEvent& event);
    // Several events of one call, in order, in one transaction; the screen pop goes through
    // `pushNow` (when set) as soon as it is known.
    static Pushes process(pqxx::connection& connection, const std::vector<CallEvent>& events, const PushNow& pushNow);
    // `wallboard.calls`: today's figures. Run after call events, at most a few times a second
    // (CtiService coalesces), not once per event.
    static Pushes figures(pqxx::connection& connection);
    // The same inside a caller's transaction (tests).
    static Pushes processIn(pqxx::transaction_base& tx, const CallEvent& event);
};

} // namespace csm::server::cti
