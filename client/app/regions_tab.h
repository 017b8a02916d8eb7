#pragma once
// Administration → Regions: the province → city → district tree, loaded a level at a time
// when a node is expanded; add a region below, rename, deactivate / activate.
#include "client/app/app_services.h"
#include "client/app/workspace.h"
#include "common/protocol/message.h"

#include <QCborMap>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace csm::client::ui {

class RegionsTab : public Workspace {
    Q_OBJECT
public:
    explicit RegionsTab(const AppServices& services, QWidget* parent = nullptr);

    void refresh() override;
    QTreeWidget* tree() const { return m_tree; }

private:
    void loadChildren(QTreeWidgetItem* parent);
    void updateButtons();
    void addRegion();
    void rename();
    void toggleActive();
    void reloadLevel(QTreeWidgetItem* parent);

    AppServices m_services;
    QTreeWidget* m_tree;
    QPushButton* m_add;
    QPushButton* m_rename;
    QPushButton* m_toggle;
    quint64 m_generation = 0;
};

} // namespace csm::client::ui
