#pragma once
// Shared fixture of the work-order tests: a small service network
//   HQ → RC-E (region) → PC-JS (province) → SPA, SPB (service points)
// with a user per role, a customer in 南京 玄武区 (covered by SPA) and one in 南京 鼓楼区 (covered
// through 江苏省 by SPB), and helpers to create and move orders.
#include "tests/support/op_harness.h"
#include "tests/support/pg_test.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>

#include <memory>

namespace csm::test {

class TicketTest : public PgTest {
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        if (HasFatalFailure())
            return;
        m_harness = std::make_unique<OpHarness>(m_dsn);
        m_region = m_harness->createOrgUnit(QStringLiteral("HQ"), QStringLiteral("region"), QStringLiteral("RC-E"), QStringLiteral("华东大区"));
        m_province = m_harness->createOrgUnit(QStringLiteral("RC-E"), QStringLiteral("province"), QStringLiteral("PC-JS"), QStringLiteral("江苏省中心"));
        m_pointA = m_harness->createOrgUnit(QStringLiteral("PC-JS"), QStringLiteral("point"), QStringLiteral("SPA"), QStringLiteral("玄武网点"));
        m_pointB = m_harness->createOrgUnit(QStringLiteral("PC-JS"), QStringLiteral("point"), QStringLiteral("SPB"), QStringLiteral("鼓楼网点"));
        admin = user("admin1", "HQ", "admin");
        agent = user("agent1", "HQ", "agent");
        agent2 = user("agent2", "HQ", "agent");
        supervisor = user("super1", "HQ", "supervisor");
        surveyor = user("survey1", "HQ", "survey_agent");
        staffA = user("pointa", "SPA", "service_point");
        staffB = user("pointb", "SPB", "service_point");
        techA = user("techa", "SPA", "technician");
        techA2 = user("techa2", "SPA", "technician");
        techB = user("techb", "SPB", "technician");
        center = user("center1", "PC-JS", "service_point");
        manager = user("mgr1", "RC-E", "manager");
        setCoverage(QStringLiteral("320102"), m_pointA);   // 南京 玄武区
        setCoverage(QStringLiteral("320000"), m_pointB);   // 江苏省 (everything else in the province)
        customerA = createCustomer(QStringLiteral("王五"), QStringLiteral("13800001111"), QStringLiteral("320102"));
        customerB = createCustomer(QStringLiteral("赵六"), QStringLiteral("13800002222"), QStringLiteral("320106"));
    }

    void TearDown() override
    {
        m_harness.reset();
        PgTest::TearDown();
    }

    // A user without an argon2id hash (the tests never log in with a password).
    server::SessionPtr user(const char* name, const char* orgCode, const char* role)
    {
        {
            pqxx::work tx(m_harness->connection());
            const qint64 id = tx.exec_params1("INSERT INTO app_user (username, display_name, password_hash, org_unit_id)"
                                              " SELECT $1, $1, 'x', id FROM org_unit WHERE code = $2 RETURNING id",
                                              std::string(name), std::string(orgCode))[0]
                                  .as<qint64>();
            tx.exec_params0("INSERT INTO user_role (user_id, role_code) VALUES ($1, $2)", id, std::string(role));
            tx.commit();
        }
        return m_harness->sessionFor(QString::fromLatin1(name));
    }

    common::Response call(const server::SessionPtr& session, const QString& op, const QCborMap& args = {},
                          const QString& idem = {})
    {
        return m_harness->call(session, op, args, idem);
    }
    QCborMap ok(const server::SessionPtr& session, const QString& op, const QCborMap& args = {})
    {
        const auto response = call(session, op, args);
        EXPECT_TRUE(response.ok) << op.toStdString() << ": " << response.error.message.toStdString();
        return response.result.toMap();
    }
    common::ErrorInfo fail(const server::SessionPtr& session, const QString& op, const QCborMap& args)
    {
        const auto response = call(session, op, args);
        EXPECT_FALSE(response.ok) << op.toStdString() << " succeeded";
        return response.error;
    }

    void setCoverage(const QString& region, qint64 unit)
    {
        ok(admin, QStringLiteral("dispatch.coverage.set"),
           {{QStringLiteral("region_code"), region}, {QStringLiteral("org_unit_id"), unit}});
    }

    qint64 createCustomer(const QString& name, const QString& phone, const QString& district,
                          const server::SessionPtr& who = {})
    {
        const QCborMap address{{QStringLiteral("province"), district.left(2) + QStringLiteral("0000")},
                               {QStringLiteral("city"), district.left(4) + QStringLiteral("00")},
                               {QStringLiteral("district"), district},
                               {QStringLiteral("detail"), QStringLiteral("中山路1号")}};
        return ok(who ? who : agent, QStringLiteral("customer.create"),
                  {{QStringLiteral("name"), name}, {QStringLiteral("phones"), QCborArray{phone}},
                   {QStringLiteral("address"), address}})
            .value(QStringLiteral("id"))
            .toInteger();
    }

    QCborMap createTicket(qint64 customer, const QString& type = QStringLiteral("repair"), const QCborMap& extra = {},
                          const server::SessionPtr& who = {})
    {
        QCborMap args{{QStringLiteral("service_type"), type},
                      {QStringLiteral("customer_id"), customer},
                      {QStringLiteral("description"), QStringLiteral("空调不制冷")}};
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            args.insert(it.key(), it.value());
        return ok(who ? who : agent, QStringLiteral("ticket.create"), args);
    }

    common::Response move(const server::SessionPtr& session, const QCborMap& ticket, const QString& transition,
                          const QCborMap& fields = {})
    {
        return call(session, QStringLiteral("ticket.transition"),
                    {{QStringLiteral("id"), ticket.value(QStringLiteral("id"))},
                     {QStringLiteral("version"), ticket.value(QStringLiteral("version"))},
                     {QStringLiteral("transition"), transition},
                     {QStringLiteral("fields"), fields}});
    }
    // Takes the transition and expects it to work; returns the order after it.
    QCborMap step(const server::SessionPtr& session, const QCborMap& ticket, const QString& transition,
                  const QCborMap& fields = {})
    {
        const auto response = move(session, ticket, transition, fields);
        EXPECT_TRUE(response.ok) << transition.toStdString() << ": " << response.error.message.toStdString();
        return response.ok ? response.result.toMap() : ticket;
    }

    static QString state(const QCborMap& ticket) { return ticket.value(QStringLiteral("state")).toString(); }
    static qint64 id(const QCborMap& ticket) { return ticket.value(QStringLiteral("id")).toInteger(); }
    static QString tomorrow(int hour)
    {
        return QDateTime(QDate::currentDate().addDays(1), QTime(hour, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    }
    static QStringList actions(const QCborMap& ticket)
    {
        QStringList codes;
        for (const QCborValue& action : ticket.value(QStringLiteral("actions")).toArray())
            codes.append(action.toMap().value(QStringLiteral("code")).toString());
        return codes;
    }
    QStringList listNumbers(const server::SessionPtr& session, const QCborMap& args = {})
    {
        QStringList numbers;
        for (const QCborValue& item : ok(session, QStringLiteral("ticket.list"), args).value(QStringLiteral("items")).toArray())
            numbers.append(item.toMap().value(QStringLiteral("number")).toString());
        return numbers;
    }

    std::unique_ptr<OpHarness> m_harness;
    qint64 m_region = 0, m_province = 0, m_pointA = 0, m_pointB = 0;
    server::SessionPtr admin, agent, agent2, supervisor, surveyor, staffA, staffB, techA, techA2, techB, center, manager;
    qint64 customerA = 0, customerB = 0;
};

} // namespace csm::test
