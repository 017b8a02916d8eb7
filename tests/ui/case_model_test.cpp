// The cases' client pieces without a server: the supervision list model under
// QAbstractItemModelTester, the timeline's words for the cases' events, the case facts of an
// order's reply read back as the server writes them, and the fault-code box.
#include "client/app/fault_code_box.h"
#include "client/core/supervision_model.h"
#include "client/core/ticket_timeline_model.h"
#include "common/model/ticket_case.h"

#include <QAbstractItemModelTester>

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
