#pragma once
// Server configuration: defaults, then an INI file, then the environment, then the
// command line — each later source overrides the earlier ones.
#include <QString>
#include <QStringList>

#include <optional>

namespace csm::server {

struct ServerConfig {
    // [server]
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 7420;
    QString dataDir = QStringLiteral("var");
    int workers = 8;
    int queueLimit = 256;
    int asyncReadConnections = 2;   // pipelined libpq connections of the network thread (0: none)
    int maxFrameBytes = 4 * 1024 * 1024;
    int maxInFlightPerConnection = 64;
    // [database]
    QString dbUrl;                     // empty: embedded PostgreSQL under dataDir
    QString pgSharedBuffers = QStringLiteral("128MB");   // the embedded cluster's shared_buffers
    // [auth]
    int sessionTtlHours = 12;
    int maxConcurrentHashes = 2;       // argon2id hashes running at once (each ~64 MiB)
    int userFailureLimit = 5;          // failed logins per user in the window before a lock
    int addressFailureLimit = 20;      // failed logins per address in the window
    int throttleWindowMinutes = 15;
    // [cti]: the Asterisk Manager Interface; empty host = no PBX (the simulator still works)
    QString amiHost;
    quint16 amiPort = 5038;
    QString amiUser;
    QString amiSecret;
    QString amiOriginateContext = QStringLiteral("from-internal"); // dialplan context for click-to-dial
    // [notify]: the gateway that delivers the SMS of the notification outbox
    QString smsGateway = QStringLiteral("file"); // file | http
    QString smsFile;                   // file gateway: one line per message; empty: <log dir>/sms.log
    QString smsUrl;                    // http gateway: http://host[:port]/path (plain HTTP only)
    QString smsToken;                  // http gateway: sent as "Authorization: Bearer ..."; never logged
    int smsMaxAttempts = 5;            // attempts of one message before it stays failed
    int smsTimeoutMs = 5000;           // http gateway: connect + answer
    // [log]
    QString logLevel = QStringLiteral("info");
    QString logDir;                    // empty: dataDir/log
    QString configFile;

    QString effectiveLogDir() const;
    QString effectiveSmsFile() const;
};

struct CommandLine {
    QString command;                   // serve | migrate | seed
    ServerConfig config;
    bool seedDemo = false;
    qint64 seedCustomers = 0;
    qint64 seedContacts = 0;
    bool help = false;
};

// Parses argv (after the program name). Throws std::runtime_error with a clear message.
CommandLine parseCommandLine(const QStringList& arguments);
QString usageText();

} // namespace csm::server
