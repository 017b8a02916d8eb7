#include "client/app/org_tab.h"

#include "common/model/org_unit.h"

#include "client/app/confirm.h"
#include "client/app/error_presenter.h"
#include "client/app/record_dialog.h"
#include "client/app/role_names.h"
#include "client/core/list_result.h"
#include "client/core/rpc_client.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csm::client::ui {

namespace {
enum OrgColumn { NameColumn, CodeColumn, KindColumn, StatusColumn };
} // namespace

OrgTab::OrgTab(const AppServices& services, QWidget* parent)
    : Workspace(parent)
    , m_services(services)
    , m_tree(new QTreeWidget(this))
    , m_add(new QPushButton(tr("Add unit below…"), this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_toggle(new QPushButton(tr("Deactivate"), this))
{
    setObjectName(QStringLiteral("orgTab"));
    m_tree->setHeaderLabels({tr("Name"), tr("Code"), tr("Kind"), tr("Status")});
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setColumnWidth(CodeColumn, 140);
    m_tree->setColumnWidth(KindColumn, 160);
    m_tree->setColumnWidth(StatusColumn, 90);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_toggle);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &OrgTab::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &OrgTab::addChild);
    connect(m_rename, &QPushButton::clicked, this, &OrgTab::rename);
    connect(m_toggle, &QPushButton::clicked, this, &OrgTab::toggleActive);
    updateButtons();
}

void OrgTab::refresh()
{
    m_services.rpc.call(QStringLiteral("admin.org.list"), {}, this, [this](const common::Response& response) {
        if (!response.ok) {
            m_services.errors.present(response.error, this);
            return;
        }
        QList<OrgUnit> units;
        for (const QCborValue& item : listResult(response.result))
            units.append(OrgUnit::fromCbor(item.toMap()));
        fill(units);
    });
}

void OrgTab::fill(const QList<OrgUnit>& units)
{
    const qint64 current = selected() ? selected()->id : 0;
    m_tree->clear();
    m_units.clear();
    QHash<qint64, QTreeWidgetItem*> items;
    for (const OrgUnit& unit : units) {   // ordered by path: parents come first
        m_units.insert(unit.id, unit);
        QTreeWidgetItem* parent = items.value(unit.parentId);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(NameColumn, unit.name);
        item->setText(CodeColumn, unit.code);
        item->setText(KindColumn, orgKindDisplayName(unit.kind));
        item->setText(StatusColumn, unit.active ? tr("Active") : tr("Inactive"));
        item->setData(NameColumn, Qt::UserRole, unit.id);
        if (!unit.active) {
            for (int column = 0; column < m_tree->columnCount(); ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        items.insert(unit.id, item);
        if (unit.id == current)
            m_tree->setCurrentItem(item);
    }
    m_tree->expandToDepth(2);
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateButtons();
}

const OrgUnit* OrgTab::selected() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return nullptr;
    const auto it = m_units.constFind(item->data(NameColumn, Qt::UserRole).toLongLong());
    return it == m_units.cend() ? nullptr : &it.value();
}

void OrgTab::updateButtons()
{
    const OrgUnit* unit = selected();
    m_add->setEnabled(unit && unit->active && !common::childOrgKind(unit->kind).isEmpty());
    m_rename->setEnabled(unit != nullptr);
    m_toggle->setEnabled(unit && unit->parentId != 0);
    m_toggle->setText(unit && !unit->active ? tr("Activate") : tr("Deactivate"));
}

void OrgTab::addChild()
{
    const OrgUnit* parent = selected();
    if (!parent)
        return;
    const QString kind = common::childOrgKind(parent->kind);
    auto* dialog = new RecordDialog(tr("New org unit"),
                                    tr("A new %1 below \"%2\".").arg(orgKindDisplayName(kind), parent->name),
                                    tr("Code"), this);
    const qint64 parentId = parent->id;
    connect(dialog, &RecordDialog::submitted, this, [this, dialog, parentId, kind](const QString& code, const QString& name) {
        QCborMap args;
        args.insert(QStringLiteral("parent_id"), parentId);
        args.insert(QStringLiteral("kind"), kind);
        args.insert(QStringLiteral("code"), code);
        args.insert(QStringLiteral("name"), name);
        dialog->setBusy(true);
        m_services.rpc.call(QStringLiteral("admin.org.create"), args, dialog, [this, dialog](const common::Response& response) {
            dialog->setBusy(false);
            if (!response.ok) {
                m_services.errors.present(response.error, dialog, ErrorPresenter::Handlers{dialog->fieldErrors(), {}, {}});
                return;
            }
            dialog->finish();
            refresh();
        });
    });
    dialog->open();
}

void OrgTab::update(const OrgUnit& unit, const QCborMap& changes, QObject* context,
                    std::function<void(const common::Response&)> done)
{
    QCborMap args = changes;
    args.insert(QStringLiteral("id"), unit.id);
    args.insert(QStringLiteral("version"), unit.version);
    m_services.rpc.call(QStringLiteral("admin.org.update"), args, context, std::move(done));
}

void OrgTab::rename()
{
    const OrgUnit* unit = selected();
    if (!unit)
        return;
    auto* dialog = new RecordDialog(tr("Rename org unit"), tr("New name for \"%1\".").arg(unit->name), QString(), this);
    dialog->setName(unit->name);
    const OrgUnit copy = *unit;
    connect(dialog, &RecordDialog::submitted, this, [this, dialog, copy](const QString&, const QString& name) {
        QCborMap changes;
        changes.insert(QStringLiteral("name"), name);
        dialog->setBusy(true);
        update(copy, changes, dialog, [this, dialog](const common::Response& response) {
            dialog->setBusy(false);
            if (!response.ok) {
                ErrorPresenter::Handlers handlers{dialog->fieldErrors(), [this, dialog] { dialog->reject(); refresh(); }, {}};
                m_services.errors.present(response.error, dialog, handlers);
                return;
            }
            dialog->finish();
            refresh();
        });
    });
    dialog->open();
}

void OrgTab::toggleActive()
{
    const OrgUnit* unit = selected();
    if (!unit)
        return;
    const OrgUnit copy = *unit;
    QCborMap changes;
    changes.insert(QStringLiteral("active"), !copy.active);
    auto done = [this](const common::Response& response) {
        if (response.ok) {
            refresh();
            return;
        }
        ErrorPresenter::Handlers handlers;
        handlers.reload = [this] { refresh(); };
        m_services.errors.present(response.error, this, handlers);
    };
    if (!copy.active) {
        update(copy, changes, this, done);
        return;
    }
    askToConfirm(this, tr("Deactivate org unit"),
                 tr("Deactivate \"%1\"? No users can be assigned to it any more.").arg(copy.name),
                 tr("Deactivate"), [this, copy, changes, done] { update(copy, changes, this, done); });
}

} // namespace csm::client::ui
