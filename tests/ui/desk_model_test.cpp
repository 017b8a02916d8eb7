// The agent desk's plain-data models under QAbstractItemModelTester: paging of the contact
// timeline, callback promises kept sorted and open-only, the wallboard fed by events.
#include "client/core/callback_model.h"
#include "client/core/contact_timeline_model.h"
#include "client/core/desk_types.h"
#include "client/core/wallboard_model.h"

#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace csm::client;

namespace {

ContactEntry contact(qint64 id, const QString& channel, const QString& summary)
{
    QCborMap map{{QStringLiteral("id"), id},
                 {QStringLiteral("channel"), channel},
                 {QStringLiteral("occurred_at"), QStringLiteral("2026-11-22T08:30:00.000Z")},
                 {QStringLiteral("user_name"), QStringLiteral("王芳")},
                 {QStringLiteral("summary"), summary}};
    if (channel == QLatin1String("phone_in"))
        map.insert(QStringLiteral("call"), QCborMap{{QStringLiteral("id"), id},
                                                    {QStringLiteral("outcome"), QStringLiteral("answered")},
                                                    {QStringLiteral("talk_seconds"), 125}});
    return ContactEntry::fromCbor(map);
}

CallbackPromise promise(qint64 id, const QString& due, const QString& status = QStringLiteral("open"))
{
    return CallbackPromise::fromCbor(QCborMap{{QStringLiteral("id"), id},
                                              {QStringLiteral("customer_id"), 7},
                                              {QStringLiteral("customer_name"), QStringLiteral("张三")},
                                              {QStringLiteral("due_at"), due},
                                              {QStringLiteral("note"), QStringLiteral("回电说明维修进度")},
                                              {QStringLiteral("status"), status}});
}

AgentInfo agent(qint64 id, const QString& extension, const QString& state, const QString& since)
{
    return AgentInfo::fromCbor(QCborMap{{QStringLiteral("user_id"), id},
                                        {QStringLiteral("display_name"), QStringLiteral("坐席%1").arg(id)},
                                        {QStringLiteral("extension"), extension},
                                        {QStringLiteral("state"), state},
                                        {QStringLiteral("reason"), state == QLatin1String("not_ready") ? QStringLiteral("meal") : QString()},
                                        {QStringLiteral("since"), since}});
}

} // namespace

TEST(ContactTimelineModel, PassesTheModelTester)
{
    ContactTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendPage({contact(3, QStringLiteral("phone_in"), QStringLiteral("报修")), contact(2, QStringLiteral("sms"), QStringLiteral("短信"))},
                     true);
    model.appendPage({contact(1, QStringLiteral("fax"), QStringLiteral("传真"))}, false);
    EXPECT_EQ(model.rowCount(), 3);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

// Without a tester: QAbstractItemModelTester itself calls fetchMore().
TEST(ContactTimelineModel, PagesAppendAndAskForMore)
{
    ContactTimelineModel model;
    QSignalSpy more(&model, &ContactTimelineModel::fetchMoreRequested);
    model.appendPage({contact(3, QStringLiteral("phone_in"), QStringLiteral("报修\n热水器")), contact(2, QStringLiteral("email"), QStringLiteral("发票"))},
                     true);
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.data(model.index(0, ContactTimelineModel::Summary)).toString(), QStringLiteral("报修 热水器"));
    EXPECT_EQ(model.data(model.index(0, ContactTimelineModel::TalkTime)).toString(), QStringLiteral("02:05"));
    EXPECT_EQ(model.data(model.index(0, ContactTimelineModel::Outcome)).toString(), QStringLiteral("Answered"));
    EXPECT_TRUE(model.data(model.index(0, ContactTimelineModel::Channel)).toString().contains(QStringLiteral("Inbound call")));
    EXPECT_TRUE(model.data(model.index(1, ContactTimelineModel::TalkTime)).toString().isEmpty());
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(more.count(), 1);
    EXPECT_FALSE(model.canFetchMore({}));   // one request at a time
    model.appendPage({contact(1, QStringLiteral("walk_in"), QStringLiteral("到店"))}, false);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_FALSE(model.canFetchMore({}));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(CallbackModel, OpenOnlyListStaysSortedAndDropsClosedPromises)
{
    CallbackModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setOpenOnly(true);
    model.setPromises({promise(1, QStringLiteral("2026-11-22T10:00:00.000Z")),
                       promise(2, QStringLiteral("2026-11-22T12:00:00.000Z")),
                       promise(3, QStringLiteral("2026-11-22T09:00:00.000Z"), QStringLiteral("kept"))});
    ASSERT_EQ(model.rowCount(), 2);
    model.upsert(promise(4, QStringLiteral("2026-11-22T11:00:00.000Z")));
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.promiseAt(1).id, 4);
    model.upsert(promise(1, QStringLiteral("2026-11-22T10:00:00.000Z"), QStringLiteral("broken")));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.promiseAt(0).id, 4);
    model.refreshOverdue(QDateTime::fromString(QStringLiteral("2026-11-22T11:30:00.000Z"), Qt::ISODateWithMs));
    EXPECT_TRUE(model.data(model.index(0, 0), CallbackModel::OverdueRole).toBool());
    EXPECT_FALSE(model.data(model.index(1, 0), CallbackModel::OverdueRole).toBool());
    EXPECT_TRUE(model.data(model.index(0, CallbackModel::DueAt)).toString().contains(QStringLiteral("overdue")));
}

TEST(WallboardModel, EventsUpdateRowsAndTheClockTicksTimeInState)
{
    WallboardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAgents({agent(2, QStringLiteral("8002"), QStringLiteral("ready"), QStringLiteral("2026-11-22T08:00:00.000Z")),
                     agent(1, QStringLiteral("8001"), QStringLiteral("not_ready"), QStringLiteral("2026-11-22T08:00:00.000Z"))});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.agentAt(0).extension, QStringLiteral("8001"));   // by extension
    EXPECT_EQ(model.data(model.index(0, WallboardModel::Reason)).toString(), QStringLiteral("Meal"));
    model.setNow(QDateTime::fromString(QStringLiteral("2026-11-22T08:01:05.000Z"), Qt::ISODateWithMs));
    EXPECT_EQ(model.data(model.index(0, WallboardModel::TimeInState)).toString(), QStringLiteral("01:05"));

    model.upsertAgent(agent(1, QStringLiteral("8001"), QStringLiteral("on_call"), QStringLiteral("2026-11-22T08:01:00.000Z")));
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.data(model.index(0, WallboardModel::State)).toString(), QStringLiteral("On call"));
    EXPECT_TRUE(model.data(model.index(0, WallboardModel::Reason)).toString().isEmpty());
    model.upsertAgent(agent(3, QStringLiteral("8000"), QStringLiteral("ready"), QStringLiteral("2026-11-22T08:00:00.000Z")));
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.agentAt(0).userId, 3);
    EXPECT_EQ(model.countInState(QStringLiteral("ready")), 2);

    QSignalSpy figures(&model, &WallboardModel::figuresChanged);
    model.setFigures(CallFigures::fromCbor(QCborMap{{QStringLiteral("waiting"), 2}, {QStringLiteral("offered_today"), 9}}));
    EXPECT_EQ(figures.count(), 1);
    EXPECT_EQ(model.figures().offeredToday, 9);
}

TEST(DeskCall, RingingEventDecodesMatchesRepeatAndWithheld)
{
    const DeskCall call = DeskCall::fromRinging(QCborMap{
        {QStringLiteral("call_key"), QStringLiteral("sim-1")},
        {QStringLiteral("caller"), QString()},
        {QStringLiteral("caller_raw"), QStringLiteral("anonymous")},
        {QStringLiteral("withheld"), true},
        {QStringLiteral("customers"), QCborArray{}},
        {QStringLiteral("repeat"), QCborMap{{QStringLiteral("calls_7d"), 0}}}});
    EXPECT_TRUE(call.withheld);
    EXPECT_FALSE(call.isRepeatCaller());
    EXPECT_EQ(call.customerId, 0);
    const DeskCall known = DeskCall::fromRinging(QCborMap{
        {QStringLiteral("call_key"), QStringLiteral("sim-2")},
        {QStringLiteral("caller"), QStringLiteral("13912345678")},
        {QStringLiteral("customers"), QCborArray{QCborMap{{QStringLiteral("id"), 5}, {QStringLiteral("name"), QStringLiteral("张三")}}}},
        {QStringLiteral("repeat"), QCborMap{{QStringLiteral("calls_7d"), 3}}}});
    EXPECT_EQ(known.customerId, 5);
    EXPECT_TRUE(known.isRepeatCaller());
    EXPECT_EQ(formatDuration(3725), QStringLiteral("1:02:05"));
}
