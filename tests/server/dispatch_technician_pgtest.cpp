// dispatch.technician.list: the active technicians of exactly one unit, within the caller's
// org subtree (a point cannot list another point's technicians), for the assign form's picker.
#include "tests/server/ticket_test_support.h"

using namespace csm;
using common::ErrorCode;

namespace {
class DispatchTechnicianTest : public test::TicketTest {
protected:
    QStringList usernames(const server::SessionPtr& session, qint64 unit)
    {
        QStringList names;
        const QCborMap result = ok(session, QStringLiteral("dispatch.technician.list"), {{QStringLiteral("org_unit_id"), unit}});
        for (const QCborValue& item : result.value(QStringLiteral("items")).toArray())
            names.append(item.toMap().value(QStringLiteral("username")).toString());
        return names;
    }
};
} // namespace

TEST_F(DispatchTechnicianTest, ListsTheActiveTechniciansOfOneUnitInScope)
{
    EXPECT_EQ(usernames(staffA, m_pointA), (QStringList{QStringLiteral("techa"), QStringLiteral("techa2")}));
    EXPECT_EQ(usernames(staffB, m_pointB), QStringList{QStringLiteral("techb")});
    // Another point's technicians are out of scope; a center sees its points'; staff are not technicians.
    EXPECT_TRUE(usernames(staffB, m_pointA).isEmpty());
    EXPECT_EQ(usernames(center, m_pointA), (QStringList{QStringLiteral("techa"), QStringLiteral("techa2")}));
    EXPECT_TRUE(usernames(center, m_province).isEmpty());
    // A deactivated technician is no longer offered; the order's id comes back as a number.
    {
        pqxx::work tx(m_harness->connection());
        tx.exec0("UPDATE app_user SET active = false WHERE username = 'techa2'");
        tx.commit();
    }
    EXPECT_EQ(usernames(staffA, m_pointA), QStringList{QStringLiteral("techa")});
    const QCborMap first = ok(staffA, QStringLiteral("dispatch.technician.list"), {{QStringLiteral("org_unit_id"), m_pointA}})
                               .value(QStringLiteral("items")).toArray()[0].toMap();
    EXPECT_EQ(first.value(QStringLiteral("id")).toInteger(), techA->userId);
    EXPECT_EQ(first.value(QStringLiteral("display_name")).toString(), QStringLiteral("techa"));
    // The unit is required.
    EXPECT_EQ(fail(staffA, QStringLiteral("dispatch.technician.list"), {}).code, ErrorCode::Validation);
}
