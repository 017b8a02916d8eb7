#pragma once
// The groups workspace's data: the group list (customer.group.list, all pages), the member
// counts of segments (customer.group.preview by id, one request each, pipelined), the members
// of the chosen group a page at a time, deleting groups and adding or removing members.
#include "common/model/customer_group.h"
#include "common/protocol/message.h"

#include <QList>
#include <QObject>

namespace csm::client {

class RpcClient;
class GroupListModel;
class GroupMemberModel;

class CustomerGroupsController : public QObject {
    Q_OBJECT
public:
    CustomerGroupsController(RpcClient& rpc, GroupListModel& groups, GroupMemberModel& members,
                             QObject* parent = nullptr);

    void setMemberPageSize(int rows) { m_memberPageSize = rows; }
    // Loads the list again, then evaluates the count of every segment.
    void load();
    // Evaluates (again) the member count of one group.
    void count(qint64 groupId);
    // Shows the members of this group in the member model (0: none).
    void showMembers(qint64 groupId);
    qint64 shownGroup() const { return m_shownGroup; }
    // A group created or changed in the editor.
    void adopt(const common::CustomerGroup& group);
    void remove(qint64 groupId);
    void addMembers(qint64 groupId, const QList<qint64>& customerIds);
    void removeMembers(qint64 groupId, const QList<qint64>& customerIds);

    bool isLoading() const { return m_loading; }

signals:
    void loaded(int groups);
    void busyChanged(bool busy);          // the list
    void membersBusyChanged(bool busy);   // a page of members
    void membersLoaded(int rows, bool hasMore);
    void removed(qint64 groupId);
    // After add_members / remove_members: how many changed, and the group's count now.
    void membersAdded(qint64 groupId, int added, qint64 memberCount);
    void membersRemoved(qint64 groupId, int removed, qint64 memberCount);
    void failed(const csm::common::ErrorInfo& error);

private:
    void requestGroups(const QString& cursor, QList<common::CustomerGroup> sofar);
    void requestMembers(const QString& cursor);
    void setLoading(bool loading);

    RpcClient& m_rpc;
    GroupListModel& m_groups;
    GroupMemberModel& m_members;
    qint64 m_shownGroup = 0;
    QString m_memberCursor;
    quint64 m_listGeneration = 0;
    quint64 m_memberGeneration = 0;
    int m_memberPageSize = 50;
    bool m_loading = false;
};

} // namespace csm::client
