// The generated contact history of the demo seed and of `seed --contacts`.
#include "server/seed/contact_history.h"
#include "server/seed/seeder.h"
#include "tests/support/pg_test.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include <sstream>

namespace {

class ContactHistoryTest : public csm::test::PgTest {
protected:
    long long count(const std::string& query)
    {
        pqxx::connection connection(m_dsn);
        pqxx::read_transaction tx(connection);
        return tx.exec1(query)[0].as<long long>();
    }
};

} // namespace

TEST_F(ContactHistoryTest, DemoCustomersHaveAHistoryOfCallsAndOtherChannels)
{
    std::ostringstream out;
    csm::server::seed::seedDemo(m_dsn, out);
    const long long contacts = count("SELECT count(*) FROM contact");
    EXPECT_GE(contacts, 5000);
    EXPECT_LE(contacts, 8000);
    // Every inbound-call contact stands on a call record of the same customer.
    EXPECT_EQ(count("SELECT count(*) FROM contact k JOIN call_record r ON r.id = k.call_id"
                    " WHERE k.channel = 'phone_in' AND r.customer_id = k.customer_id"),
              count("SELECT count(*) FROM contact WHERE channel = 'phone_in'"));
    EXPECT_GT(count("SELECT count(*) FROM contact WHERE channel <> 'phone_in'"), 0);
    EXPECT_GT(count("SELECT count(*) FROM call_record WHERE outcome = 'abandoned'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM call_record WHERE outcome = 'answered' AND agent_id IS NULL"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM contact WHERE occurred_at > now()"), 0);

    csm::server::seed::seedContacts(m_dsn, 4000, out);
    EXPECT_GE(count("SELECT count(*) FROM contact"), contacts + 3000);
}
