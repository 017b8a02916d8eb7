// csmctl: any op from the shell, JSON in and out.
//   csmctl --server HOST:PORT --user U call OP '<json args>'
//   csmctl --server HOST:PORT --user U sim-call --from NUMBER --to EXTENSION [...]
// The password comes from CSM_PASSWORD or a prompt.
#include "client/cli/sim_call.h"
#include "client/core/cbor_json.h"
#include "client/core/rpc_client.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

using namespace csm;

namespace {
int usage()
{
    std::cerr << "usage: csmctl [--server HOST:PORT] [--user USER] [--timeout SECONDS] COMMAND\n"
                 "commands:\n"
                 "  call OP ['<json args>']  run any op, print its JSON result\n"
              << cli::simCallUsage().toStdString() <<
                 "options:\n"
                 "  --server   default 127.0.0.1:7420 (or CSM_SERVER)\n"
                 "  --user     default CSM_USER; the password comes from CSM_PASSWORD or a prompt\n"
                 "  prints the JSON result; on an error prints {\"error\": {...}} and exits 1\n";
    return 2;
}

QString readPassword()
{
    if (qEnvironmentVariableIsSet("CSM_PASSWORD"))
        return qEnvironmentVariable("CSM_PASSWORD");
    std::cerr << "Password: " << std::flush;
    termios old{};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios silent = old;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::cerr << '\n';
    }
    return QString::fromStdString(line);
}

void printError(const common::ErrorInfo& error)
{
    QJsonObject object = error.toCbor().toJsonObject();
    std::cout << QJsonDocument(QJsonObject{{QStringLiteral("error"), object}}).toJson(QJsonDocument::Indented).toStdString();
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString server = qEnvironmentVariable("CSM_SERVER", QStringLiteral("127.0.0.1:7420"));
    QString user = qEnvironmentVariable("CSM_USER");
    int timeoutSeconds = 30;
    QString command;
    QStringList rest;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if ((arg == QLatin1String("--server") || arg == QLatin1String("--user") || arg == QLatin1String("--timeout"))
            && i + 1 < args.size()) {
            const QString value = args[++i];
            if (arg == QLatin1String("--server"))
                server = value;
            else if (arg == QLatin1String("--user"))
                user = value;
            else
                timeoutSeconds = value.toInt();
        } else if (command.isEmpty() && (arg == QLatin1String("--help") || arg == QLatin1String("-h"))) {
            return usage();
        } else if (command.isEmpty()) {
            command = arg;
        } else {
            rest.append(arg);
        }
    }
    cli::SimCallOptions simCall;
    const bool isSimCall = command == QLatin1String("sim-call");
    if (isSimCall) {
        const QString problem = cli::parseSimCall(rest, simCall);
        if (!problem.isEmpty()) {
            std::cerr << "csmctl: " << problem.toStdString() << '\n';
            return usage();
        }
    } else if (command != QLatin1String("call") || rest.isEmpty() || rest.size() > 2) {
        return usage();
    }
    const QString op = isSimCall ? QStringLiteral("cti.sim.ring") : rest.at(0);
    QCborMap opArgs;
    if (!isSimCall && rest.size() == 2) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(rest.at(1).toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            std::cerr << "csmctl: the args must be a JSON object: " << parseError.errorString().toStdString() << '\n';
            return 2;
        }
        opArgs = client::jsonToCbor(document.object()).toMap();
    }
    const int colon = server.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        std::cerr << "csmctl: --server must be HOST:PORT\n";
        return 2;
    }

    client::RpcClient rpc;
    rpc.setClientName(QStringLiteral("csmctl"));
    rpc.setAutoReconnect(false);
    rpc.setRequestTimeout(timeoutSeconds * 1000);
    rpc.setServer(server.left(colon), static_cast<quint16>(server.mid(colon + 1).toUInt()));
    int exitCode = 1;
    QObject::connect(&rpc, &client::RpcClient::incompatibleServer, &app, [&](const QString& message) {
        std::cerr << "csmctl: " << message.toStdString() << '\n';
        app.exit(1);
    });
    auto runOp = [&] {
        if (isSimCall)
            return cli::runSimCall(rpc, simCall, &app, [&app](int code) { app.exit(code); });
        rpc.call(op, opArgs, &app, [&](const common::Response& response) {
            if (response.ok) {
                const QJsonValue json = client::cborToJson(response.result);
                QJsonDocument document = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
                std::cout << document.toJson(QJsonDocument::Indented).toStdString();
                exitCode = 0;
            } else {
                printError(response.error);
            }
            app.exit(exitCode);
        });
    };
    if (user.isEmpty() || op == QLatin1String("hello")) {
        runOp();
    } else {
        const QString password = readPassword();
        rpc.login(user, password, &app, [&](const common::Response& response) {
            if (!response.ok) {
                printError(response.error);
                app.exit(1);
                return;
            }
            runOp();
        });
    }
    return QCoreApplication::exec();
}
