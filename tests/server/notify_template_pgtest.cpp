// SMS templates over the protocol: the list with the placeholders, a change guarded by the
// version that the next message uses, new templates, and refusals (unknown placeholder named,
// unpaired braces, bad code, stale version) that write nothing.
#include "tests/server/ticket_test_support.h"

using namespace csm;
using common::ErrorCode;

namespace {

class NotifyTemplateTest : public test::TicketTest {
protected:
    QCborMap templateOf(const QString& code)
    {
        for (const QCborValue& item : ok(supervisor, QStringLiteral("notification.template.list")).value(QStringLiteral("items")).toArray())
            if (item.toMap().value(QStringLiteral("code")).toString() == code)
                return item.toMap();
        return {};
    }
    QCborMap set(const QString& code, const QString& body, qint64 version = 0)
    {
        QCborMap args{{QStringLiteral("code"), code}, {QStringLiteral("body"), body}};
        if (version > 0)
            args.insert(QStringLiteral("version"), version);
        return args;
    }
    qint64 auditCount()
    {
        pqxx::work tx(m_harness->connection());
        return tx.exec1("SELECT count(*) FROM audit_log WHERE entity = 'notification_template'")[0].as<qint64>();
    }
};

} // namespace

TEST_F(NotifyTemplateTest, TheListHasTheSeededTemplatesAndThePlaceholders)
{
    const QCborMap list = ok(supervisor, QStringLiteral("notification.template.list"));
    QStringList codes;
    for (const QCborValue& item : list.value(QStringLiteral("items")).toArray())
        codes.append(item.toMap().value(QStringLiteral("code")).toString());
    EXPECT_EQ(codes, (QStringList{QStringLiteral("ticket.assigned"), QStringLiteral("ticket.completed"),
                                  QStringLiteral("ticket.dispatched"), QStringLiteral("ticket.state")}));
    QStringList placeholders;
    for (const QCborValue& name : list.value(QStringLiteral("placeholders")).toArray())
        placeholders.append(name.toString());
    EXPECT_EQ(placeholders, (QStringList{QStringLiteral("number"), QStringLiteral("unit"), QStringLiteral("technician"),
                                         QStringLiteral("appointment"), QStringLiteral("state")}));
    const QCborMap dispatched = templateOf(QStringLiteral("ticket.dispatched"));
    EXPECT_EQ(dispatched.value(QStringLiteral("version")).toInteger(), 1);
    EXPECT_TRUE(dispatched.value(QStringLiteral("body")).toString().contains(QStringLiteral("{unit}")));
    EXPECT_EQ(fail(agent, QStringLiteral("notification.template.list"), {}).code, ErrorCode::PermissionDenied);
}

TEST_F(NotifyTemplateTest, AChangedTextIsUsedForTheNextMessage)
{
    const QString text = QStringLiteral("【CSM】服务单{number}已由{unit}受理。");
    const QCborMap saved = ok(admin, QStringLiteral("notification.template.set"), set(QStringLiteral("ticket.dispatched"), text, 1));
    EXPECT_EQ(saved.value(QStringLiteral("version")).toInteger(), 2);
    EXPECT_EQ(saved.value(QStringLiteral("body")).toString(), text);
    EXPECT_EQ(templateOf(QStringLiteral("ticket.dispatched")).value(QStringLiteral("body")).toString(), text);
    EXPECT_EQ(auditCount(), 1);

    const QCborMap t = createTicket(customerA);
    const QCborArray items = ok(supervisor, QStringLiteral("notification.list"), {{QStringLiteral("ticket_id"), id(t)}})
                                 .value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].toMap().value(QStringLiteral("body")).toString(),
              QStringLiteral("【CSM】服务单%1已由玄武网点受理。").arg(t.value(QStringLiteral("number")).toString()));

    // The old version again: someone else changed it.
    EXPECT_EQ(fail(admin, QStringLiteral("notification.template.set"), set(QStringLiteral("ticket.dispatched"), text, 1)).code,
              ErrorCode::Conflict);
    EXPECT_EQ(templateOf(QStringLiteral("ticket.dispatched")).value(QStringLiteral("version")).toInteger(), 2);
}

TEST_F(NotifyTemplateTest, AnUnknownPlaceholderIsNamedAndNothingIsWritten)
{
    const common::ErrorInfo unknown = fail(admin, QStringLiteral("notification.template.set"),
                                           set(QStringLiteral("ticket.dispatched"), QStringLiteral("{customer}您好，服务单{number}已派出"), 1));
    EXPECT_EQ(unknown.code, ErrorCode::Validation);
    ASSERT_TRUE(unknown.fields.contains(QStringLiteral("body")));
    EXPECT_TRUE(unknown.fields.value(QStringLiteral("body")).contains(QStringLiteral("{customer}")))
        << unknown.fields.value(QStringLiteral("body")).toStdString();
    for (const QString& bad : {QStringLiteral("服务单{number已派出"), QStringLiteral("服务单number}已派出"), QStringLiteral("   ")}) {
        const common::ErrorInfo error = fail(admin, QStringLiteral("notification.template.set"), set(QStringLiteral("ticket.dispatched"), bad, 1));
        EXPECT_EQ(error.code, ErrorCode::Validation) << bad.toStdString();
        EXPECT_TRUE(error.fields.contains(QStringLiteral("body"))) << bad.toStdString();
    }
    for (const QString& code : {QStringLiteral("Ticket.Done"), QStringLiteral("ticket..done"), QStringLiteral("短信")}) {
        const common::ErrorInfo error = fail(admin, QStringLiteral("notification.template.set"), set(code, QStringLiteral("服务单{number}")));
        EXPECT_TRUE(error.fields.contains(QStringLiteral("code"))) << code.toStdString();
    }
    const QCborMap stored = templateOf(QStringLiteral("ticket.dispatched"));
    EXPECT_EQ(stored.value(QStringLiteral("version")).toInteger(), 1);
    EXPECT_FALSE(stored.value(QStringLiteral("body")).toString().contains(QStringLiteral("customer")));
    EXPECT_EQ(auditCount(), 0);
}

TEST_F(NotifyTemplateTest, ANewTemplateNeedsACodeNotTakenAndOnlyTheAdminWrites)
{
    const QCborMap created = ok(admin, QStringLiteral("notification.template.set"),
                                set(QStringLiteral("ticket.visit_reminder"), QStringLiteral("{technician}将于{appointment}上门。")));
    EXPECT_EQ(created.value(QStringLiteral("version")).toInteger(), 1);
    EXPECT_FALSE(templateOf(QStringLiteral("ticket.visit_reminder")).isEmpty());
    EXPECT_EQ(fail(admin, QStringLiteral("notification.template.set"), set(QStringLiteral("ticket.state"), QStringLiteral("{state}"))).code,
              ErrorCode::Conflict);
    EXPECT_EQ(fail(admin, QStringLiteral("notification.template.set"), set(QStringLiteral("ticket.nothing"), QStringLiteral("{state}"), 3)).code,
              ErrorCode::NotFound);
    EXPECT_EQ(fail(supervisor, QStringLiteral("notification.template.set"), set(QStringLiteral("ticket.state"), QStringLiteral("{state}"), 1)).code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(auditCount(), 1);
}
