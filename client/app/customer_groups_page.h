#pragma once
// The Customer groups workspace: the static lists and segments the user sees with their kind
// and member count, the chosen group's rule and members (paged, open a customer), and the
// editors. Also the target of "Add to group" from the customer search.
#include "client/app/app_services.h"
#include "client/app/workspace.h"
#include "common/model/customer_group.h"
#include "common/protocol/message.h"

#include <QHash>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace csm::client {
class CustomerGroupsController;
class GroupEditorController;
class GroupListModel;
class GroupMemberModel;
}

namespace csm::client::ui {

class BusyIndicator;
class GroupEditorDialog;

class CustomerGroupsPage : public Workspace {
    Q_OBJECT
public:
    struct Permissions {
        bool canEditGroups = false;
        bool canEditCustomers = false;
        bool canRevealIdNumber = false;
    };

    CustomerGroupsPage(const AppServices& services, Permissions permissions, QWidget* parent = nullptr);

    void refresh() override;
    // The agent desk opens customers as 360 views; without it a customer form opens.
    void setDeskAvailable(bool available) { m_deskAvailable = available; }
    bool canEdit() const { return m_permissions.canEditGroups; }

    GroupEditorDialog* newGroup(common::GroupKind kind);
    GroupEditorDialog* editSelected();
    void deleteSelected();
    // Chooses a static list and adds these customers (from the customer search).
    void addCustomersToGroup(const QList<qint64>& customerIds);
    bool selectGroup(qint64 groupId);
    qint64 selectedGroupId() const;
    void openMemberAt(int row);
    void removeSelectedMembers();

    QTableView* groupTable() const { return m_groupTable; }
    QTableView* memberTable() const { return m_memberTable; }
    GroupListModel* groupModel() const { return m_groups; }
    GroupMemberModel* memberModel() const { return m_members; }
    CustomerGroupsController* controller() const { return m_controller; }
    QLabel* countLabel() const { return m_count; }
    QLabel* ruleLabel() const { return m_rule; }
    bool hasLoaded() const { return m_loaded; }

signals:
    void view360Requested(qint64 customerId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onSelectionChanged();
    void showDetails(const common::CustomerGroup* group);
    void updateRuleText(const common::CustomerGroup& group);
    QString ruleText(const common::SegmentRule& rule) const;
    void updateButtons();
    void onFailed(const common::ErrorInfo& error);
    GroupEditorDialog* openEditor(const common::CustomerGroup& group);
    void showMemberMenu(const QPoint& position);

    AppServices m_services;
    Permissions m_permissions;
    GroupListModel* m_groups;
    GroupMemberModel* m_members;
    CustomerGroupsController* m_controller;
    GroupEditorController* m_catalogue;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_kindFilter;
    QPushButton* m_newList;
    QPushButton* m_newSegment;
    QPushButton* m_edit;
    QPushButton* m_delete;
    BusyIndicator* m_busy;
    QTableView* m_groupTable;
    QLabel* m_title;
    QLabel* m_meta;
    QLabel* m_description;
    QLabel* m_rule;
    QLabel* m_count;
    QPushButton* m_recount;
    QTableView* m_memberTable;
    BusyIndicator* m_memberBusy;
    QLabel* m_memberStatus;
    QPushButton* m_openMember;
    QPushButton* m_removeMembers;
    QHash<QString, QString> m_categoryNames;
    QHash<QString, QString> m_regionNames;
    QList<qint64> m_pendingAdd;     // customers waiting for the list to load
    qint64 m_reselect = 0;          // the group to choose again after a refresh
    bool m_loaded = false;
    bool m_deskAvailable = false;
};

} // namespace csm::client::ui
