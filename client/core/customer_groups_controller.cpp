#include "client/core/customer_groups_controller.h"

#include "client/core/group_list_model.h"
#include "client/core/group_member_model.h"
#include "client/core/rpc_client.h"

#include <QCborArray>

namespace csm::client {

CustomerGroupsController::CustomerGroupsController(RpcClient& rpc, GroupListModel& groups, GroupMemberModel& members,
                                                   QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_groups(groups)
    , m_members(members)
{
    connect(&m_members, &GroupMemberModel::fetchMoreRequested, this, [this] {
        if (m_memberCursor.isEmpty() || m_shownGroup == 0) {
            m_members.stopPaging();
            return;
        }
        requestMembers(m_memberCursor);
    });
}

void CustomerGroupsController::load()
{
    ++m_listGeneration;
    setLoading(true);
    requestGroups({}, {});
}

void CustomerGroupsController::requestGroups(const QString& cursor, QList<common::CustomerGroup> sofar)
{
    QCborMap args{{QStringLiteral("limit"), 500}};
    if (!cursor.isEmpty())
        args.insert(QStringLiteral("cursor"), cursor);
    const quint64 generation = m_listGeneration;
    m_rpc.call(QStringLiteral("customer.group.list"), args, this,
               [this, generation, sofar](const common::Response& response) mutable {
                   if (generation != m_listGeneration)
                       return;
                   if (!response.ok) {
                       setLoading(false);
                       emit failed(response.error);
                       return;
                   }
                   const QCborMap result = response.result.toMap();
                   for (const QCborValue& item : result.value(QStringLiteral("items")).toArray())
                       sofar.append(common::CustomerGroup::fromCbor(item.toMap()));
                   const QString next = result.value(QStringLiteral("cursor")).toString();
                   if (!next.isEmpty()) {
                       requestGroups(next, sofar);
                       return;
                   }
                   m_groups.setGroups(sofar);
                   setLoading(false);
                   emit loaded(int(sofar.size()));
                   for (const common::CustomerGroup& group : sofar) {
                       if (group.kind == common::GroupKind::Segment)
                           count(group.id);
                   }
               });
}

void CustomerGroupsController::count(qint64 groupId)
{
    m_groups.setCounting(groupId, true);
    m_rpc.call(QStringLiteral("customer.group.preview"), QCborMap{{QStringLiteral("id"), groupId}}, this,
               [this, groupId](const common::Response& response) {
                   if (!response.ok) {
                       m_groups.setCounting(groupId, false);
                       if (response.error.code != common::ErrorCode::NotFound)
                           emit failed(response.error);
                       return;
                   }
                   m_groups.setMemberCount(groupId, response.result.toMap().value(QStringLiteral("count")).toInteger());
               });
}

void CustomerGroupsController::showMembers(qint64 groupId)
{
    ++m_memberGeneration;
    m_shownGroup = groupId;
    m_memberCursor.clear();
    m_members.clear();
    if (groupId > 0)
        requestMembers({});
}

void CustomerGroupsController::requestMembers(const QString& cursor)
{
    QCborMap args{{QStringLiteral("id"), m_shownGroup}, {QStringLiteral("limit"), m_memberPageSize}};
    if (!cursor.isEmpty())
        args.insert(QStringLiteral("cursor"), cursor);
    const quint64 generation = m_memberGeneration;
    emit membersBusyChanged(true);
    m_rpc.call(QStringLiteral("customer.group.members"), args, this, [this, generation](const common::Response& response) {
        if (generation != m_memberGeneration)
            return;
        emit membersBusyChanged(false);
        if (!response.ok) {
            m_members.stopPaging();
            emit failed(response.error);
            return;
        }
        const QCborMap result = response.result.toMap();
        QList<common::GroupMember> rows;
        for (const QCborValue& item : result.value(QStringLiteral("items")).toArray())
            rows.append(common::GroupMember::fromCbor(item.toMap()));
        m_memberCursor = result.value(QStringLiteral("cursor")).toString();
        m_members.appendPage(rows, !m_memberCursor.isEmpty());
        emit membersLoaded(m_members.rowCount(), !m_memberCursor.isEmpty());
    });
}

void CustomerGroupsController::adopt(const common::CustomerGroup& group)
{
    const common::CustomerGroup* before = m_groups.group(group.id);
    const bool ruleChanged = !before || before->rule != group.rule;
    m_groups.upsert(group);
    if (group.kind == common::GroupKind::Segment && (ruleChanged || group.memberCount < 0))
        count(group.id);
    if (group.id == m_shownGroup && ruleChanged)
        showMembers(group.id);
}

void CustomerGroupsController::remove(qint64 groupId)
{
    const common::CustomerGroup* group = m_groups.group(groupId);
    if (!group)
        return;
    const QCborMap args{{QStringLiteral("id"), groupId}, {QStringLiteral("version"), group->version}};
    m_rpc.call(QStringLiteral("customer.group.delete"), args, this, [this, groupId](const common::Response& response) {
        if (!response.ok) {
            emit failed(response.error);
            return;
        }
        if (m_shownGroup == groupId)
            showMembers(0);
        m_groups.remove(groupId);
        emit removed(groupId);
    });
}

namespace {
QCborArray idList(const QList<qint64>& ids)
{
    QCborArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}
} // namespace

void CustomerGroupsController::addMembers(qint64 groupId, const QList<qint64>& customerIds)
{
    const QCborMap args{{QStringLiteral("id"), groupId}, {QStringLiteral("customer_ids"), idList(customerIds)}};
    m_rpc.call(QStringLiteral("customer.group.add_members"), args, this, [this, groupId](const common::Response& response) {
        if (!response.ok) {
            emit failed(response.error);
            return;
        }
        const QCborMap result = response.result.toMap();
        const qint64 total = result.value(QStringLiteral("member_count")).toInteger();
        m_groups.setMemberCount(groupId, total);
        if (m_shownGroup == groupId)
            showMembers(groupId);
        emit membersAdded(groupId, int(result.value(QStringLiteral("added")).toInteger()), total);
    });
}

void CustomerGroupsController::removeMembers(qint64 groupId, const QList<qint64>& customerIds)
{
    const QCborMap args{{QStringLiteral("id"), groupId}, {QStringLiteral("customer_ids"), idList(customerIds)}};
    m_rpc.call(QStringLiteral("customer.group.remove_members"), args, this,
               [this, groupId, customerIds](const common::Response& response) {
                   if (!response.ok) {
                       emit failed(response.error);
                       return;
                   }
                   const QCborMap result = response.result.toMap();
                   const qint64 total = result.value(QStringLiteral("member_count")).toInteger();
                   m_groups.setMemberCount(groupId, total);
                   if (m_shownGroup == groupId)
                       m_members.removeCustomers(customerIds);
                   emit membersRemoved(groupId, int(result.value(QStringLiteral("removed")).toInteger()), total);
               });
}

void CustomerGroupsController::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit busyChanged(loading);
}

} // namespace csm::client
