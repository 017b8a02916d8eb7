#pragma once
// Fixture for *_pgtest tests: each test gets a fresh, migrated database.
// Subclasses overriding SetUp/TearDown must call PgTest::SetUp()/TearDown().
#include <gtest/gtest.h>

#include <string>

namespace csm::test {

class PgTest : public ::testing::Test {
protected:
    void SetUp() override;    // m_dsn = PgTestCluster::instance().freshDatabase(); throws (= test fails) on error
    void TearDown() override; // DROP DATABASE ... WITH (FORCE)

    std::string m_dsn;      // libpq conninfo of this test's database
    std::string m_database; // its name
};

} // namespace csm::test
