#include "client/cli/sim_call.h"

#include <QCborMap>
#include <QTimer>

#include <iostream>
#include <memory>

namespace csm::cli {
namespace {

bool seconds(const QString& text, double& value)
{
    bool ok = false;
    value = text.toDouble(&ok);
    return ok && value >= 0 && value <= 3600;
}

void step(const QString& text)
{
    std::cerr << "csmctl: " << text.toStdString() << '\n';
}

} // namespace

QString simCallUsage()
{
    return QStringLiteral(
        "  sim-call --from NUMBER --to EXTENSION [--queue Q] [--answer-after S] [--hangup-after S]\n"
        "           rings the agent at EXTENSION from NUMBER (empty or 'anonymous' = withheld);\n"
        "           --answer-after: the agent picks up after S seconds; --hangup-after: the caller hangs up\n"
        "           S seconds after the answer (or after the ring: an abandoned call)\n"
        "  sim-call --call KEY --answer | --hangup [--by caller|agent]\n");
}

QString parseSimCall(const QStringList& arguments, SimCallOptions& options)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        auto value = [&](QString& out) {
            if (i + 1 >= arguments.size())
                return false;
            out = arguments[++i];
            return true;
        };
        QString text;
        if (arg == QLatin1String("--answer")) {
            options.answer = true;
        } else if (arg == QLatin1String("--hangup")) {
            options.hangup = true;
        } else if (arg == QLatin1String("--from")) {
            if (!value(options.from)) return QStringLiteral("--from needs a number");
        } else if (arg == QLatin1String("--to")) {
            if (!value(options.to)) return QStringLiteral("--to needs an extension");
        } else if (arg == QLatin1String("--queue")) {
            if (!value(options.queue)) return QStringLiteral("--queue needs a name");
        } else if (arg == QLatin1String("--call")) {
            if (!value(options.callKey)) return QStringLiteral("--call needs a call key");
        } else if (arg == QLatin1String("--by")) {
            if (!value(options.by) || (options.by != QLatin1String("caller") && options.by != QLatin1String("agent")))
                return QStringLiteral("--by must be caller or agent");
        } else if (arg == QLatin1String("--answer-after")) {
            if (!value(text) || !seconds(text, options.answerAfter))
                return QStringLiteral("--answer-after needs seconds (0-3600)");
        } else if (arg == QLatin1String("--hangup-after")) {
            if (!value(text) || !seconds(text, options.hangupAfter))
                return QStringLiteral("--hangup-after needs seconds (0-3600)");
        } else {
            return QStringLiteral("unknown sim-call option %1").arg(arg);
        }
    }
    if (!options.callKey.isEmpty()) {
        if (options.answer == options.hangup)
            return QStringLiteral("with --call give --answer or --hangup");
        return {};
    }
    if (options.answer || options.hangup)
        return QStringLiteral("--answer and --hangup need --call KEY");
    if (options.to.isEmpty())
        return QStringLiteral("--to EXTENSION is required");
    return {};
}

void runSimCall(client::RpcClient& rpc, const SimCallOptions& options, QObject* context, std::function<void(int)> done)
{
    // Each step calls the next on success; any error ends with exit code 1.
    auto fail = [done](const common::Response& response) {
        std::cerr << "csmctl: " << response.error.message.toStdString() << '\n';
        done(1);
    };
    auto hangup = [&rpc, context, done, fail, by = options.by](const QString& key) {
        rpc.call(QStringLiteral("cti.sim.hangup"), QCborMap{{QStringLiteral("call_key"), key}, {QStringLiteral("by"), by}},
                 context, [done, fail](const common::Response& response) {
                     if (!response.ok)
                         return fail(response);
                     step(QStringLiteral("hung up"));
                     done(0);
                 });
    };
    if (!options.callKey.isEmpty()) {
        if (options.hangup)
            return hangup(options.callKey);
        rpc.call(QStringLiteral("cti.sim.answer"), QCborMap{{QStringLiteral("call_key"), options.callKey}}, context,
                 [done, fail](const common::Response& response) {
                     if (!response.ok)
                         return fail(response);
                     step(QStringLiteral("answered"));
                     done(0);
                 });
        return;
    }
    QCborMap args{{QStringLiteral("from"), options.from}, {QStringLiteral("to"), options.to}};
    if (!options.queue.isEmpty())
        args.insert(QStringLiteral("queue"), options.queue);
    rpc.call(QStringLiteral("cti.sim.ring"), args, context, [&rpc, context, done, fail, hangup, options](const common::Response& response) {
        if (!response.ok)
            return fail(response);
        const QString key = response.result.toMap().value(QStringLiteral("call_key")).toString();
        std::cout << "{\"call_key\": \"" << key.toStdString() << "\"}" << std::endl;
        step(QStringLiteral("ringing at %1").arg(options.to));
        auto afterAnswer = [context, done, hangup, key, options] {
            if (options.hangupAfter < 0)
                return done(0);
            QTimer::singleShot(static_cast<int>(options.hangupAfter * 1000), context, [hangup, key] { hangup(key); });
        };
        if (options.answerAfter < 0)
            return afterAnswer();
        QTimer::singleShot(static_cast<int>(options.answerAfter * 1000), context, [&rpc, context, fail, afterAnswer, key] {
            rpc.call(QStringLiteral("cti.sim.answer"), QCborMap{{QStringLiteral("call_key"), key}}, context,
                     [fail, afterAnswer](const common::Response& answered) {
                         if (!answered.ok)
                             return fail(answered);
                         step(QStringLiteral("answered"));
                         afterAnswer();
                     });
        });
    });
}

} // namespace csm::cli
