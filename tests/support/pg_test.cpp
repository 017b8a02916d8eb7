#include "tests/support/pg_test.h"

#include "tests/support/pg_test_cluster.h"

#include <exception>

namespace csm::test {

void PgTest::SetUp()
{
    try {
        m_dsn = PgTestCluster::instance().freshDatabase();
        m_database = PgTestCluster::databaseName(m_dsn);
    } catch (const std::exception& e) {
        GTEST_FAIL() << "PostgreSQL test database unavailable: " << e.what();
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
