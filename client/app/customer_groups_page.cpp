#include "client/app/customer_groups_page.h"

#include "client/app/add_to_group_dialog.h"
#include "client/app/busy_indicator.h"
#include "client/app/confirm.h"
#include "client/app/customer_form.h"
#include "client/app/error_presenter.h"
#include "client/app/group_editor_dialog.h"
#include "client/core/customer_groups_controller.h"
#include "client/core/group_editor_controller.h"
#include "client/core/group_list_model.h"
#include "client/core/group_member_model.h"
#include "client/core/group_text.h"
#include "client/core/region_names.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace csm::client::ui {

using common::GroupKind;

namespace {
// Name substring and kind.
class GroupFilterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString& text)
    {
        m_text = text.trimmed();
        invalidateFilter();
    }
    void setKind(int kind)   // -1 all, else GroupKind
    {
        m_kind = kind;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex&) const override
    {
        const auto* model = static_cast<const GroupListModel*>(sourceModel());
        const common::CustomerGroup& group = model->groupAt(sourceRow);
        if (m_kind >= 0 && int(group.kind) != m_kind)
            return false;
        return m_text.isEmpty() || group.name.contains(m_text, Qt::CaseInsensitive)
            || group.description.contains(m_text, Qt::CaseInsensitive);
    }

private:
    QString m_text;
    int m_kind = -1;
};

QTableView* makeTable(QWidget* parent, const QString& objectName)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    return table;
}

QLabel* makeLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);   // names and descriptions are server data
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

CustomerGroupsPage::CustomerGroupsPage(const AppServices& services, Permissions permissions, QWidget* parent)
    : Workspace(parent)
    , m_services(services)
    , m_permissions(permissions)
    , m_groups(new GroupListModel(this))
    , m_members(new GroupMemberModel(this))
    , m_controller(new CustomerGroupsController(services.rpc, *m_groups, *m_members, this))
    , m_catalogue(new GroupEditorController(services.rpc, this))
    , m_proxy(new GroupFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_kindFilter(new QComboBox(this))
    , m_newList(new QPushButton(tr("New static list"), this))
    , m_newSegment(new QPushButton(tr("New segment"), this))
    , m_edit(new QPushButton(tr("Edit"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_busy(new BusyIndicator(this))
    , m_groupTable(makeTable(this, QStringLiteral("groupTable")))
{
    setObjectName(QStringLiteral("customerGroupsPage"));
    m_filter->setObjectName(QStringLiteral("groupFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter groups by name"));
    m_filter->setClearButtonEnabled(true);
    m_kindFilter->setObjectName(QStringLiteral("groupKindFilter"));
    m_kindFilter->addItem(tr("All groups"), -1);
    m_kindFilter->addItem(tr("Static lists"), int(GroupKind::Static));
    m_kindFilter->addItem(tr("Segments"), int(GroupKind::Segment));
    m_newList->setObjectName(QStringLiteral("newListButton"));
    m_newSegment->setObjectName(QStringLiteral("newSegmentButton"));
    m_edit->setObjectName(QStringLiteral("editGroupButton"));
    m_delete->setObjectName(QStringLiteral("deleteGroupButton"));
    m_newList->setToolTip(tr("A list of customers you choose (add them from the customer search)"));
    m_newSegment->setToolTip(tr("Customers chosen by a rule, counted again whenever you look (Ctrl+Shift+G)"));
    m_newSegment->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    for (QPushButton* button : {m_newList, m_newSegment, m_edit, m_delete})
        button->setVisible(m_permissions.canEditGroups);
    m_busy->setText(tr("Loading…"));
    m_busy->setCursorTarget(m_groupTable);

    auto* proxy = static_cast<GroupFilterProxy*>(m_proxy);
    m_proxy->setSourceModel(m_groups);
    m_proxy->setSortRole(GroupListModel::SortRole);
    m_groupTable->setModel(m_proxy);
    m_groupTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupTable->setSortingEnabled(true);
    m_groupTable->sortByColumn(GroupListModel::Name, Qt::AscendingOrder);
    m_groupTable->horizontalHeader()->setSectionResizeMode(GroupListModel::Name, QHeaderView::Stretch);
    m_groupTable->setColumnWidth(GroupListModel::Kind, 90);
    m_groupTable->setColumnWidth(GroupListModel::Members, 80);
    m_groupTable->setColumnWidth(GroupListModel::OrgUnit, 110);
    m_groupTable->setColumnHidden(GroupListModel::Updated, true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_kindFilter);
    bar->addSpacing(12);
    bar->addWidget(m_newList);
    bar->addWidget(m_newSegment);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    bar->addWidget(m_busy);

    // The details of the chosen group.
    auto* details = new QWidget(this);
    m_title = makeLabel(details, QStringLiteral("groupTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta = makeLabel(details, QStringLiteral("groupMeta"));
    m_meta->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_description = makeLabel(details, QStringLiteral("groupDescription"));
    m_rule = makeLabel(details, QStringLiteral("groupRule"));
    m_count = makeLabel(details, QStringLiteral("groupCount"));
    m_count->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_recount = new QPushButton(tr("Count again"), details);
    m_recount->setObjectName(QStringLiteral("recountButton"));
    m_memberTable = makeTable(details, QStringLiteral("memberTable"));
    m_memberTable->setModel(m_members);
    m_memberTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_memberTable->horizontalHeader()->setSectionResizeMode(GroupMemberModel::Address, QHeaderView::Stretch);
    m_memberTable->setColumnWidth(GroupMemberModel::Name, 90);
    m_memberTable->setColumnWidth(GroupMemberModel::Phones, 130);
    m_memberTable->setColumnWidth(GroupMemberModel::VipLevel, 70);
    m_memberTable->setColumnWidth(GroupMemberModel::Tags, 90);
    m_memberTable->setColumnWidth(GroupMemberModel::Added, 130);
    m_memberTable->setContextMenuPolicy(Qt::CustomContextMenu);
    m_memberBusy = new BusyIndicator(details);
    m_memberBusy->setText(tr("Loading members…"));
    m_memberStatus = makeLabel(details, QStringLiteral("memberStatus"));
    m_openMember = new QPushButton(tr("Open customer"), details);
    m_openMember->setObjectName(QStringLiteral("openMemberButton"));
    m_removeMembers = new QPushButton(tr("Remove from list"), details);
    m_removeMembers->setObjectName(QStringLiteral("removeMembersButton"));

    auto* countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_recount);
    auto* memberBar = new QHBoxLayout;
    memberBar->addWidget(m_memberStatus, 1);
    memberBar->addWidget(m_memberBusy);
    memberBar->addWidget(m_openMember);
    memberBar->addWidget(m_removeMembers);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(8, 0, 0, 0);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_meta);
    detailsLayout->addWidget(m_description);
    detailsLayout->addWidget(m_rule);
    detailsLayout->addLayout(countRow);
    detailsLayout->addWidget(m_memberTable, 1);
    detailsLayout->addLayout(memberBar);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_groupTable);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({420, 760});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [proxy](const QString& text) { proxy->setText(text); });
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this,
            [this, proxy] { proxy->setKind(m_kindFilter->currentData().toInt()); });
    connect(m_newList, &QPushButton::clicked, this, [this] { newGroup(GroupKind::Static); });
    connect(m_newSegment, &QPushButton::clicked, this, [this] { newGroup(GroupKind::Segment); });
    connect(m_edit, &QPushButton::clicked, this, &CustomerGroupsPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &CustomerGroupsPage::deleteSelected);
    connect(m_groupTable, &QTableView::activated, this, [this] { editSelected(); });
    connect(m_groupTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomerGroupsPage::onSelectionChanged);
    connect(m_recount, &QPushButton::clicked, this, [this] {
        if (selectedGroupId() > 0)
            m_controller->count(selectedGroupId());
    });
    connect(m_memberTable, &QTableView::activated, this, [this](const QModelIndex& index) { openMemberAt(index.row()); });
    connect(m_memberTable, &QTableView::customContextMenuRequested, this, &CustomerGroupsPage::showMemberMenu);
    connect(m_memberTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomerGroupsPage::updateButtons);
    connect(m_openMember, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_memberTable->currentIndex();
        if (current.isValid())
            openMemberAt(current.row());
    });
    connect(m_removeMembers, &QPushButton::clicked, this, &CustomerGroupsPage::removeSelectedMembers);

    connect(m_controller, &CustomerGroupsController::busyChanged, m_busy, &BusyIndicator::setBusy);
    connect(m_controller, &CustomerGroupsController::membersBusyChanged, m_memberBusy, &BusyIndicator::setBusy);
    connect(m_controller, &CustomerGroupsController::failed, this, &CustomerGroupsPage::onFailed);
    connect(m_controller, &CustomerGroupsController::loaded, this, [this] {
        m_loaded = true;
        // The group chosen before a refresh stays chosen while it exists.
        if (!selectGroup(std::exchange(m_reselect, 0)) && m_proxy->rowCount() > 0)
            m_groupTable->setCurrentIndex(m_proxy->index(0, 0));
        onSelectionChanged();
        if (!m_pendingAdd.isEmpty())
            addCustomersToGroup(std::exchange(m_pendingAdd, {}));
    });
    connect(m_controller, &CustomerGroupsController::membersLoaded, this, [this](int rows, bool hasMore) {
        m_memberStatus->setText(rows == 0 ? tr("No customers in this group")
                                : hasMore ? tr("%n customer(s) shown, more when you scroll", nullptr, rows)
                                          : tr("%n customer(s) shown", nullptr, rows));
    });
    connect(m_controller, &CustomerGroupsController::membersAdded, this, [this](qint64 groupId, int added, qint64 total) {
        const common::CustomerGroup* group = m_groups->group(groupId);
        m_services.errors.showTransient(tr("%n customer(s) added to %1; it has %2 now.", nullptr, added)
                                            .arg(group ? group->name : QString(), QLocale().toString(total)));
    });
    connect(m_controller, &CustomerGroupsController::membersRemoved, this, [this] { updateButtons(); });
    connect(m_groups, &GroupListModel::dataChanged, this, [this] { onSelectionChanged(); });
    connect(m_catalogue, &GroupEditorController::categoriesLoaded, this, [this] {
        for (const CategoryEntry& entry : m_catalogue->categories())
            m_categoryNames.insert(entry.code, entry.name);
        onSelectionChanged();
    });
    showDetails(nullptr);
}

void CustomerGroupsPage::showEvent(QShowEvent* event)
{
    Workspace::showEvent(event);
    if (!m_loaded && !m_controller->isLoading())
        refresh();
}

void CustomerGroupsPage::refresh()
{
    if (m_categoryNames.isEmpty())
        m_catalogue->loadCategories();
    if (const qint64 selected = selectedGroupId())
        m_reselect = selected;
    m_controller->load();
}

qint64 CustomerGroupsPage::selectedGroupId() const
{
    const QModelIndex current = m_groupTable->currentIndex();
    return current.isValid() ? current.data(GroupListModel::GroupIdRole).toLongLong() : 0;
}

bool CustomerGroupsPage::selectGroup(qint64 groupId)
{
    const int row = m_groups->rowOfGroup(groupId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_groups->index(row, 0));
    if (!index.isValid())
        return false;
    m_groupTable->setCurrentIndex(index);
    return true;
}

void CustomerGroupsPage::onSelectionChanged()
{
    const qint64 id = selectedGroupId();
    const common::CustomerGroup* group = id > 0 ? m_groups->group(id) : nullptr;
    showDetails(group);
    if (id != m_controller->shownGroup())
        m_controller->showMembers(id);
    updateButtons();
}

void CustomerGroupsPage::showDetails(const common::CustomerGroup* group)
{
    const bool shown = group != nullptr;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_meta, m_description, m_rule, m_count, m_recount,
                                                          m_memberTable, m_memberStatus, m_openMember})
        widget->setVisible(shown);
    m_removeMembers->setVisible(shown && group->kind == GroupKind::Static && m_permissions.canEditGroups);
    if (!group) {
        m_title->setText(m_loaded && m_groups->rowCount() == 0
                             ? (m_permissions.canEditGroups ? tr("No groups yet: create a static list or a segment.")
                                                            : tr("No groups yet."))
                             : QString());
        return;
    }
    m_title->setText(group->name);
    QString meta = GroupText::kindName(group->kind) + QStringLiteral(" · ") + group->orgUnitName;
    if (!group->createdByName.isEmpty())
        meta += QStringLiteral(" · ") + tr("created by %1").arg(group->createdByName);
    m_meta->setText(meta);
    m_description->setText(group->description);
    m_description->setVisible(!group->description.isEmpty());
    if (group->kind == GroupKind::Segment) {
        updateRuleText(*group);
        m_count->setText(group->memberCount >= 0
                             ? tr("%Ln customer(s) match the rule now", nullptr, int(group->memberCount))
                             : tr("Counting…"));
    } else {
        m_rule->setVisible(false);
        m_count->setText(tr("%Ln customer(s) in the list", nullptr, int(qMax<qint64>(0, group->memberCount))));
    }
    m_recount->setVisible(group->kind == GroupKind::Segment);
    // Segments have no "added" time: their members follow the rule.
    m_memberTable->setColumnHidden(GroupMemberModel::Added, group->kind == GroupKind::Segment);
}

void CustomerGroupsPage::updateRuleText(const common::CustomerGroup& group)
{
    QStringList missing;
    for (const common::SegmentCondition& condition : group.rule.conditions) {
        if (condition.type != common::ConditionType::Region)
            continue;
        for (const QString& code : condition.values) {
            if (!m_regionNames.contains(code))
                missing.append(code);
        }
    }
    if (!missing.isEmpty()) {
        for (const QString& code : missing)
            m_regionNames.insert(code, code);   // asked once
        lookUpRegionNames(m_services.regions, missing, this, [this](const QHash<QString, QString>& names) {
            m_regionNames.insert(names);
            if (const common::CustomerGroup* shown = m_groups->group(selectedGroupId()))
                if (shown->kind == GroupKind::Segment)
                    m_rule->setText(ruleText(shown->rule));
        });
    }
    m_rule->setText(ruleText(group.rule));
}

QString CustomerGroupsPage::ruleText(const common::SegmentRule& rule) const
{
    QStringList lines{tr("Customers who match all of:")};
    for (const common::SegmentCondition& condition : rule.conditions)
        lines.append(QStringLiteral("• ") + GroupText::describe(condition, m_categoryNames, m_regionNames));
    return lines.join(QLatin1Char('\n'));
}

void CustomerGroupsPage::updateButtons()
{
    const common::CustomerGroup* group = m_groups->group(selectedGroupId());
    m_edit->setEnabled(group != nullptr);
    m_delete->setEnabled(group != nullptr);
    const bool anyMember = m_memberTable->selectionModel()->hasSelection();
    m_openMember->setEnabled(anyMember);
    m_removeMembers->setEnabled(anyMember && group && group->kind == GroupKind::Static);
}

GroupEditorDialog* CustomerGroupsPage::openEditor(const common::CustomerGroup& group)
{
    auto* dialog = new GroupEditorDialog(m_services, group, window());
    connect(dialog, &GroupEditorDialog::saved, this, [this](const common::CustomerGroup& saved, bool created) {
        m_controller->adopt(saved);
        if (created)
            selectGroup(saved.id);
        onSelectionChanged();
        m_services.errors.showTransient(created ? tr("Group %1 created.").arg(saved.name)
                                                : tr("Group %1 saved.").arg(saved.name));
    });
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

GroupEditorDialog* CustomerGroupsPage::newGroup(GroupKind kind)
{
    if (!m_permissions.canEditGroups)
        return nullptr;
    common::CustomerGroup group;
    group.kind = kind;
    return openEditor(group);
}

GroupEditorDialog* CustomerGroupsPage::editSelected()
{
    const common::CustomerGroup* group = m_groups->group(selectedGroupId());
    if (!group || !m_permissions.canEditGroups)
        return nullptr;
    return openEditor(*group);
}

void CustomerGroupsPage::deleteSelected()
{
    const common::CustomerGroup* group = m_groups->group(selectedGroupId());
    if (!group || !m_permissions.canEditGroups)
        return;
    const qint64 id = group->id;
    const QString text = group->kind == GroupKind::Static
        ? tr("Delete the static list \"%1\"? Its %n customer(s) stay in the system; only the list goes.", nullptr,
             int(qMax<qint64>(0, group->memberCount)))
              .arg(group->name)
        : tr("Delete the segment \"%1\"? No customer is deleted.").arg(group->name);
    askToConfirm(this, tr("Delete group"), text, tr("Delete"), [this, id] { m_controller->remove(id); },
                 QStringLiteral("deleteGroupConfirm"));
}

void CustomerGroupsPage::addCustomersToGroup(const QList<qint64>& customerIds)
{
    if (customerIds.isEmpty() || !m_permissions.canEditGroups)
        return;
    if (!m_loaded) {
        m_pendingAdd = customerIds;
        if (!m_controller->isLoading())
            refresh();
        return;
    }
    auto* dialog = new AddToGroupDialog(*m_groups, int(customerIds.size()), window());
    connect(dialog, &AddToGroupDialog::chosen, this,
            [this, customerIds](qint64 groupId) { m_controller->addMembers(groupId, customerIds); });
    dialog->open();
}

void CustomerGroupsPage::openMemberAt(int row)
{
    if (row < 0 || row >= m_members->rowCount())
        return;
    const common::GroupMember& member = m_members->memberAt(row);
    if (m_deskAvailable) {
        emit view360Requested(member.customerId);
        return;
    }
    auto* form = new CustomerForm(
        m_services, CustomerForm::Options{m_permissions.canEditCustomers, m_permissions.canRevealIdNumber}, window());
    common::Customer customer;
    customer.id = member.customerId;
    customer.name = member.name;
    customer.phones = member.phones;
    form->load(customer);
    form->show();
    form->raise();
    form->activateWindow();
}

void CustomerGroupsPage::removeSelectedMembers()
{
    const common::CustomerGroup* group = m_groups->group(selectedGroupId());
    if (!group || group->kind != GroupKind::Static || !m_permissions.canEditGroups)
        return;
    QList<qint64> ids;
    for (const QModelIndex& index : m_memberTable->selectionModel()->selectedRows())
        ids.append(m_members->memberAt(index.row()).customerId);
    if (ids.isEmpty())
        return;
    const qint64 groupId = group->id;
    askToConfirm(this, tr("Remove from list"),
                 tr("Remove %n customer(s) from \"%1\"? The customers themselves stay.", nullptr, int(ids.size()))
                     .arg(group->name),
                 tr("Remove"), [this, groupId, ids] { m_controller->removeMembers(groupId, ids); },
                 QStringLiteral("removeMembersConfirm"));
}

void CustomerGroupsPage::showMemberMenu(const QPoint& position)
{
    const QModelIndex index = m_memberTable->indexAt(position);
    if (!index.isValid())
        return;
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Open customer"), this, [this, row = index.row()] { openMemberAt(row); });
    if (m_removeMembers->isVisible())
        menu->addAction(tr("Remove from list"), this, &CustomerGroupsPage::removeSelectedMembers);
    menu->popup(m_memberTable->viewport()->mapToGlobal(position));
}

void CustomerGroupsPage::onFailed(const common::ErrorInfo& error)
{
    if (error.code == common::ErrorCode::NotFound || error.code == common::ErrorCode::Conflict) {
        // The group went or changed elsewhere: show the current state.
        m_services.errors.showTransient(ErrorPresenter::describe(error).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        refresh();
        return;
    }
    m_services.errors.present(error, this);
}

} // namespace csm::client::ui
