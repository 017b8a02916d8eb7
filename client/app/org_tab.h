#pragma once
// Administration → Org units: the service network as a tree; add a child unit, rename,
// deactivate / activate.
#include "client/app/app_services.h"
#include "client/app/workspace.h"
#include "client/core/admin_types.h"
#include "common/protocol/message.h"

#include <QCborMap>

#include <QHash>

#include <functional>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace csm::client::ui {

class OrgTab : public Workspace {
    Q_OBJECT
public:
    explicit OrgTab(const AppServices& services, QWidget* parent = nullptr);

    void refresh() override;
    QTreeWidget* tree() const { return m_tree; }

private:
    void fill(const QList<OrgUnit>& units);
    const OrgUnit* selected() const;
    void updateButtons();
    void addChild();
    void rename();
    void toggleActive();
    void update(const OrgUnit& unit, const QCborMap& changes, QObject* context,
                std::function<void(const common::Response&)> done);

    AppServices m_services;
    QTreeWidget* m_tree;
    QPushButton* m_add;
    QPushButton* m_rename;
    QPushButton* m_toggle;
    QHash<qint64, OrgUnit> m_units;
};

} // namespace csm::client::ui
