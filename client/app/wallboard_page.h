#pragma once
// The supervisor's wallboard (实时监控): the agents with state, reason and time in state
// (ticking locally), the big call figures, and the overdue callback promises. Kept current
// by pushed events; only the overdue list is reloaded (once a minute and on F5).
#include "client/app/app_services.h"
#include "client/app/workspace.h"

class QLabel;
class QTableView;
class QTimer;

namespace csm::client {
class CallbackModel;
class CallbacksController;
class WallboardController;
class WallboardModel;
struct CallFigures;
}

namespace csm::client::ui {

class WallboardPage : public Workspace {
    Q_OBJECT
public:
    explicit WallboardPage(const AppServices& services, QWidget* parent = nullptr);

    void refresh() override;

    WallboardModel* model() const { return m_model; }
    CallbackModel* overdue() const { return m_overdue; }
    QTableView* agentsView() const { return m_agents; }
    QString figureText(const QString& name) const;

private:
    QWidget* makeFigure(const QString& name, const QString& title, const QString& color);
    void showFigures(const CallFigures& figures);
    void updateAgentSummary();

    AppServices m_services;
    WallboardModel* m_model;
    WallboardController* m_controller;
    CallbackModel* m_overdue;
    CallbacksController* m_overdueController;
    QTableView* m_agents;
    QTableView* m_overdueView;
    QLabel* m_agentSummary;
    QWidget* m_figures;
    QTimer* m_clock;
    QTimer* m_overdueTimer;
};

} // namespace csm::client::ui
