#pragma once
// The Work orders workspace (permission ticket.read): the orders of the user's unit and its
// subtree, newest first, in pages — for a service point this is its queue (accept, reject,
// assign, … through the order's actions). Filters: state category (open by default) or the
// follow-up queue (回访; the default of survey agents), service type, and a text box: an order
// number finds that order, other text narrows the loaded rows.
// Enter or a double-click opens the order. The SLA column is a coloured badge with the time left
// (ticking every minute). When the server pushes ticket.dispatched, ticket.assigned,
// ticket.notice or ticket.sla_breached, the first page is read again (the selected order stays
// selected) and the status bar says what happened.
#include "client/app/app_services.h"
#include "client/app/workspace.h"

#include <QCborMap>
#include <QCborValue>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace csm::client {
class TicketListController;
class TicketListModel;
}

namespace csm::client::ui {

class BusyIndicator;
class DeskColorProxy;
class TicketDetailDialog;

class TicketsPage : public Workspace {
    Q_OBJECT
public:
    explicit TicketsPage(const AppServices& services, QWidget* parent = nullptr);

    void refresh() override;
    // Opens the order of that row of the table (proxy row).
    TicketDetailDialog* openRow(int row);

    TicketListModel* model() const { return m_model; }
    TicketListController* controller() const { return m_controller; }
    QTableView* table() const { return m_table; }
    QComboBox* categoryBox() const { return m_category; }
    QComboBox* serviceTypeBox() const { return m_serviceType; }
    QLineEdit* searchEdit() const { return m_search; }
    TicketDetailDialog* lastDetail() const { return m_lastDetail; }
    QTimer* slaTimer() const { return m_slaTimer; }
    // The status-bar text for a pushed order event; empty for other events.
    static QString eventNotice(const QString& event, const QCborMap& data);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    void updateCount();
    void onEvent(const QString& name, const QCborValue& data);
    void reselect();

    AppServices m_services;
    TicketListModel* m_model;
    TicketListController* m_controller;
    DeskColorProxy* m_colors;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_category;
    QComboBox* m_serviceType;
    QLineEdit* m_search;
    QPushButton* m_moreButton;
    QLabel* m_count;
    BusyIndicator* m_busy;
    QTableView* m_table;
    TicketDetailDialog* m_lastDetail = nullptr;
    QTimer* m_slaTimer;
    qint64 m_reselectId = 0;   // after a reload by an event: the order that was selected
};

} // namespace csm::client::ui
