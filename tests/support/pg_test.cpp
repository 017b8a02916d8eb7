#include "tests/support/pg_test.h"

#include "tests/support/pg_test_cluster.h"

#include <exception>
#include <stdexcept>
#include <string>

namespace csm::test {

void PgTest::SetUp()
{
    // Throw rather than GTEST_FAIL(): a fatal assertion would only return from
    // this function and let a subclass's SetUp() carry on with an empty m_dsn.
    // gtest reports the exception as a failure of this test and skips its body.
    try {
        m_dsn = PgTestCluster::instance().freshDatabase();
        m_database = PgTestCluster::databaseName(m_dsn);
    } catch (const std::exception& e) {
        throw std::runtime_error(std::string("PostgreSQL test database unavailable: ") + e.what());
    }
}

void PgTest::TearDown()
{
    if (m_database.empty())
        return;
    try {
        PgTestCluster::instance().dropDatabase(m_database);
    } catch (const std::exception& e) {
        ADD_FAILURE() << "could not drop test database " << m_database << ": " << e.what();
    }
    m_database.clear();
}

} // namespace csm::test
