// The notification outbox: SMS rows written in the transaction of the dispatch / assignment that
// caused them (none after a rollback or a refused transition), delivered by the file and the HTTP
// gateway (against a real HTTP server in the test) with retries, pushes to the service point's
// sessions and the technician, and notification.list / notification.retry in the callers' scope.
#include "server/modules/notify/http_sms_gateway.h"
#include "server/modules/notify/notification_service.h"
#include "server/modules/notify/ticket_notices.h"
#include "tests/server/ticket_test_support.h"
#include "tests/support/scripted_http_server.h"
#include "tests/support/temp_dir.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace csm;
using common::ErrorCode;

namespace {

class NotifyTest : public test::TicketTest {
protected:
    QCborArray notifications(const server::SessionPtr& session, const QCborMap& args = {})
    {
        return ok(session, QStringLiteral("notification.list"), args).value(QStringLiteral("items")).toArray();
    }
    QCborArray ofTicket(const QCborMap& ticket)
    {
        return notifications(supervisor, {{QStringLiteral("ticket_id"), id(ticket)}});
    }
    qint64 count(const char* where = "true")
    {
        pqxx::work tx(m_harness->connection());
        return tx.exec1(std::string("SELECT count(*) FROM notification WHERE ") + where)[0].as<qint64>();
    }
    // created (routed to SPA) → dispatched → accepted; the order after it.
    QCborMap accepted(qint64 customer)
    {
        QCborMap t = createTicket(customer);
        t = step(agent, t, QStringLiteral("dispatch"));
        return step(staffA, t, QStringLiteral("accept"));
    }
    QCborMap assignArgs(const QCborMap& t, qint64 technician)
    {
        return {{QStringLiteral("id"), id(t)},
                {QStringLiteral("version"), t.value(QStringLiteral("version"))},
                {QStringLiteral("transition"), QStringLiteral("assign")},
                {QStringLiteral("fields"), QCborMap{{QStringLiteral("technician_id"), technician},
                                                    {QStringLiteral("appointment_start"), tomorrow(1)},
                                                    {QStringLiteral("appointment_end"), tomorrow(3)}}}};
    }
    static bool hasPush(const server::Pushes& pushes, const QString& event, qint64 unit, qint64 user)
    {
        for (const server::Push& push : pushes)
            if (push.event.name == event && push.orgUnitId == unit && push.userId == user)
                return true;
        return false;
    }
    server::notify::DeliveryCount deliver(server::notify::SmsGateway& gateway, int maxAttempts = 5,
                                          const std::optional<QDateTime>& now = std::nullopt)
    {
        server::notify::DeliverySettings settings;
        settings.maxAttempts = maxAttempts;
        return server::notify::NotificationService::deliverDue(m_harness->connection(), gateway, settings, now);
    }
};

} // namespace

TEST_F(NotifyTest, DispatchAtCreateQueuesTheSmsInTheSameTransactionAndPushesToThePoint)
{
    const server::Outcome outcome = m_harness->callWithEffects(
        agent, QStringLiteral("ticket.create"),
        {{QStringLiteral("service_type"), QStringLiteral("repair")}, {QStringLiteral("customer_id"), customerA},
         {QStringLiteral("description"), QStringLiteral("空调不制冷")}});
    ASSERT_TRUE(outcome.response.ok) << outcome.response.error.message.toStdString();
    const QCborMap t = outcome.response.result.toMap();
    const QString number = t.value(QStringLiteral("number")).toString();

    const QCborArray items = ofTicket(t);
    ASSERT_EQ(items.size(), 1);
    const QCborMap sms = items[0].toMap();
    EXPECT_EQ(sms.value(QStringLiteral("template_code")).toString(), QStringLiteral("ticket.dispatched"));
    EXPECT_EQ(sms.value(QStringLiteral("recipient")).toString(), QStringLiteral("13800001111"));
    EXPECT_EQ(sms.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    EXPECT_EQ(sms.value(QStringLiteral("attempts")).toInteger(), 0);
    EXPECT_EQ(sms.value(QStringLiteral("ticket_number")).toString(), number);
    EXPECT_EQ(sms.value(QStringLiteral("body")).toString(),
              QStringLiteral("【CSM】您的服务单%1已派至玄武网点，网点将尽快与您联系，请保持电话畅通。").arg(number));
    {   // One transaction: the row and the order carry the same creating transaction id.
        pqxx::work tx(m_harness->connection());
        EXPECT_TRUE(tx.exec_params1("SELECT n.xmin::text = t.xmin::text FROM notification n JOIN ticket t ON t.id = n.ticket_id"
                                    " WHERE t.id = $1", id(t))[0].as<bool>());
    }
    EXPECT_TRUE(hasPush(outcome.effects.pushes, QStringLiteral("ticket.dispatched"), m_pointA, 0));
    ASSERT_EQ(outcome.effects.pushes.size(), 1u);
    EXPECT_EQ(outcome.effects.pushes[0].event.data.toMap().value(QStringLiteral("number")).toString(), number);

    // Dispatching to the unit it already has sends nothing more; moving it to SPB does.
    QCborMap moved = step(agent, t, QStringLiteral("dispatch"));
    EXPECT_EQ(ofTicket(t).size(), 1);
    const server::Outcome redispatch = m_harness->callWithEffects(
        agent, QStringLiteral("ticket.transition"),
        {{QStringLiteral("id"), id(moved)}, {QStringLiteral("version"), moved.value(QStringLiteral("version"))},
         {QStringLiteral("transition"), QStringLiteral("redispatch")},
         {QStringLiteral("fields"), QCborMap{{QStringLiteral("assigned_org_unit_id"), m_pointB}}}});
    ASSERT_TRUE(redispatch.response.ok) << redispatch.response.error.message.toStdString();
    EXPECT_TRUE(hasPush(redispatch.effects.pushes, QStringLiteral("ticket.dispatched"), m_pointB, 0));
    EXPECT_FALSE(hasPush(redispatch.effects.pushes, QStringLiteral("ticket.dispatched"), m_pointA, 0));
    const QCborArray after = ofTicket(t);
    ASSERT_EQ(after.size(), 2);
    EXPECT_TRUE(after[0].toMap().value(QStringLiteral("body")).toString().contains(QStringLiteral("鼓楼网点")));
}

TEST_F(NotifyTest, TechnicianAssignmentQueuesTheSmsWithNameAndWindowAndPushesToPointAndTechnician)
{
    const QCborMap t = accepted(customerA);
    const server::Outcome outcome =
        m_harness->callWithEffects(staffA, QStringLiteral("ticket.transition"), assignArgs(t, techA->userId));
    ASSERT_TRUE(outcome.response.ok) << outcome.response.error.message.toStdString();
    EXPECT_TRUE(hasPush(outcome.effects.pushes, QStringLiteral("ticket.assigned"), m_pointA, 0));
    // techA is of SPA and gets it with the unit's sessions: no second copy to the user.
    EXPECT_EQ(outcome.effects.pushes.size(), 1u);

    const QCborMap sms = ofTicket(t)[0].toMap();
    EXPECT_EQ(sms.value(QStringLiteral("template_code")).toString(), QStringLiteral("ticket.assigned"));
    // tomorrow 01:00–03:00 UTC is 09:00–11:00 in Asia/Shanghai.
    const QDate day = QDate::currentDate().addDays(1);
    EXPECT_EQ(sms.value(QStringLiteral("body")).toString(),
              QStringLiteral("【CSM】您的服务单%1已安排玄武网点技术员techa为您服务，预约时间：%2月%3日 09:00-11:00。")
                  .arg(t.value(QStringLiteral("number")).toString())
                  .arg(day.month())
                  .arg(day.day()));
}

TEST_F(NotifyTest, ARolledBackOrRefusedChangeLeavesNoNotification)
{
    const QCborMap t = accepted(customerA);
    const qint64 before = count();
    {   // The outbox writes into the caller's transaction: rolled back, nothing stays.
        pqxx::work tx(m_harness->connection());
        server::notify::TicketNotice notice;
        notice.ticketId = id(t);
        notice.dispatched = true;
        const server::Pushes pushes = server::notify::queueTicketNotices(tx, notice);
        EXPECT_EQ(pushes.size(), 1u);
        EXPECT_EQ(tx.exec1("SELECT count(*) FROM notification")[0].as<qint64>(), before + 1);
        tx.abort();
    }
    EXPECT_EQ(count(), before);
    // A technician of another unit is refused: no order change, no message, no push.
    const server::Outcome refused =
        m_harness->callWithEffects(staffA, QStringLiteral("ticket.transition"), assignArgs(t, techB->userId));
    EXPECT_FALSE(refused.response.ok);
    EXPECT_TRUE(refused.effects.pushes.empty());
    EXPECT_EQ(count(), before);
}

TEST_F(NotifyTest, ACustomerWithoutAMobileGetsAFailedRowSayingSo)
{
    const qint64 landline = createCustomer(QStringLiteral("孙七"), QStringLiteral("02584001234"), QStringLiteral("320102"));
    const QCborMap t = createTicket(landline);
    const QCborMap sms = ofTicket(t)[0].toMap();
    EXPECT_EQ(sms.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    EXPECT_EQ(sms.value(QStringLiteral("recipient")).toString(), QString());
    EXPECT_EQ(sms.value(QStringLiteral("last_error")).toString(), QStringLiteral("the customer has no mobile number"));
    EXPECT_TRUE(sms.value(QStringLiteral("next_attempt_at")).isNull());
    const auto error = fail(supervisor, QStringLiteral("notification.retry"), {{QStringLiteral("id"), sms.value(QStringLiteral("id"))}});
    EXPECT_EQ(error.code, ErrorCode::Validation);
}

TEST_F(NotifyTest, NotifyEffectWithATemplateCodeQueuesThatTemplate)
{
    {   // Before the first order loads the flow: the repair flow's reject notifies with a template.
        pqxx::work tx(m_harness->connection());
        tx.exec0("UPDATE workflow_effect SET param = 'ticket.state' WHERE type = 'notify' AND transition_code = 'reject'"
                 " AND workflow_id = (SELECT max(id) FROM workflow WHERE service_type = 'repair')");
        tx.commit();
    }
    QCborMap t = createTicket(customerA);
    t = step(agent, t, QStringLiteral("dispatch"));
    t = step(staffA, t, QStringLiteral("reject"), {{QStringLiteral("reject_reason"), QStringLiteral("不在服务范围")}});
    const QCborMap sms = ofTicket(t)[0].toMap();
    EXPECT_EQ(sms.value(QStringLiteral("template_code")).toString(), QStringLiteral("ticket.state"));
    EXPECT_EQ(sms.value(QStringLiteral("body")).toString(),
              QStringLiteral("【CSM】您的服务单%1当前状态：%2。")
                  .arg(t.value(QStringLiteral("number")).toString(), t.value(QStringLiteral("state_name")).toString()));
    // The default flows' audience params (service_point on dispatch) are pushes, not SMS: nothing more.
    EXPECT_EQ(ofTicket(t).size(), 2);
}

TEST_F(NotifyTest, NotifyAudiencesTellTheOwnerTheUnitAndTheCustomer)
{
    {   // The repair flow's reject tells the customer (an SMS of the order's state).
        pqxx::work tx(m_harness->connection());
        tx.exec0("UPDATE workflow_effect SET param = 'customer' WHERE type = 'notify' AND transition_code = 'reject'"
                 " AND workflow_id = (SELECT max(id) FROM workflow WHERE service_type = 'repair')");
        tx.commit();
    }
    QCborMap t = accepted(customerA);
    t = step(staffA, t, QStringLiteral("assign"), assignArgs(t, techA->userId).value(QStringLiteral("fields")).toMap());
    t = step(techA, t, QStringLiteral("arrive"));
    // 完工销单 notifies the owner (the agent who took the call), not the technician who did it.
    const server::Outcome completed = m_harness->callWithEffects(
        techA, QStringLiteral("ticket.transition"),
        {{QStringLiteral("id"), id(t)}, {QStringLiteral("version"), t.value(QStringLiteral("version"))},
         {QStringLiteral("transition"), QStringLiteral("complete")},
         {QStringLiteral("fields"), QCborMap{{QStringLiteral("diagnosis"), QStringLiteral("电机损坏")},
                                             {QStringLiteral("resolution"), QStringLiteral("更换电机")}}}});
    ASSERT_TRUE(completed.response.ok) << completed.response.error.message.toStdString();
    ASSERT_TRUE(hasPush(completed.effects.pushes, QStringLiteral("ticket.notice"), 0, agent->userId));
    for (const server::Push& push : completed.effects.pushes) {
        if (push.event.name != QLatin1String("ticket.notice"))
            continue;
        const QCborMap data = push.event.data.toMap();
        EXPECT_EQ(data.value(QStringLiteral("audience")).toString(), QStringLiteral("owner"));
        EXPECT_EQ(data.value(QStringLiteral("transition_name")).toString(), QStringLiteral("完工销单"));
        EXPECT_EQ(data.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        EXPECT_EQ(data.value(QStringLiteral("by_name")).toString(), QStringLiteral("techa"));
        EXPECT_EQ(data.value(QStringLiteral("number")).toString(), t.value(QStringLiteral("number")).toString());
    }
    t = completed.response.result.toMap();

    // 返工 by the agent tells the service point's sessions.
    const server::Outcome reopened = m_harness->callWithEffects(
        agent, QStringLiteral("ticket.transition"),
        {{QStringLiteral("id"), id(t)}, {QStringLiteral("version"), t.value(QStringLiteral("version"))},
         {QStringLiteral("transition"), QStringLiteral("reopen")},
         {QStringLiteral("fields"), QCborMap{{QStringLiteral("note"), QStringLiteral("仍有异响")}}}});
    ASSERT_TRUE(reopened.response.ok) << reopened.response.error.message.toStdString();
    EXPECT_TRUE(hasPush(reopened.effects.pushes, QStringLiteral("ticket.notice"), m_pointA, 0));

    // The customer audience: an SMS with the order's state.
    QCborMap other = createTicket(customerA);
    other = step(agent, other, QStringLiteral("dispatch"));
    other = step(staffA, other, QStringLiteral("reject"), {{QStringLiteral("reject_reason"), QStringLiteral("不在服务范围")}});
    const QCborMap sms = ofTicket(other)[0].toMap();
    EXPECT_EQ(sms.value(QStringLiteral("template_code")).toString(), QStringLiteral("ticket.state"));
    EXPECT_TRUE(sms.value(QStringLiteral("body")).toString().contains(other.value(QStringLiteral("state_name")).toString()));
}

TEST_F(NotifyTest, FileGatewayDeliversAndMarksSent)
{
    const QCborMap t = createTicket(customerA);
    test::TempDir dir("csm-sms");
    server::notify::FileSmsGateway gateway(dir.qPath() + QStringLiteral("/out/sms.log"));
    const auto first = deliver(gateway);
    EXPECT_EQ(first.sent, 1);
    EXPECT_EQ(first.failed, 0);
    QFile file(gateway.path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    ASSERT_EQ(lines.size(), 2);   // one line and the final newline
    const QList<QByteArray> parts = lines[0].split('\t');
    ASSERT_EQ(parts.size(), 3);
    EXPECT_EQ(parts[1], "13800001111");
    EXPECT_TRUE(QString::fromUtf8(parts[2]).contains(t.value(QStringLiteral("number")).toString()));
    const QCborMap sms = ofTicket(t)[0].toMap();
    EXPECT_EQ(sms.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    EXPECT_EQ(sms.value(QStringLiteral("attempts")).toInteger(), 1);
    EXPECT_FALSE(sms.value(QStringLiteral("sent_at")).isNull());
    EXPECT_TRUE(sms.value(QStringLiteral("next_attempt_at")).isNull());
    EXPECT_EQ(deliver(gateway).sent, 0);   // sent once only
}

TEST_F(NotifyTest, HttpGatewaySends2xxAndRetriesFailuresWithBackOff)
{
    const QCborMap first = createTicket(customerA);
    const QCborMap second = createTicket(customerB);
    test::ScriptedHttpServer http({200, 500, 200});
    server::notify::HttpSmsGateway gateway(QStringLiteral("http://127.0.0.1:%1/sms/send?v=1").arg(http.port()),
                                           QStringLiteral("tok-123"), 3000);
    const auto run = deliver(gateway);
    EXPECT_EQ(run.sent, 1);
    EXPECT_EQ(run.failed, 1);
    const QList<QByteArray> requests = http.requests();
    ASSERT_EQ(requests.size(), 2);
    EXPECT_TRUE(requests[0].startsWith("POST /sms/send?v=1 HTTP/1.1\r\n"));
    EXPECT_TRUE(requests[0].contains("Authorization: Bearer tok-123\r\n"));
    const QJsonObject json = QJsonDocument::fromJson(requests[0].mid(requests[0].indexOf("\r\n\r\n") + 4)).object();
    EXPECT_EQ(json.value(QStringLiteral("to")).toString(), QStringLiteral("13800001111"));
    EXPECT_TRUE(json.value(QStringLiteral("text")).toString().contains(first.value(QStringLiteral("number")).toString()));

    QCborMap sent = ofTicket(first)[0].toMap();
    QCborMap failed = ofTicket(second)[0].toMap();
    EXPECT_EQ(sent.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    EXPECT_EQ(failed.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    EXPECT_EQ(failed.value(QStringLiteral("attempts")).toInteger(), 1);
    EXPECT_EQ(failed.value(QStringLiteral("last_error")).toString(), QStringLiteral("HTTP 500 Internal Server Error"));
    ASSERT_FALSE(failed.value(QStringLiteral("next_attempt_at")).isNull());

    // Not again before the back-off; after it, the retry goes through.
    EXPECT_EQ(deliver(gateway).sent + deliver(gateway).failed, 0);
    const auto retry = deliver(gateway, 5, QDateTime::currentDateTimeUtc().addSecs(40));
    EXPECT_EQ(retry.sent, 1);
    failed = ofTicket(second)[0].toMap();
    EXPECT_EQ(failed.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    EXPECT_EQ(failed.value(QStringLiteral("attempts")).toInteger(), 2);
    EXPECT_EQ(failed.value(QStringLiteral("last_error")).toString(), QString());
    EXPECT_EQ(http.requests().size(), 3);
}

TEST_F(NotifyTest, AfterTheLastAttemptAMessageStaysFailedUntilRetriedByHand)
{
    const QCborMap t = createTicket(customerA);
    test::ScriptedHttpServer http({500, 500, 200});
    server::notify::HttpSmsGateway gateway(QStringLiteral("http://127.0.0.1:%1/").arg(http.port()), {}, 3000);
    EXPECT_EQ(deliver(gateway, 2).failed, 1);
    EXPECT_EQ(deliver(gateway, 2, QDateTime::currentDateTimeUtc().addSecs(40)).failed, 1);
    QCborMap sms = ofTicket(t)[0].toMap();
    EXPECT_EQ(sms.value(QStringLiteral("attempts")).toInteger(), 2);
    EXPECT_TRUE(sms.value(QStringLiteral("next_attempt_at")).isNull());   // given up
    EXPECT_EQ(deliver(gateway, 2, QDateTime::currentDateTimeUtc().addDays(1)).failed, 0);
    EXPECT_FALSE(http.requests()[0].contains("Authorization"));

    // The retry: permission (a point may read but not retry), then queued and sent on the next run.
    EXPECT_EQ(fail(staffA, QStringLiteral("notification.retry"), {{QStringLiteral("id"), sms.value(QStringLiteral("id"))}}).code,
              ErrorCode::PermissionDenied);
    const QCborMap requeued = ok(supervisor, QStringLiteral("notification.retry"), {{QStringLiteral("id"), sms.value(QStringLiteral("id"))}});
    EXPECT_EQ(requeued.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    EXPECT_EQ(deliver(gateway, 2).sent, 1);
    sms = ofTicket(t)[0].toMap();
    EXPECT_EQ(sms.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    EXPECT_EQ(sms.value(QStringLiteral("attempts")).toInteger(), 3);
    // A sent one cannot be retried.
    const auto error = fail(supervisor, QStringLiteral("notification.retry"), {{QStringLiteral("id"), sms.value(QStringLiteral("id"))}});
    EXPECT_EQ(error.code, ErrorCode::Validation);
    EXPECT_TRUE(error.fields.value(QStringLiteral("id")).contains(QStringLiteral("sent")));
}

TEST_F(NotifyTest, AnUnreachableGatewayIsAFailureWithTheReason)
{
    const QCborMap t = createTicket(customerA);
    int port = 0;
    {
        test::ScriptedHttpServer closed({});
        port = closed.port();
    }
    server::notify::HttpSmsGateway gateway(QStringLiteral("http://127.0.0.1:%1/").arg(port), {}, 1000);
    EXPECT_EQ(deliver(gateway).failed, 1);
    EXPECT_TRUE(ofTicket(t)[0].toMap().value(QStringLiteral("last_error")).toString().startsWith(
        QStringLiteral("cannot connect to 127.0.0.1:%1").arg(port)));
}

TEST_F(NotifyTest, ListIsScopedToTheOrdersTheCallerSees)
{
    const QCborMap a = createTicket(customerA);   // SPA
    const QCborMap b = createTicket(customerB);   // SPB
    auto ticketIds = [this](const server::SessionPtr& session, const QCborMap& args = {}) {
        QList<qint64> ids;
        for (const QCborValue& item : notifications(session, args))
            ids.append(item.toMap().value(QStringLiteral("ticket_id")).toInteger());
        return ids;
    };
    EXPECT_EQ(ticketIds(staffA), QList<qint64>{id(a)});
    EXPECT_EQ(ticketIds(staffB), QList<qint64>{id(b)});
    EXPECT_TRUE(ticketIds(staffA, {{QStringLiteral("ticket_id"), id(b)}}).isEmpty());
    EXPECT_EQ(ticketIds(center), (QList<qint64>{id(b), id(a)}));
    EXPECT_EQ(ticketIds(supervisor), (QList<qint64>{id(b), id(a)}));
    EXPECT_EQ(ticketIds(manager, {{QStringLiteral("status"), QStringLiteral("queued")}}), (QList<qint64>{id(b), id(a)}));
    EXPECT_TRUE(ticketIds(manager, {{QStringLiteral("status"), QStringLiteral("sent")}}).isEmpty());
    // Pages, and a bad status names the field.
    const QCborMap page = ok(supervisor, QStringLiteral("notification.list"), {{QStringLiteral("limit"), 1}});
    EXPECT_EQ(page.value(QStringLiteral("items")).toArray().size(), 1);
    EXPECT_EQ(ticketIds(supervisor, {{QStringLiteral("cursor"), page.value(QStringLiteral("cursor"))}}), QList<qint64>{id(a)});
    const auto error = fail(supervisor, QStringLiteral("notification.list"), {{QStringLiteral("status"), QStringLiteral("lost")}});
    EXPECT_TRUE(error.fields.contains(QStringLiteral("status")));
}
