// The cases' client pieces without a server: the supervision list model under
// QAbstractItemModelTester, the timeline's words for the cases' events, the case facts of an
// order's reply read back as the server writes them, and the fault-code box.
#include "client/app/fault_code_box.h"
#include "client/core/case_text.h"
#include "client/core/supervision_model.h"
#include "client/core/ticket_timeline_model.h"
#include "common/model/ticket_case.h"

#include <QAbstractItemModelTester>
#include <QCborArray>

#include <gtest/gtest.h>

using namespace csm;
using client::SupervisionModel;

namespace {

common::TicketSupervision supervision(qint64 id, const QString& status)
{
    common::TicketSupervision s;
    s.id = id;
    s.ticketId = 5;
    s.status = status;
    s.openedByName = QStringLiteral("super1");
    s.openedAt = QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);
    s.deadline = QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC);
    s.demand = QStringLiteral("今天内回复");
    s.targetOrgUnitId = 9;
    s.targetOrgUnitName = QStringLiteral("玄武网点");
    if (status == QLatin1String("answered")) {
        s.answer = QStringLiteral("明早上门");
        s.answeredByName = QStringLiteral("pointa");
        s.answeredAt = s.openedAt.addSecs(3600);
    }
    return s;
}

} // namespace

TEST(SupervisionModel, RowsShowStateDeadlineUnitDemandAndAnswer)
{
    SupervisionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSupervisions({supervision(2, QStringLiteral("overdue")), supervision(1, QStringLiteral("answered"))});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.data(model.index(0, SupervisionModel::Status)).toString(), QStringLiteral("Overdue"));
    EXPECT_EQ(model.data(model.index(0, SupervisionModel::Status), SupervisionModel::StatusCodeRole).toString(),
              QStringLiteral("overdue"));
    EXPECT_EQ(model.data(model.index(1, SupervisionModel::Unit)).toString(), QStringLiteral("玄武网点"));
    EXPECT_EQ(model.data(model.index(1, SupervisionModel::Answer)).toString(), QStringLiteral("明早上门"));
    EXPECT_TRUE(model.data(model.index(1, SupervisionModel::Demand), Qt::ToolTipRole).toString().contains(QStringLiteral("Answered by pointa")));
    EXPECT_EQ(model.rowOf(1), 1);
    EXPECT_EQ(model.rowOf(7), -1);
    model.setSupervisions({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(TicketTimelineModel, CaseEventsAreWorded)
{
    common::TicketEvent opened;
    opened.id = 1;
    opened.userId = 3;
    opened.kind = QStringLiteral("supervision_opened");
    opened.detail = QCborMap{{QStringLiteral("target_org_unit_name"), QStringLiteral("玄武网点")},
                             {QStringLiteral("demand"), QStringLiteral("今天内回复")},
                             {QStringLiteral("deadline"), QStringLiteral("2026-12-03T08:00:00.000Z")}};
    common::TicketEvent late = opened;
    late.id = 2;
    late.kind = QStringLiteral("supervision_answered");
    late.detail = QCborMap{{QStringLiteral("target_org_unit_name"), QStringLiteral("玄武网点")},
                           {QStringLiteral("answer"), QStringLiteral("明早上门")},
                           {QStringLiteral("late"), true}};
    common::TicketEvent resolved = opened;
    resolved.id = 3;
    resolved.kind = QStringLiteral("complaint_resolved");
    resolved.detail = QCborMap{{QStringLiteral("satisfaction"), 2}, {QStringLiteral("resolution"), QStringLiteral("退款")}};
    client::TicketTimelineModel model;
    model.setEvents({opened, late, resolved});
    EXPECT_EQ(model.data(model.index(2, client::TicketTimelineModel::Event)).toString(), QStringLiteral("Supervision of 玄武网点 opened"));
    EXPECT_TRUE(model.data(model.index(2, client::TicketTimelineModel::Details)).toString().endsWith(QStringLiteral("今天内回复")));
    EXPECT_EQ(model.data(model.index(1, client::TicketTimelineModel::Event)).toString(),
              QStringLiteral("Supervision answered late by 玄武网点"));
    EXPECT_EQ(model.data(model.index(0, client::TicketTimelineModel::Details)).toString(),
              QStringLiteral("Satisfaction: 2 — Dissatisfied; Resolution: 退款"));
}

TEST(TicketCaseFacts, ReadBackAsTheServerWritesThem)
{
    common::TicketCaseFacts facts;
    facts.hasComplaint = true;
    facts.supervisions = {supervision(4, QStringLiteral("open"))};
    facts.supervisions[0].canAnswer = true;
    facts.actions = {QStringLiteral("supervision.open")};
    QCborMap reply;
    facts.insertInto(reply);
    EXPECT_TRUE(reply.value(QStringLiteral("complaint")).isNull());   // a complaint without details yet
    const common::TicketCaseFacts back = common::TicketCaseFacts::fromCbor(reply);
    EXPECT_TRUE(back.hasComplaint);
    EXPECT_FALSE(back.complaint.has_value());
    ASSERT_EQ(back.supervisions.size(), 1);
    EXPECT_TRUE(back.supervisions[0].canAnswer);
    EXPECT_EQ(back.supervisions[0].deadline, facts.supervisions[0].deadline);
    EXPECT_EQ(back.actions, facts.actions);
    // A repair order has no complaint at all.
    EXPECT_FALSE(common::TicketCaseFacts::fromCbor(QCborMap{}).hasComplaint);
}

TEST(FaultCodeBox, TheCodeComesFromTheChoiceTheCodeTypedOrTheText)
{
    client::ui::FaultCodeBox box;
    common::FaultCode e1{QStringLiteral("AC"), QStringLiteral("空调"), QStringLiteral("E1"), QStringLiteral("传感器故障"), true};
    common::FaultCode f1{QStringLiteral("AC"), QStringLiteral("空调"), QStringLiteral("F1"), QStringLiteral("压缩机故障"), true};
    box.setCode(QStringLiteral("F1"));
    box.setCodes({e1, f1});
    EXPECT_TRUE(box.hasCodes());
    EXPECT_EQ(box.code(), QStringLiteral("F1"));   // kept across the new list
    EXPECT_EQ(box.currentText(), QStringLiteral("F1 — 压缩机故障"));
    box.setEditText(QStringLiteral("E1 — 传感器故障"));
    EXPECT_EQ(box.code(), QStringLiteral("E1"));
    box.setEditText(QStringLiteral("E1"));
    EXPECT_EQ(box.code(), QStringLiteral("E1"));
    box.setEditText(QStringLiteral(" 异响 "));
    EXPECT_EQ(box.code(), QStringLiteral("异响"));
    box.setCodes({});
    EXPECT_FALSE(box.hasCodes());
    EXPECT_EQ(box.code(), QStringLiteral("异响"));
}

TEST(TicketTimelineModel, SlaAndComplaintDeadlineEventsAreWorded)
{
    const auto event = [](qint64 id, const char* kind, QCborMap detail) {
        common::TicketEvent e;
        e.id = id;
        e.kind = QString::fromLatin1(kind);
        e.detail = std::move(detail);
        return e;
    };
    const QString due = QStringLiteral("2026-12-03T08:00:00.000Z");
    const QList<common::TicketEvent> events{   // newest first, as the view shows them
        event(7, "complaint_overdue", {{QStringLiteral("deadline"), due}, {QStringLiteral("org_unit_name"), QStringLiteral("玄武网点")}}),
        event(6, "repeat_repair", {{QStringLiteral("repeat_of_number"), QStringLiteral("20261120-000012")},
                                   {QStringLiteral("repeat_of_resolved_at"), due},
                                   {QStringLiteral("window_days"), 30}}),
        event(5, "sla_restarted", {{QStringLiteral("clock"), QStringLiteral("completion")}, {QStringLiteral("due_at"), due},
                                   {QStringLiteral("previous_due_at"), due}, {QStringLiteral("breach_cleared"), true}}),
        event(4, "sla_recomputed", {{QStringLiteral("clocks"), QCborMap{{QStringLiteral("on_site"),
                                                                          QCborMap{{QStringLiteral("from"), due}, {QStringLiteral("to"), due}}}}},
                                    {QStringLiteral("breach_cleared"), QCborArray{QStringLiteral("on_site")}}}),
        event(3, "sla_resumed", {{QStringLiteral("paused_seconds"), 2 * 3600 + 15 * 60}}),
        event(2, "sla_paused", {{QStringLiteral("reason"), QStringLiteral("waiting_parts")}}),
        event(1, "sla_breached", {{QStringLiteral("clock"), QStringLiteral("response")}, {QStringLiteral("due_at"), due}}),
    };
    client::TicketTimelineModel model;
    model.setEvents(QList<common::TicketEvent>(events.crbegin(), events.crend()));   // oldest first
    const auto text = [&model](int row, int column) { return model.data(model.index(row, column)).toString(); };
    using M = client::TicketTimelineModel;
    for (int row = 0; row < model.rowCount(); ++row) {
        EXPECT_FALSE(text(row, M::Event).contains(QLatin1Char('_'))) << "raw kind at row " << row << ": " << text(row, M::Event).toStdString();
        EXPECT_FALSE(text(row, M::Details).isEmpty()) << "no details at row " << row;
    }
    EXPECT_EQ(text(0, M::Event), QStringLiteral("Complaint past its deadline, not resolved by 玄武网点"));
    EXPECT_EQ(text(1, M::Event), QStringLiteral("Repeat repair of order 20261120-000012"));
    EXPECT_TRUE(text(1, M::Details).startsWith(QStringLiteral("Within 30 day(s) of that order's completion on ")));
    EXPECT_TRUE(text(2, M::Details).endsWith(QStringLiteral("the earlier breach is cleared")));
    EXPECT_TRUE(text(3, M::Details).startsWith(QStringLiteral("On site: ")));
    EXPECT_TRUE(text(3, M::Details).endsWith(QStringLiteral("No longer breached: On site")));
    EXPECT_EQ(text(4, M::Details), QStringLiteral("Paused for 2 h 15 min"));
    EXPECT_EQ(text(5, M::Details), QStringLiteral("Reason: waiting_parts"));
    EXPECT_EQ(text(6, M::Event), QStringLiteral("SLA deadline missed: Response"));
}

TEST(CaseText, ComplaintOverduePushIsSaid)
{
    const QString text = client::CaseText::pushText(
        QStringLiteral("complaint.overdue"),
        QCborMap{{QStringLiteral("ticket_number"), QStringLiteral("20261202-000001")},
                 {QStringLiteral("deadline"), QStringLiteral("2026-12-03T08:00:00.000Z")},
                 {QStringLiteral("org_unit_name"), QStringLiteral("玄武网点")}});
    EXPECT_TRUE(text.startsWith(QStringLiteral("The complaint on order 20261202-000001 is past its deadline ("))) << text.toStdString();
    EXPECT_TRUE(text.endsWith(QStringLiteral("not yet resolved by 玄武网点"))) << text.toStdString();
}
