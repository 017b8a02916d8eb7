#include "server/seed/seeder.h"

#include "server/modules/auth/password_hasher.h"
#include "server/seed/contact_history.h"
#include "server/seed/customer_generator.h"
#include "server/seed/customer_loader.h"
#include "server/seed/demo_fault_codes.h"
#include "server/seed/demo_products.h"
#include "server/seed/demo_world.h"

#include <pqxx/pqxx>

#include <QString>

#include <chrono>
#include <future>
#include <iomanip>
#include <random>
#include <stdexcept>

namespace csm::server::seed {
namespace {

constexpr long long kDemoCustomers = 2'000;
constexpr long long kDemoContacts = 6'000;
constexpr std::uint64_t kDemoRandomSeed = 20'240'601;
// Share of demo customers drawn from districts a service point covers (and so owned by it).
constexpr double kDemoCoveredShare = 0.2;
constexpr int kHashConcurrency = 4;

bool adminExists(pqxx::transaction_base& tx)
{
    return !tx.exec("SELECT 1 FROM app_user WHERE username = 'admin'").empty();
}

// One argon2id hash per demo user, computed in parallel (the hasher caps the concurrency).
std::vector<std::string> hashDemoPasswords()
{
    auth::PasswordHasher hasher(kHashConcurrency);
    const QString password = QString::fromUtf8(kDemoPassword.data(), qsizetype(kDemoPassword.size()));
    std::vector<std::future<std::string>> pending;
    for (std::size_t i = 0; i < demoUsers().size(); ++i)
        pending.push_back(std::async(std::launch::async, [&hasher, &password] { return hasher.hash(password); }));
    std::vector<std::string> hashes;
    for (auto& hash : pending)
        hashes.push_back(hash.get());
    return hashes;
}

void printAccounts(std::ostream& out)
{
    out << "\nDemo accounts (password for all: " << kDemoPassword << ")\n";
    out << "  " << std::left << std::setw(10) << "username" << std::setw(18) << "role" << std::setw(10)
        << "org unit" << std::setw(6) << "ext." << "password\n";
    for (const DemoUser& user : demoUsers()) {
        out << "  " << std::setw(10) << user.username << std::setw(18) << user.role << std::setw(10)
            << user.orgCode << std::setw(6) << (user.extension.empty() ? "-" : user.extension) << kDemoPassword
            << '\n';
    }
    out << std::right << std::flush;
}

std::uint64_t randomSeed()
{
    std::random_device device;
    return (std::uint64_t(device()) << 32) ^ device();
}

} // namespace

void seedDemo(const std::string& connectionString, std::ostream& out)
{
    pqxx::connection connection(connectionString);
    {
        pqxx::read_transaction check(connection);
        if (adminExists(check)) {
            out << "demo data already present (user 'admin' exists): nothing to do" << std::endl;
            return;
        }
    }
    out << "seeding the demo world..." << std::endl;
    const std::vector<std::string> hashes = hashDemoPasswords();

    pqxx::work tx(connection, "seed_demo");
    if (adminExists(tx)) { // seeded by someone else in the meantime
        out << "demo data already present (user 'admin' exists): nothing to do" << std::endl;
        return;
    }
    insertOrgTree(tx);
    const auto units = tx.exec1("SELECT count(*) FILTER (WHERE kind = 'region'), count(*) FILTER (WHERE kind = 'province'),"
                                " count(*) FILTER (WHERE kind = 'point') FROM org_unit");
    const int users = insertUsers(tx, hashes);
    const int dispatchRegions = insertDispatchCoverage(tx);
    const auto [categories, models] = insertCatalogue(tx);
    const int feeSchedules = insertFeeSchedules(tx);
    const int faultCodes = insertFaultCodes(tx);

    const LoadContext context = loadContext(tx);
    CustomerGenerator generator(context.districts, kDemoRandomSeed, kDemoCoveredShare);
    LoadOptions options;
    options.progress = false;
    const LoadStats stats = loadCustomers(tx, generator, context, kDemoCustomers, options, out);
    const long long products = insertCustomerProducts(tx);
    const ContactHistoryStats history = insertContactHistory(tx, kDemoContacts, false, out);
    tx.commit();

    out << "created:\n"
        << "  org tree: " << units[0].as<int>() << " regional centres, " << units[1].as<int>()
        << " provincial centres, " << units[2].as<int>() << " service points\n"
        << "  " << users << " users\n"
        << "  " << dispatchRegions << " regions in the dispatch map (work orders go to the covering point)\n"
        << "  " << categories << " product categories, " << models << " product models, " << feeSchedules
        << " fee schedules, " << faultCodes << " fault codes\n"
        << "  " << stats.customers << " customers with " << stats.phones << " phones ("
        << stats.ownedByPoints << " owned by service points, the rest by HQ)\n"
        << "  " << products << " customer products\n"
        << "  " << history.contacts << " contacts in their history (" << history.calls << " calls)\n";
    printAccounts(out);
}

void seedCustomers(const std::string& connectionString, long long count, std::ostream& out)
{
    if (count <= 0)
        throw std::invalid_argument("seedCustomers: count must be positive");
    const auto start = std::chrono::steady_clock::now();
    pqxx::connection connection(connectionString);
    pqxx::work tx(connection, "seed_customers");
    const LoadContext context = loadContext(tx);
    CustomerGenerator generator(context.districts, randomSeed());
    out << "generating " << count << " customers..." << std::endl;
    const LoadStats stats = loadCustomers(tx, generator, context, count, LoadOptions{}, out);
    tx.commit();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    out << "added " << stats.customers << " customers (ids " << stats.firstId << ".."
        << stats.firstId + stats.customers - 1 << ") with " << stats.phones << " phones in " << std::fixed
        << std::setprecision(1) << seconds << " s (load " << stats.loadSeconds << " s, indexes and statistics "
        << stats.indexSeconds << " s): " << std::setprecision(0) << double(stats.customers) / seconds
        << " customers/s" << std::defaultfloat << std::endl;
}

} // namespace csm::server::seed
