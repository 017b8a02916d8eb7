#include "server/app/config.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

#include <stdexcept>

namespace csm::server {
namespace {

[[noreturn]] void fail(const QString& message)
{
    throw std::runtime_error(message.toStdString());
}

int toInt(const QString& name, const QString& value, int min, int max)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < min || number > max)
        fail(QStringLiteral("%1 must be a number between %2 and %3 (got '%4')").arg(name).arg(min).arg(max).arg(value));
    return number;
}

void setAmi(ServerConfig& config, const QString& value)
{
    const int colon = value.lastIndexOf(QLatin1Char(':'));
    if (value.isEmpty()) {
        config.amiHost.clear();
        return;
    }
    if (colon <= 0) {
        config.amiHost = value;
        return;
    }
    config.amiHost = value.left(colon);
    config.amiPort = static_cast<quint16>(toInt(QStringLiteral("AMI port"), value.mid(colon + 1), 1, 65535));
}

void setListen(ServerConfig& config, const QString& value)
{
    const int colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        fail(QStringLiteral("listen address must be HOST:PORT (got '%1')").arg(value));
    config.listenHost = value.left(colon);
    if (config.listenHost.startsWith(QLatin1Char('[')) && config.listenHost.endsWith(QLatin1Char(']')))
        config.listenHost = config.listenHost.mid(1, config.listenHost.size() - 2);
    config.listenPort = static_cast<quint16>(toInt(QStringLiteral("listen port"), value.mid(colon + 1), 0, 65535));
}

void setSmsGateway(ServerConfig& config, const QString& value)
{
    if (value != QLatin1String("file") && value != QLatin1String("http"))
        fail(QStringLiteral("notify/gateway must be file or http (got '%1')").arg(value));
    config.smsGateway = value;
}

void setSmsUrl(ServerConfig& config, const QString& value)
{
    const QUrl url(value);
    if (!value.isEmpty() && (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty()))
        fail(QStringLiteral("notify/url must be an http:// URL with a host (got '%1'); https is not supported").arg(value));
    config.smsUrl = value;
}

// The embedded cluster's shared_buffers: a PostgreSQL size of 16MB to 64GB ("512MB", "4GB").
void setSharedBuffers(ServerConfig& config, const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,6})(MB|GB)$"));
    const QRegularExpressionMatch match = pattern.match(value);
    const qint64 megabytes = match.hasMatch()
        ? match.captured(1).toLongLong() * (match.captured(2) == QLatin1String("GB") ? 1024 : 1)
        : 0;
    if (megabytes < 16 || megabytes > 64 * 1024)
        fail(QStringLiteral("database/shared_buffers must be a size from 16MB to 64GB such as 512MB or 4GB (got '%1')")
                 .arg(value));
    config.pgSharedBuffers = value;
}

// One setting by its INI key ("section/key"); used by the INI file, the environment and options.
bool applySetting(ServerConfig& config, const QString& key, const QString& value)
{
    if (key == QLatin1String("server/listen")) setListen(config, value);
    else if (key == QLatin1String("server/data_dir")) config.dataDir = value;
    else if (key == QLatin1String("server/workers")) config.workers = toInt(key, value, 1, 256);
    else if (key == QLatin1String("server/queue_limit")) config.queueLimit = toInt(key, value, 1, 100000);
    else if (key == QLatin1String("server/async_reads")) config.asyncReadConnections = toInt(key, value, 0, 16);
    else if (key == QLatin1String("server/max_frame_bytes")) config.maxFrameBytes = toInt(key, value, 4096, 256 * 1024 * 1024);
    else if (key == QLatin1String("database/url")) config.dbUrl = value;
    else if (key == QLatin1String("database/shared_buffers")) setSharedBuffers(config, value);
    else if (key == QLatin1String("auth/session_ttl_hours")) config.sessionTtlHours = toInt(key, value, 1, 24 * 90);
    else if (key == QLatin1String("auth/max_concurrent_hashes")) config.maxConcurrentHashes = toInt(key, value, 1, 64);
    else if (key == QLatin1String("auth/user_failure_limit")) config.userFailureLimit = toInt(key, value, 1, 1000);
    else if (key == QLatin1String("auth/address_failure_limit")) config.addressFailureLimit = toInt(key, value, 1, 100000);
    else if (key == QLatin1String("auth/throttle_window_minutes")) config.throttleWindowMinutes = toInt(key, value, 1, 24 * 60);
    else if (key == QLatin1String("cti/ami")) setAmi(config, value);
    else if (key == QLatin1String("cti/ami_user")) config.amiUser = value;
    else if (key == QLatin1String("cti/ami_secret")) config.amiSecret = value;
    else if (key == QLatin1String("cti/originate_context")) config.amiOriginateContext = value;
    else if (key == QLatin1String("notify/gateway")) setSmsGateway(config, value);
    else if (key == QLatin1String("notify/file")) config.smsFile = value;
    else if (key == QLatin1String("notify/url")) setSmsUrl(config, value);
    else if (key == QLatin1String("notify/token")) config.smsToken = value;
    else if (key == QLatin1String("notify/max_attempts")) config.smsMaxAttempts = toInt(key, value, 1, 100);
    else if (key == QLatin1String("notify/timeout_ms")) config.smsTimeoutMs = toInt(key, value, 100, 120000);
    else if (key == QLatin1String("log/level")) config.logLevel = value;
    else if (key == QLatin1String("log/dir")) config.logDir = value;
    else return false;
    return true;
}

void loadIni(ServerConfig& config, const QString& path)
{
    if (!QFileInfo::exists(path))
        fail(QStringLiteral("config file %1 does not exist").arg(path));
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        fail(QStringLiteral("config file %1 cannot be read").arg(path));
    for (const QString& key : ini.allKeys()) {
        if (!applySetting(config, key, ini.value(key).toString()))
            fail(QStringLiteral("config file %1: unknown setting %2").arg(path, key));
    }
    config.configFile = path;
}

struct OptionName {
    const char* option;
    const char* key;
};
constexpr OptionName kOptions[] = {
    {"--listen", "server/listen"},       {"--data-dir", "server/data_dir"},
    {"--workers", "server/workers"},     {"--queue-limit", "server/queue_limit"},
    {"--async-reads", "server/async_reads"},
    {"--max-frame-bytes", "server/max_frame_bytes"},
    {"--db", "database/url"},            {"--log-level", "log/level"},
    {"--pg-shared-buffers", "database/shared_buffers"},
    {"--log-dir", "log/dir"},            {"--session-ttl-hours", "auth/session_ttl_hours"},
    {"--ami", "cti/ami"},                {"--ami-user", "cti/ami_user"},
    {"--ami-secret", "cti/ami_secret"},
    {"--sms-gateway", "notify/gateway"}, {"--sms-file", "notify/file"},
    {"--sms-url", "notify/url"},
};

} // namespace

QString ServerConfig::effectiveLogDir() const
{
    return logDir.isEmpty() ? dataDir + QStringLiteral("/log") : logDir;
}

QString ServerConfig::effectiveSmsFile() const
{
    return smsFile.isEmpty() ? effectiveLogDir() + QStringLiteral("/sms.log") : smsFile;
}

QString usageText()
{
    return QStringLiteral(
        "usage: csm-server COMMAND [options]\n"
        "commands:\n"
        "  serve              run the server (default)\n"
        "  migrate            apply database migrations and exit\n"
        "  seed --demo        load the demo world (org tree, users, products, 2,000 customers)\n"
        "  seed --customers N add N generated customers (bulk COPY)\n"
        "  seed --contacts N  add about N generated contacts (with call records) over the customers\n"
        "options (every command):\n"
        "  --config FILE      INI file (sections [server] [database] [auth] [cti] [notify] [log]); also CSM_CONFIG\n"
        "  --listen HOST:PORT where to accept clients (default 127.0.0.1:7420); also CSM_LISTEN\n"
        "  --data-dir DIR     data directory: embedded database, logs (default ./var); also CSM_DATA_DIR\n"
        "  --db URL           external PostgreSQL (libpq URL or key=value); also CSM_DB_URL.\n"
        "                     Without it the server runs its own PostgreSQL under DIR/pgdata.\n"
        "  --pg-shared-buffers SIZE  the embedded PostgreSQL's shared_buffers (default 128MB;\n"
        "                     a dedicated server: about a quarter of its memory, e.g. 4GB)\n"
        "  --workers N        database workers (default 8)\n"
        "  --async-reads N    pipelined connections for one-statement reads on the network thread\n"
        "                     (default 2; 0 runs every read on the workers)\n"
        "  --queue-limit N    queued requests before answering busy (default 256)\n"
        "  --max-frame-bytes N  largest accepted frame (default 4194304)\n"
        "  --ami HOST:PORT    connect to an Asterisk Manager Interface (port default 5038)\n"
        "  --ami-user U --ami-secret S  AMI login (the secret is never logged)\n"
        "  --sms-gateway file|http  how notifications (SMS) leave (default file)\n"
        "  --sms-file FILE    file gateway: one line per message (default DIR/log/sms.log)\n"
        "  --sms-url URL      http gateway: POST {to, text} as JSON to this http:// URL\n"
        "                     ([notify] token=... adds a bearer token; max_attempts, timeout_ms)\n"
        "  --log-level LEVEL  trace|debug|info|warn|error (default info)\n"
        "  --log-dir DIR      rotating log files (default DIR/log)\n");
}

CommandLine parseCommandLine(const QStringList& arguments)
{
    CommandLine line;
    line.command = QStringLiteral("serve");
    QStringList args = arguments;
    if (!args.isEmpty() && !args.first().startsWith(QLatin1Char('-')))
        line.command = args.takeFirst();
    if (line.command != QLatin1String("serve") && line.command != QLatin1String("migrate")
        && line.command != QLatin1String("seed") && line.command != QLatin1String("help"))
        fail(QStringLiteral("unknown command '%1'\n%2").arg(line.command, usageText()));
    if (line.command == QLatin1String("help"))
        line.help = true;

    // The config file first, so that the environment and the options override it.
    QString configFile = qEnvironmentVariable("CSM_CONFIG");
    for (int i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--config"))
            configFile = args[i + 1];
    }
    if (!configFile.isEmpty())
        loadIni(line.config, configFile);
    if (qEnvironmentVariableIsSet("CSM_DB_URL"))
        line.config.dbUrl = qEnvironmentVariable("CSM_DB_URL");
    if (qEnvironmentVariableIsSet("CSM_LISTEN"))
        setListen(line.config, qEnvironmentVariable("CSM_LISTEN"));
    if (qEnvironmentVariableIsSet("CSM_DATA_DIR"))
        line.config.dataDir = qEnvironmentVariable("CSM_DATA_DIR");

    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        auto value = [&]() -> QString {
            if (i + 1 >= args.size())
                fail(QStringLiteral("option %1 needs a value").arg(arg));
            return args[++i];
        };
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            line.help = true;
        } else if (arg == QLatin1String("--config")) {
            value();
        } else if (arg == QLatin1String("--demo")) {
            line.seedDemo = true;
        } else if (arg == QLatin1String("--customers")) {
            const QString text = value();
            bool ok = false;
            line.seedCustomers = text.toLongLong(&ok);
            if (!ok || line.seedCustomers < 1 || line.seedCustomers > 100'000'000)
                fail(QStringLiteral("--customers needs a number between 1 and 100000000"));
        } else if (arg == QLatin1String("--contacts")) {
            const QString text = value();
            bool ok = false;
            line.seedContacts = text.toLongLong(&ok);
            if (!ok || line.seedContacts < 1 || line.seedContacts > 500'000'000)
                fail(QStringLiteral("--contacts needs a number between 1 and 500000000"));
        } else {
            bool known = false;
            for (const auto& option : kOptions) {
                if (arg == QLatin1String(option.option)) {
                    applySetting(line.config, QString::fromLatin1(option.key), value());
                    known = true;
                    break;
                }
            }
            if (!known)
                fail(QStringLiteral("unknown option '%1'\n%2").arg(arg, usageText()));
        }
    }
    if (line.command == QLatin1String("seed") && !line.seedDemo && line.seedCustomers == 0 && line.seedContacts == 0
        && !line.help)
        fail(QStringLiteral("seed needs --demo, --customers N or --contacts N"));
    return line;
}

} // namespace csm::server
