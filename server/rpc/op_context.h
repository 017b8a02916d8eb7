#pragma once
// What a handler gets: the request, the caller's session, the database, and a place to
// ask the network side for effects once the reply is sent.
#include "common/protocol/message.h"
#include "server/rpc/args.h"
#include "server/rpc/push.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <QCborValue>

#include <functional>
#include <optional>
#include <vector>

namespace csm::server {

struct Effects {
    SessionPtr newSession;                 // login / resume: the connection is now this session
    QString newSessionToken;               // only for the reply; never logged
    bool endSession = false;               // logout: the connection is unauthenticated again
    std::vector<qint64> endUserSessions;   // end every connection of these users (deactivation, password change)
    qint64 keepSessionId = 0;              // ...except this session
    std::vector<common::Event> userEvents; // pushed to every connection of the caller's user
    Pushes pushes;                         // pushed to other users / permission holders after the reply
    // Run on the network thread after the reply is sent, only when the op succeeded: hand-offs
    // to network-side services (the CTI), which must not happen before the commit.
    std::vector<std::function<void()>> afterReply;
};

class OpContext {
public:
    OpContext(const common::Request& request, const Session* session, pqxx::connection& connection,
              pqxx::transaction_base* transaction, QString peerAddress)
        : m_request(request), m_session(session), m_connection(connection),
          m_transaction(transaction), m_peerAddress(std::move(peerAddress))
    {
    }

    const common::Request& request() const { return m_request; }
    // The caller; only public ops run without one.
    const Session& session() const;
    bool hasSession() const { return m_session != nullptr; }
    // The op's transaction (ReadOne/Read/Write ops). Own ops use connection() instead.
    pqxx::transaction_base& tx();
    pqxx::connection& connection() { return m_connection; }
    const QString& peerAddress() const { return m_peerAddress; }
    Effects& effects() { return m_effects; }

private:
    const common::Request& m_request;
    const Session* m_session;
    pqxx::connection& m_connection;
    pqxx::transaction_base* m_transaction;
    QString m_peerAddress;
    Effects m_effects;
};

using Handler = std::function<QCborValue(OpContext&, const Args&)>;

} // namespace csm::server
