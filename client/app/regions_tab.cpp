#include "client/app/regions_tab.h"

#include "client/app/confirm.h"
#include "client/app/error_presenter.h"
#include "client/app/record_dialog.h"
#include "client/core/list_result.h"
#include "client/core/region_cache.h"
#include "client/core/rpc_client.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csm::client::ui {

namespace {
enum RegionColumn { NameColumn, CodeColumn, StatusColumn };
enum RegionRole { CodeRole = Qt::UserRole, LevelRole, ActiveRole, LoadedRole };
constexpr int kDistrictLevel = 3;
} // namespace

RegionsTab::RegionsTab(const AppServices& services, QWidget* parent)
    : Workspace(parent)
    , m_services(services)
    , m_tree(new QTreeWidget(this))
    , m_add(new QPushButton(tr("Add region below…"), this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_toggle(new QPushButton(tr("Deactivate"), this))
{
    setObjectName(QStringLiteral("regionsTab"));
    m_tree->setHeaderLabels({tr("Name"), tr("Code"), tr("Status")});
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setColumnWidth(CodeColumn, 120);
    m_tree->setColumnWidth(StatusColumn, 90);
    m_add->setToolTip(tr("Adds a city below the selected province, or a district below the selected city; "
                         "a province when nothing is selected"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_toggle);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemExpanded, this, &RegionsTab::loadChildren);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RegionsTab::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &RegionsTab::addRegion);
    connect(m_rename, &QPushButton::clicked, this, &RegionsTab::rename);
    connect(m_toggle, &QPushButton::clicked, this, &RegionsTab::toggleActive);
    updateButtons();
}

void RegionsTab::refresh()
{
    ++m_generation;
    m_tree->clear();
    loadChildren(nullptr);
}

void RegionsTab::reloadLevel(QTreeWidgetItem* parent)
{
    m_services.regions.invalidate();
    if (!parent) {
        refresh();
        return;
    }
    qDeleteAll(parent->takeChildren());
    parent->setData(NameColumn, LoadedRole, false);
    parent->setExpanded(true);
    loadChildren(parent);
}

void RegionsTab::loadChildren(QTreeWidgetItem* parent)
{
    if (parent && parent->data(NameColumn, LoadedRole).toBool())
        return;
    if (parent)
        parent->setData(NameColumn, LoadedRole, true);
    QCborMap args;
    if (parent)
        args.insert(QStringLiteral("parent_code"), parent->data(NameColumn, CodeRole).toString());
    const quint64 generation = m_generation;
    // The item may be gone when the answer comes (refresh): find it again by code.
    const QString parentCode = parent ? parent->data(NameColumn, CodeRole).toString() : QString();
    m_services.rpc.call(QStringLiteral("admin.region.list"), args, this,
                        [this, generation, parentCode](const common::Response& response) {
        if (generation != m_generation)
            return;
        QTreeWidgetItem* parent = nullptr;
        if (!parentCode.isEmpty()) {
            const auto found = m_tree->findItems(parentCode, Qt::MatchExactly | Qt::MatchRecursive, CodeColumn);
            if (found.isEmpty())
                return;
            parent = found.first();
        }
        if (!response.ok) {
            if (parent)
                parent->setData(NameColumn, LoadedRole, false);
            m_services.errors.present(response.error, this);
            return;
        }
        if (parent)
            qDeleteAll(parent->takeChildren());   // the "loading" placeholder
        for (const QCborValue& value : listResult(response.result)) {
            const QCborMap region = value.toMap();
            auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
            const int level = static_cast<int>(region.value(QStringLiteral("level")).toInteger(1));
            const bool active = region.value(QStringLiteral("active")).toBool(true);
            item->setText(NameColumn, region.value(QStringLiteral("name")).toString());
            item->setText(CodeColumn, region.value(QStringLiteral("code")).toString());
            item->setText(StatusColumn, active ? tr("Active") : tr("Inactive"));
            item->setData(NameColumn, CodeRole, region.value(QStringLiteral("code")).toString());
            item->setData(NameColumn, LevelRole, level);
            item->setData(NameColumn, ActiveRole, active);
            if (level < kDistrictLevel)
                item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        }
        if (parent && parent->childCount() == 0)
            parent->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
        updateButtons();
    });
}

void RegionsTab::updateButtons()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const int level = item ? item->data(NameColumn, LevelRole).toInt() : 0;
    const bool active = item && item->data(NameColumn, ActiveRole).toBool();
    m_add->setEnabled(!item || (level < kDistrictLevel && active));
    m_rename->setEnabled(item != nullptr);
    m_toggle->setEnabled(item != nullptr);
    m_toggle->setText(item && !active ? tr("Activate") : tr("Deactivate"));
}

void RegionsTab::addRegion()
{
    QTreeWidgetItem* parent = m_tree->currentItem();
    const QString parentCode = parent ? parent->data(NameColumn, CodeRole).toString() : QString();
    const QString intro = parent ? tr("A new region below \"%1\" (6-digit GB/T 2260 code).").arg(parent->text(NameColumn))
                                 : tr("A new province (6-digit GB/T 2260 code).");
    auto* dialog = new RecordDialog(tr("New region"), intro, tr("Code"), this);
    connect(dialog, &RecordDialog::submitted, this, [this, dialog, parentCode](const QString& code, const QString& name) {
        QCborMap args;
        args.insert(QStringLiteral("code"), code);
        args.insert(QStringLiteral("name"), name);
        if (!parentCode.isEmpty())
            args.insert(QStringLiteral("parent_code"), parentCode);
        dialog->setBusy(true);
        m_services.rpc.call(QStringLiteral("admin.region.create"), args, dialog,
                            [this, dialog, parentCode](const common::Response& response) {
            dialog->setBusy(false);
            if (!response.ok) {
                m_services.errors.present(response.error, dialog, ErrorPresenter::Handlers{dialog->fieldErrors(), {}, {}});
                return;
            }
            dialog->finish();
            const auto found = m_tree->findItems(parentCode, Qt::MatchExactly | Qt::MatchRecursive, CodeColumn);
            reloadLevel(parentCode.isEmpty() || found.isEmpty() ? nullptr : found.first());
        });
    });
    dialog->open();
}

void RegionsTab::rename()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return;
    const QString code = item->data(NameColumn, CodeRole).toString();
    auto* dialog = new RecordDialog(tr("Rename region"), tr("New name for \"%1\".").arg(item->text(NameColumn)),
                                    QString(), this);
    dialog->setName(item->text(NameColumn));
    connect(dialog, &RecordDialog::submitted, this, [this, dialog, code](const QString&, const QString& name) {
        QCborMap args;
        args.insert(QStringLiteral("code"), code);
        args.insert(QStringLiteral("name"), name);
        dialog->setBusy(true);
        m_services.rpc.call(QStringLiteral("admin.region.update"), args, dialog,
                            [this, dialog, code](const common::Response& response) {
            dialog->setBusy(false);
            if (!response.ok) {
                m_services.errors.present(response.error, dialog, ErrorPresenter::Handlers{dialog->fieldErrors(), {}, {}});
                return;
            }
            dialog->finish();
            m_services.regions.invalidate();
            const auto found = m_tree->findItems(code, Qt::MatchExactly | Qt::MatchRecursive, CodeColumn);
            if (!found.isEmpty())
                found.first()->setText(NameColumn, response.result.toMap().value(QStringLiteral("name")).toString());
        });
    });
    dialog->open();
}

void RegionsTab::toggleActive()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return;
    const QString code = item->data(NameColumn, CodeRole).toString();
    const bool active = item->data(NameColumn, ActiveRole).toBool();
    auto send = [this, code, active] {
        QCborMap args;
        args.insert(QStringLiteral("code"), code);
        args.insert(QStringLiteral("active"), !active);
        m_services.rpc.call(QStringLiteral("admin.region.update"), args, this, [this, code](const common::Response& response) {
            if (!response.ok) {
                m_services.errors.present(response.error, this);
                return;
            }
            m_services.regions.invalidate();
            const bool nowActive = response.result.toMap().value(QStringLiteral("active")).toBool();
            const auto found = m_tree->findItems(code, Qt::MatchExactly | Qt::MatchRecursive, CodeColumn);
            if (!found.isEmpty()) {
                found.first()->setData(NameColumn, ActiveRole, nowActive);
                found.first()->setText(StatusColumn, nowActive ? tr("Active") : tr("Inactive"));
            }
            updateButtons();
        });
    };
    if (!active) {
        send();
        return;
    }
    askToConfirm(this, tr("Deactivate region"),
                 tr("Deactivate \"%1\"? It can no longer be chosen for customer addresses.").arg(item->text(NameColumn)),
                 tr("Deactivate"), send);
}

} // namespace csm::client::ui
