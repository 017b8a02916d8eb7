#pragma once
// `csmctl sim-call`: drives the server's call simulator the way a PBX would ring an agent.
//   sim-call --from NUMBER --to EXTENSION [--queue Q] [--answer-after S] [--hangup-after S]
//   sim-call --call KEY (--answer | --hangup [--by caller|agent])
#include "client/core/rpc_client.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace csm::cli {

struct SimCallOptions {
    QString from;
    QString to;
    QString queue;
    double answerAfter = -1;   // seconds; < 0: do not answer
    double hangupAfter = -1;   // seconds after the answer (or after the ring when not answered)
    QString callKey;           // act on an existing call
    bool answer = false;
    bool hangup = false;
    QString by = QStringLiteral("caller");
};

// Parses the options after `sim-call`; returns an error text, empty when fine.
QString parseSimCall(const QStringList& arguments, SimCallOptions& options);
QString simCallUsage();

// Runs the steps; `done(exitCode)` at the end. Prints the call key as JSON on stdout and each
// step on stderr.
void runSimCall(client::RpcClient& rpc, const SimCallOptions& options, QObject* context,
                std::function<void(int)> done);

} // namespace csm::cli
