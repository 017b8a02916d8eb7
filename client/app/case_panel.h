#pragma once
// The cases part of an order's window: the complaint box (complaints, suggestions and praise:
// category, responsible unit, deadline, resolution and the customer's satisfaction, with "Edit
// details…" and "Record resolution…" for those the server allows) and the supervision box (督办:
// the order's supervisions, "Supervise…", "Answer…", "Close…" as each allows). After a change
// the order is reloaded (changed()).
#include "client/app/app_services.h"
#include "client/core/case_controller.h"
#include "common/model/ticket.h"
#include "common/model/ticket_case.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace csm::client {
class SupervisionModel;
}

namespace csm::client::ui {

class ComplaintDialog;
class SupervisionDialog;

class CasePanel : public QWidget {
    Q_OBJECT
public:
    CasePanel(const AppServices& services, QWidget* parent = nullptr);

    void setTicket(const common::Ticket& ticket, const common::TicketCaseFacts& facts);

    CaseController* controller() const { return m_controller; }
    QGroupBox* complaintBox() const { return m_complaintBox; }
    QGroupBox* supervisionBox() const { return m_supervisionBox; }
    QLabel* complaintValue(const QString& name) const { return m_values.value(name); }
    QPushButton* editComplaintButton() const { return m_editComplaint; }
    QPushButton* resolveButton() const { return m_resolve; }
    QPushButton* superviseButton() const { return m_supervise; }
    QPushButton* answerButton() const { return m_answer; }
    QPushButton* closeSupervisionButton() const { return m_closeSupervision; }
    QTableView* supervisionView() const { return m_view; }
    SupervisionModel* supervisionModel() const { return m_model; }
    ComplaintDialog* complaintDialog() const;
    SupervisionDialog* supervisionDialog() const;

    void editComplaint();
    void recordResolution();
    void openSupervision();
    void answerSupervision();
    void closeSupervision();

signals:
    void changed();

private:
    QLabel* value(const QString& name);
    void showComplaint();
    void updateSupervisionButtons();
    // The supervision the buttons act on: the selected one, else the first that allows it.
    const common::TicketSupervision* current(bool forAnswer) const;
    void onDone(CaseController::Action action);
    void onFailed(CaseController::Action action, const common::ErrorInfo& error);
    void setUnitsOnDialogs();

    AppServices m_services;
    CaseController* m_controller;
    common::Ticket m_ticket;
    common::TicketCaseFacts m_facts;
    QGroupBox* m_complaintBox;
    QHash<QString, QLabel*> m_values;
    QPushButton* m_editComplaint;
    QPushButton* m_resolve;
    QGroupBox* m_supervisionBox;
    SupervisionModel* m_model;
    QTableView* m_view;
    QLabel* m_noSupervision;
    QPushButton* m_supervise;
    QPushButton* m_answer;
    QPushButton* m_closeSupervision;
    QPointer<ComplaintDialog> m_complaintDialog;
    QPointer<SupervisionDialog> m_supervisionDialog;
};

} // namespace csm::client::ui
