// The demo seed and the bulk customer generator, against a fresh migrated database.
#include "common/domain/id_number.h"
#include "common/domain/phone.h"
#include "server/seed/customer_loader.h"
#include "server/seed/seeder.h"
#include "tests/support/pg_test.h"
#include "tests/support/pg_test_cluster.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include <QString>

#include <map>
#include <set>
#include <sstream>
#include <string>

namespace {

using csm::server::seed::seedCustomers;
using csm::server::seed::seedDemo;

class SeedTest : public csm::test::PgTest {
protected:
    long long count(const std::string& query)
    {
        pqxx::connection connection(m_dsn);
        pqxx::read_transaction tx(connection);
        return tx.exec1(query)[0].as<long long>();
    }

    std::string text(const std::string& query)
    {
        pqxx::connection connection(m_dsn);
        pqxx::read_transaction tx(connection);
        return tx.exec1(query)[0].as<std::string>();
    }

    // Row counts of every table the seed writes, and a digest of the customers.
    std::string snapshot()
    {
        return text(
            "SELECT concat_ws(',', (SELECT count(*) FROM org_unit), (SELECT count(*) FROM app_user),"
            " (SELECT count(*) FROM user_role), (SELECT count(*) FROM product_category),"
            " (SELECT count(*) FROM product_model), (SELECT count(*) FROM customer),"
            " (SELECT count(*) FROM customer_phone),"
            " (SELECT md5(string_agg(id || name || id_number || org_path::text, '|' ORDER BY id)) FROM customer))");
    }

    std::map<std::string, std::string> indexDefinitions()
    {
        pqxx::connection connection(m_dsn);
        pqxx::read_transaction tx(connection);
        std::map<std::string, std::string> definitions;
        for (const auto& row : tx.exec("SELECT indexname, indexdef FROM pg_indexes"
                                       " WHERE tablename IN ('customer', 'customer_phone')"))
            definitions[row[0].as<std::string>()] = row[1].as<std::string>();
        return definitions;
    }

    std::string seedDemoQuietly()
    {
        std::ostringstream out;
        seedDemo(m_dsn, out);
        return out.str();
    }
};

TEST_F(SeedTest, DemoCreatesUsersWithRolesAndTheServiceNetwork)
{
    const std::string output = seedDemoQuietly();
    EXPECT_NE(output.find("agent1"), std::string::npos) << output;
    EXPECT_NE(output.find("demo1234"), std::string::npos) << output;

    const std::map<std::string, std::pair<std::string, std::string>> expected{
        {"admin", {"admin", "HQ"}},           {"agent1", {"agent", "HQ"}},
        {"agent2", {"agent", "HQ"}},          {"super1", {"supervisor", "HQ"}},
        {"point1", {"service_point", "SP-NJ-XW"}}, {"point2", {"service_point", "SP-HZ-XH"}},
        {"tech1", {"technician", "SP-NJ-XW"}}, {"wh1", {"warehouse", "PC-JS"}},
        {"fin1", {"finance", "HQ"}},          {"mgr1", {"manager", "RC-EAST"}},
        {"kb1", {"knowledge_editor", "HQ"}},  {"survey1", {"survey_agent", "HQ"}},
    };
    pqxx::connection connection(m_dsn);
    pqxx::read_transaction tx(connection);
    std::map<std::string, std::pair<std::string, std::string>> actual;
    std::set<std::string> hashes;
    for (const auto& row : tx.exec("SELECT u.username, r.role_code, o.code, u.password_hash FROM app_user u"
                                   " JOIN user_role r ON r.user_id = u.id JOIN org_unit o ON o.id = u.org_unit_id")) {
        actual[row[0].as<std::string>()] = {row[1].as<std::string>(), row[2].as<std::string>()};
        hashes.insert(row[3].as<std::string>());
    }
    EXPECT_EQ(actual, expected);
    EXPECT_EQ(hashes.size(), expected.size()) << "every password is hashed with its own salt";
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM app_user")[0].as<int>(), 12);
    EXPECT_EQ(tx.exec1("SELECT extension FROM app_user WHERE username = 'agent2'")[0].as<std::string>(), "8002");

    EXPECT_GE(tx.exec1("SELECT count(*) FROM org_unit WHERE kind = 'point'")[0].as<int>(), 6);
    // The trigger built every path from the root; points sit four levels deep.
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM org_unit p JOIN org_unit hq ON hq.code = 'HQ'"
                       " WHERE p.kind = 'point' AND (NOT p.path <@ hq.path OR nlevel(p.path) <> 4)")[0].as<int>(), 0);
    EXPECT_EQ(tx.exec1("SELECT p.code FROM org_unit o JOIN org_unit p ON p.id = o.parent_id"
                       " WHERE o.code = 'SP-HZ-XH'")[0].as<std::string>(), "PC-ZJ");
    EXPECT_GE(tx.exec1("SELECT count(*) FROM product_category")[0].as<int>(), 8);
    EXPECT_GE(tx.exec1("SELECT count(*) FROM product_model")[0].as<int>(), 30);
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM product_model WHERE warranty_months NOT BETWEEN 12 AND 72")[0].as<int>(), 0);
    // Most demo customers own a product, bought in the last three years, with its warranty end.
    const auto products = tx.exec1("SELECT count(DISTINCT customer_id), count(*) FILTER (WHERE warranty_end IS NULL"
                                   " OR serial_number IS NULL OR purchase_date < current_date - 1096"
                                   " OR install_date < purchase_date) FROM customer_product");
    EXPECT_GT(products[0].as<int>(), 1400);
    EXPECT_EQ(products[1].as<int>(), 0);
}

TEST_F(SeedTest, DemoTwiceChangesNothing)
{
    seedDemoQuietly();
    const std::string before = snapshot();
    const std::string output = seedDemoQuietly();
    EXPECT_NE(output.find("demo data already present"), std::string::npos) << output;
    EXPECT_EQ(snapshot(), before);
}

TEST_F(SeedTest, DemoCustomersAreTheSameOnEveryDatabase)
{
    seedDemoQuietly();
    const std::string other = csm::test::PgTestCluster::instance().freshDatabase();
    std::ostringstream out;
    seedDemo(other, out);
    std::string otherSnapshot;
    {
        pqxx::connection connection(other);
        pqxx::read_transaction tx(connection);
        otherSnapshot = tx.exec1("SELECT md5(string_agg(id || name || id_number || org_path::text, '|' ORDER BY id))"
                                 " FROM customer")[0].as<std::string>();
    }
    csm::test::PgTestCluster::instance().dropDatabase(csm::test::PgTestCluster::databaseName(other));
    EXPECT_EQ(otherSnapshot, text("SELECT md5(string_agg(id || name || id_number || org_path::text, '|' ORDER BY id))"
                                  " FROM customer"));
}

TEST_F(SeedTest, ServicePointUsersSeeDifferentCustomers)
{
    seedDemoQuietly();
    const auto customersOf = [this](const std::string& username) {
        return "SELECT count(*) FROM customer c JOIN org_unit o ON c.org_path <@ o.path"
               " JOIN app_user u ON u.org_unit_id = o.id WHERE u.username = '" + username + "'";
    };
    EXPECT_NE(text("SELECT org_unit_id::text FROM app_user WHERE username = 'point1'"),
              text("SELECT org_unit_id::text FROM app_user WHERE username = 'point2'"));
    EXPECT_GT(count(customersOf("point1")), 0);
    EXPECT_GT(count(customersOf("point2")), 0);
    EXPECT_EQ(count("SELECT count(*) FROM customer a JOIN customer b ON a.id = b.id"
                    " JOIN app_user u1 ON u1.username = 'point1' JOIN org_unit o1 ON o1.id = u1.org_unit_id"
                    " JOIN app_user u2 ON u2.username = 'point2' JOIN org_unit o2 ON o2.id = u2.org_unit_id"
                    " WHERE a.org_path <@ o1.path AND b.org_path <@ o2.path"), 0);
    EXPECT_EQ(count(customersOf("admin")), 2000) << "HQ sees everybody";

    // Most customers belong to HQ, about a fifth to the point covering their district.
    const long long atPoints = count("SELECT count(*) FROM customer c JOIN org_unit o ON o.id = c.org_unit_id"
                                     " WHERE o.kind = 'point'");
    EXPECT_GT(atPoints, 250);
    EXPECT_LT(atPoints, 700);
    EXPECT_EQ(count("SELECT count(*) FROM customer c JOIN org_unit o ON o.id = c.org_unit_id"
                    " WHERE c.org_path <> o.path"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM customer c JOIN org_unit o ON o.id = c.org_unit_id"
                    " WHERE o.code = 'SP-NJ-XW' AND c.district_code <> '320102'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM customer c JOIN org_unit o ON o.id = c.org_unit_id"
                    " WHERE c.district_code = '330106' AND o.code <> 'SP-HZ-XH'"), 0);
}

TEST_F(SeedTest, DemoCustomersAreValid)
{
    seedDemoQuietly();
    pqxx::connection connection(m_dsn);
    pqxx::read_transaction tx(connection);
    const auto customers = tx.exec("SELECT id_number, gender, birth_date::text, name FROM customer");
    ASSERT_EQ(customers.size(), 2000u);
    std::set<std::size_t> nameLengths;
    for (const auto& row : customers) {
        const QString idNumber = QString::fromStdString(row[0].as<std::string>());
        ASSERT_TRUE(csm::common::isValidIdNumber(idNumber)) << idNumber.toStdString();
        EXPECT_EQ(*csm::common::isMaleFromIdNumber(idNumber), row[1].as<std::string>() == "male");
        EXPECT_EQ(csm::common::birthDateFromIdNumber(idNumber)->toString(Qt::ISODate).toStdString(),
                  row[2].as<std::string>());
        nameLengths.insert(std::size_t(QString::fromStdString(row[3].as<std::string>()).size()));
    }
    EXPECT_TRUE(nameLengths.count(2) && nameLengths.count(3)) << "two- and three-character names";

    // Region codes form a chain of the region tree; the address text is composed like the server does.
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM customer c"
                       " JOIN region d ON d.code = c.district_code AND d.parent_code = c.city_code"
                       " JOIN region ci ON ci.code = c.city_code AND ci.parent_code = c.province_code"
                       " JOIN region p ON p.code = c.province_code"
                       " WHERE c.address_text = p.name || ' ' || ci.name || ' ' || d.name || ' ' || c.address_detail"
                       "   AND left(c.id_number, 6) = c.district_code")[0].as<int>(), 2000);

    const auto phones = tx.exec("SELECT phone, local_part, kind FROM customer_phone");
    std::set<std::string> kinds;
    for (const auto& row : phones) {
        const std::string phone = row[0].as<std::string>();
        const auto normalized = csm::common::normalizePhone(QString::fromStdString(phone));
        ASSERT_TRUE(normalized.has_value()) << phone;
        EXPECT_EQ(normalized->digits.toStdString(), phone);
        EXPECT_EQ(normalized->local.toStdString(), row[1].as<std::string>()) << phone;
        const bool mobile = normalized->kind == csm::common::PhoneKind::Mobile;
        EXPECT_EQ(row[2].as<std::string>(), mobile ? "mobile" : "landline") << phone;
        EXPECT_TRUE(mobile || normalized->kind == csm::common::PhoneKind::Landline) << phone;
        kinds.insert(row[2].as<std::string>());
    }
    EXPECT_EQ(kinds.size(), 2u) << "mobiles and landlines";
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM customer c WHERE NOT EXISTS"
                       " (SELECT 1 FROM customer_phone p WHERE p.customer_id = c.id)")[0].as<int>(), 0);
}

TEST_F(SeedTest, SeedCustomersAddsExactlyTheCountWithPhonesAndKeepsIndexes)
{
    seedDemoQuietly();
    const auto indexesBefore = indexDefinitions();
    const long long before = count("SELECT count(*) FROM customer");
    std::ostringstream out;
    seedCustomers(m_dsn, 5000, out);
    EXPECT_EQ(count("SELECT count(*) FROM customer"), before + 5000);
    EXPECT_EQ(count("SELECT count(*) FROM customer c WHERE NOT EXISTS"
                    " (SELECT 1 FROM customer_phone p WHERE p.customer_id = c.id)"), 0);
    EXPECT_EQ(indexDefinitions(), indexesBefore);
    EXPECT_NE(out.str().find("customers/s"), std::string::npos) << out.str();

    // The sequence continues after the reserved block: a normal insert gets a fresh id.
    pqxx::connection connection(m_dsn);
    pqxx::work tx(connection);
    const auto id = tx.exec1("INSERT INTO customer (name, org_unit_id, org_path)"
                             " SELECT '测试', id, path FROM org_unit WHERE code = 'HQ' RETURNING id")[0].as<long long>();
    EXPECT_EQ(id, tx.exec1("SELECT max(id) FROM customer")[0].as<long long>());
    EXPECT_GT(id, before + 5000);
}

TEST_F(SeedTest, LargeLoadRebuildsTheSameIndexes)
{
    const auto indexesBefore = indexDefinitions();
    ASSERT_GE(indexesBefore.size(), 6u);
    pqxx::connection connection(m_dsn);
    pqxx::work tx(connection);
    const auto context = csm::server::seed::loadContext(tx);
    csm::server::seed::CustomerGenerator generator(context.districts, 42);
    csm::server::seed::LoadOptions options;
    options.rebuildIndexesFrom = 0; // take the drop-and-rebuild path for a small load
    options.batchSize = 700;        // several COPY rounds
    std::ostringstream out;
    const auto stats = csm::server::seed::loadCustomers(tx, generator, context, 3000, options, out);
    tx.commit();
    EXPECT_EQ(stats.customers, 3000);
    EXPECT_NE(out.str().find("rebuilt"), std::string::npos) << out.str();
    EXPECT_EQ(indexDefinitions(), indexesBefore);
    EXPECT_EQ(count("SELECT count(*) FROM customer"), 3000);
    EXPECT_EQ(count("SELECT count(*) FROM customer_phone"), stats.phones);
    EXPECT_EQ(count("SELECT count(*) FROM customer WHERE org_unit_id <> (SELECT id FROM org_unit WHERE code = 'HQ')"), 0)
        << "without the demo world every customer belongs to HQ";
}

} // namespace
