#pragma once
// The work-order UI tests' small world: HQ → PC-JS (province) → SPA (service point), region
// 南京 玄武区 covered by SPA, a point user "pointa" and a technician "techa", and a customer there
// with one product.
#include "tests/ui/desk_test_support.h"

#include <QCborArray>

namespace csm::test {

class TicketUiTest : public UiServerTest {
protected:
    void SetUp() override
    {
        UiServerTest::SetUp();
        if (HasFatalFailure())
            return;
        assignExtension(*m_harness, m_agent->userId, QStringLiteral("8001"), QStringLiteral("Agent One"));
        m_harness->createOrgUnit(QStringLiteral("HQ"), QStringLiteral("province"), QStringLiteral("PC-JS"), QStringLiteral("江苏省中心"));
        m_pointA = m_harness->createOrgUnit(QStringLiteral("PC-JS"), QStringLiteral("point"), QStringLiteral("SPA"), QStringLiteral("玄武网点"));
        m_point = m_harness->createUser(QStringLiteral("pointa"), QStringLiteral("SPA"), {QStringLiteral("service_point")});
        m_technician = m_harness->createUser(QStringLiteral("techa"), QStringLiteral("SPA"), {QStringLiteral("technician")});
        const auto coverage = callAs(m_admin, QStringLiteral("dispatch.coverage.set"),
                                     QCborMap{{QStringLiteral("region_code"), QStringLiteral("320102")},
                                              {QStringLiteral("org_unit_id"), m_pointA}});
        EXPECT_TRUE(coverage.ok) << coverage.error.message.toStdString();
        {
            pqxx::work tx(m_harness->connection());
            tx.exec0("INSERT INTO product_category (code, name) VALUES ('AC', '空调')");
            tx.exec0("INSERT INTO product_model (code, name, category_code, warranty_months)"
                     " VALUES ('KFR-35GW', '壁挂式空调', 'AC', 72)");
            tx.commit();
        }
        const QCborMap address{{QStringLiteral("province"), QStringLiteral("320000")},
                               {QStringLiteral("city"), QStringLiteral("320100")},
                               {QStringLiteral("district"), QStringLiteral("320102")},
                               {QStringLiteral("detail"), QStringLiteral("中山路1号")}};
        m_customer = createCustomer(QCborMap{{QStringLiteral("name"), QStringLiteral("王五")},
                                             {QStringLiteral("phones"), QCborArray{QStringLiteral("13800001111")}},
                                             {QStringLiteral("address"), address}})
                         .value(QStringLiteral("id"))
                         .toInteger();
        const qint64 modelId = callAs(m_agent, QStringLiteral("product.model.list"), {})
                                   .result.toMap().value(QStringLiteral("items")).toArray()[0].toMap()
                                   .value(QStringLiteral("id")).toInteger();
        const auto product = callAs(m_agent, QStringLiteral("customer.product.add"),
                                    QCborMap{{QStringLiteral("customer_id"), m_customer},
                                             {QStringLiteral("model_id"), modelId},
                                             {QStringLiteral("serial_number"), QStringLiteral("KFR35GW2403001234")},
                                             {QStringLiteral("purchase_date"), QDate::currentDate().addMonths(-3).toString(Qt::ISODate)}});
        EXPECT_TRUE(product.ok) << product.error.message.toStdString();
        m_product = product.result.toMap().value(QStringLiteral("id")).toInteger();
    }

    QCborArray serverTickets()
    {
        return callAs(m_admin, QStringLiteral("ticket.list"), {}).result.toMap().value(QStringLiteral("items")).toArray();
    }

    qint64 m_pointA = 0;
    qint64 m_customer = 0;
    qint64 m_product = 0;
    server::SessionPtr m_point;
    server::SessionPtr m_technician;
};

} // namespace csm::test
