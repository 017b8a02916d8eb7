#pragma once
// The fee tests' world on top of the work-order fixture: a category tree 空调 (AC) → 壁挂式空调
// (AC-WALL) with a 12-month model in AC-WALL, products of customer A bought on chosen days,
// and helpers to take an order to the point of completion.
#include "tests/server/ticket_test_support.h"

namespace csm::test {

class FeeTest : public TicketTest {
protected:
    void SetUp() override
    {
        TicketTest::SetUp();
        if (HasFatalFailure())
            return;
        exec("INSERT INTO product_category (code, name) VALUES ('AC', '空调')");
        exec("INSERT INTO product_category (code, name, parent_code) VALUES ('AC-WALL', '壁挂式空调', 'AC')");
        exec("INSERT INTO product_model (code, name, category_code, warranty_months)"
             " VALUES ('KFR-35GW', '壁挂式空调 1.5匹', 'AC-WALL', 12)");
        pqxx::read_transaction tx(m_harness->connection());
        m_model = tx.exec1("SELECT id FROM product_model WHERE code = 'KFR-35GW'")[0].as<qint64>();
        m_today = QDate::fromString(
            QString::fromStdString(tx.exec1("SELECT to_char((now() AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD')")[0]
                                       .as<std::string>()),
            Qt::ISODate);
        tx.commit();
    }

    void exec(const std::string& sql)
    {
        pqxx::work tx(m_harness->connection());
        tx.exec0(sql);
        tx.commit();
    }

    // A product of customer A bought `daysAgo` days before the business day (no dates: -1).
    qint64 addProduct(int daysAgo, qint64 customer = 0)
    {
        QCborMap args{{QStringLiteral("customer_id"), customer != 0 ? customer : customerA},
                      {QStringLiteral("model_id"), m_model}};
        if (daysAgo >= 0)
            args.insert(QStringLiteral("purchase_date"), m_today.addDays(-daysAgo).toString(Qt::ISODate));
        return ok(agent, QStringLiteral("customer.product.add"), args).value(QStringLiteral("id")).toInteger();
    }

    void setSchedule(const QString& category, qint64 labour, qint64 travel, const QString& type = QStringLiteral("repair"))
    {
        ok(admin, QStringLiteral("fee.schedule.set"),
           {{QStringLiteral("service_type"), type}, {QStringLiteral("category_code"), category},
            {QStringLiteral("labour_fen"), labour}, {QStringLiteral("travel_fen"), travel}});
    }

    // A repair of the product, created by the agent and taken to on site by techA.
    QCborMap onSite(qint64 product, const QString& type = QStringLiteral("repair"))
    {
        QCborMap t = createTicket(customerA, type, {{QStringLiteral("customer_product_id"), product}});
        t = step(agent, t, QStringLiteral("dispatch"));
        t = step(staffA, t, QStringLiteral("accept"));
        t = step(staffA, t, QStringLiteral("assign"),
                 {{QStringLiteral("technician_id"), techA->userId}, {QStringLiteral("appointment_start"), tomorrow(9)}});
        return step(techA, t, QStringLiteral("arrive"));
    }

    common::Response complete(const QCborMap& ticket, const QString& faultCode = QStringLiteral("E1"))
    {
        return move(techA, ticket, QStringLiteral("complete"),
                    {{QStringLiteral("diagnosis"), QStringLiteral("电容损坏")},
                     {QStringLiteral("resolution"), QStringLiteral("更换电容")},
                     {QStringLiteral("fault_code"), faultCode}});
    }

    QCborMap setParts(const server::SessionPtr& who, const QCborMap& ticket, const QCborArray& parts)
    {
        return ok(who, QStringLiteral("ticket.parts.set"),
                  {{QStringLiteral("ticket_id"), id(ticket)}, {QStringLiteral("version"), ticket.value(QStringLiteral("version"))},
                   {QStringLiteral("parts"), parts}});
    }

    static QCborMap part(const QString& code, const QString& name, int qty, qint64 priceFen, bool recoverOld = true)
    {
        return {{QStringLiteral("part_code"), code}, {QStringLiteral("part_name"), name}, {QStringLiteral("qty"), qty},
                {QStringLiteral("unit_price_fen"), priceFen}, {QStringLiteral("recover_old"), recoverOld}};
    }

    QCborMap fees(const QCborMap& ticket, const server::SessionPtr& who = {})
    {
        return ok(who ? who : staffA, QStringLiteral("ticket.fees.get"), {{QStringLiteral("ticket_id"), id(ticket)}});
    }
    QCborMap get(const QCborMap& ticket) { return ok(agent, QStringLiteral("ticket.get"), {{QStringLiteral("id"), id(ticket)}}); }

    QStringList kinds(const QCborMap& ticket)
    {
        QStringList kinds;
        for (const QCborValue& event :
             ok(agent, QStringLiteral("ticket.timeline"), {{QStringLiteral("id"), id(ticket)}}).value(QStringLiteral("items")).toArray())
            kinds.append(event.toMap().value(QStringLiteral("kind")).toString());
        return kinds;
    }

    static QString rule(const QCborMap& verdict) { return verdict.value(QStringLiteral("rule")).toString(); }

    qint64 m_model = 0;
    QDate m_today;
};

} // namespace csm::test
