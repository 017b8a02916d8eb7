#pragma once
// "Warranty and fees" of one work order (in the order window): the warranty verdict in words, the
// parts used (the service point adds and removes rows, types prices in yuan, saves), and the
// fees — what completing now would charge, or what was charged on completion.
#include "client/app/app_services.h"
#include "common/protocol/message.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableView;

namespace csm::client {
class TicketFeesController;
class TicketPartsModel;
}

namespace csm::client::ui {

class TicketFeesBox : public QGroupBox {
    Q_OBJECT
public:
    TicketFeesBox(const AppServices& services, QWidget* parent = nullptr);

    void load(qint64 ticketId);

    TicketFeesController* controller() const { return m_controller; }
    TicketPartsModel* partsModel() const { return m_parts; }
    QTableView* partsView() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* verdictBadge() const { return m_badge; }
    QLabel* verdictText() const { return m_verdict; }
    QLabel* totalLabel() const { return m_total; }
    QLabel* problemsLabel() const { return m_problems; }
    // The verdict in one line, for the order's header.
    QString verdictSummary() const;

    // Adds a row and starts editing its code (as the Add button does).
    void addPart();

signals:
    // The parts were saved: the order has a new version (reload it).
    void ticketChanged();
    void summaryChanged(const QString& summary);

private:
    void onLoaded();
    void onFailed(const common::ErrorInfo& error);
    void updateButtons();
    QLabel* amountLabel(const QString& name);

    AppServices m_services;
    TicketPartsModel* m_parts;
    TicketFeesController* m_controller;
    QLabel* m_badge;
    QLabel* m_verdict;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_save;
    QLabel* m_dirty;
    QLabel* m_problems;
    QLabel* m_feesTitle;
    QLabel* m_labour;
    QLabel* m_travel;
    QLabel* m_partsFee;
    QLabel* m_total;
    QLabel* m_note;
};

} // namespace csm::client::ui
