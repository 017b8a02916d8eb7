#pragma once
// Helpers for the agent-desk UI tests: agents with extensions, and a signed-in RpcClient that
// drives the call simulator (cti.sim.*) against the test server, so that the events reach
// the clients exactly as a PBX's would.
#include "tests/ui/ui_test_support.h"

#include "client/core/rpc_client.h"

#include <pqxx/pqxx>

namespace csm::test {

// Gives the user an extension and (optionally) a display name.
inline void assignExtension(OpHarness& harness, qint64 userId, const QString& extension, const QString& displayName = {})
{
    pqxx::work tx(harness.connection());
    tx.exec_params0("UPDATE app_user SET extension = $1 WHERE id = $2", extension.toStdString(), userId);
    if (!displayName.isEmpty())
        tx.exec_params0("UPDATE app_user SET display_name = $1 WHERE id = $2", displayName.toStdString(), userId);
    tx.commit();
}

// Sends the op and runs the event loop until the answer is there.
inline common::Response callAndWait(client::RpcClient& rpc, const QString& op, const QCborMap& args = {})
{
    common::Response answer;
    bool done = false;
    rpc.call(op, args, nullptr, [&](const common::Response& response) {
        answer = response;
        done = true;
    });
    EXPECT_TRUE(waitFor([&] { return done; })) << op.toStdString();
    return answer;
}

// An RpcClient signed in to the test server.
inline std::unique_ptr<client::RpcClient> signedInClient(quint16 port, const QString& username,
                                                         const QString& password = QStringLiteral("secret-pass-1"))
{
    auto rpc = std::make_unique<client::RpcClient>();
    rpc->setServer(QStringLiteral("127.0.0.1"), port);
    bool done = false;
    bool ok = false;
    rpc->login(username, password, nullptr, [&](const common::Response& response) {
        ok = response.ok;
        done = true;
    });
    EXPECT_TRUE(waitFor([&] { return done; }));
    EXPECT_TRUE(ok) << username.toStdString();
    return rpc;
}

// Rings `extension` from `from` through the simulator; returns the call key.
inline QString simRing(client::RpcClient& simulator, const QString& from, const QString& extension)
{
    const auto response = callAndWait(simulator, QStringLiteral("cti.sim.ring"),
                                      QCborMap{{QStringLiteral("from"), from}, {QStringLiteral("to"), extension}});
    EXPECT_TRUE(response.ok) << response.error.message.toStdString();
    return response.result.toMap().value(QStringLiteral("call_key")).toString();
}

} // namespace csm::test
