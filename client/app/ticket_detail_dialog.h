#pragma once
// One work order in a window of its own: the header (number, state, service type, severity,
// customer, product, service point, technician, appointment, owner), the actions the workflow
// allows this user from the current state (each opens a TransitionDialog for its fields), the
// complaint details and supervisions (CasePanel), the SLA clocks counting down (TicketSlaBox),
// and tabs: the timeline, newest first (beside the SMS sent to the customer, for users with
// notify.read) and the warranty verdict, parts and fees (TicketFeesBox). A stale version goes
// to the error presenter's conflict choice
// (reload). Several orders may be open at once; the window does not block the desk.
#include "client/app/app_services.h"
#include "client/core/ticket_controller.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace csm::client {
class NotificationController;
class NotificationModel;
class FaultCodeLookup;
class TicketTimelineModel;
}

namespace csm::client::ui {

class BusyIndicator;
class TicketFeesBox;
class TicketSlaBox;
class CasePanel;
class TransitionDialog;

class TicketDetailDialog : public QDialog {
    Q_OBJECT
public:
    TicketDetailDialog(const AppServices& services, qint64 ticketId, QWidget* parent = nullptr);

    // Opens the order's window (a new one, deleted on close).
    static TicketDetailDialog* open(const AppServices& services, qint64 ticketId, QWidget* parent);

    TicketController* controller() const { return m_controller; }
    TicketTimelineModel* timeline() const { return m_timeline; }
    QPushButton* actionButton(const QString& code) const { return m_actionButtons.value(code); }
    QStringList actionCodes() const;
    TransitionDialog* transitionDialog() const;
    // The "Warranty and fees" tab (verdict, parts used, fees).
    TicketFeesBox* feesBox() const { return m_fees; }
    QTabWidget* tabs() const { return m_tabs; }
    TicketSlaBox* slaBox() const { return m_sla; }
    // Null without the permission notify.read.
    NotificationModel* notifications() const { return m_notifications; }
    QTableView* notificationsView() const { return m_notificationsView; }
    // Complaint details and supervision (督办) of the order.
    CasePanel* casePanel() const { return m_cases; }
    // Opens the form of that action (as its button does).
    void startAction(const QString& code);
    // The job sheet of the loaded order (client/core/job_sheet.h), its print preview (Ctrl+P), and
    // the PDF (Ctrl+Shift+S; an empty path asks where). False when nothing was saved.
    QString jobSheetHtml() const;
    void previewJobSheet();
    bool saveJobSheetPdf(const QString& path);
    QPushButton* jobSheetButton() const { return m_jobSheetButton; }

signals:
    // The order changed here (after a transition): lists showing it update their row.
    void ticketChanged(const csm::common::Ticket& ticket);

private:
    void onLoaded();
    void onFailed(TicketController::Action action, const common::ErrorInfo& error);
    void rebuildActions();
    QLabel* value(const QString& name);

    AppServices m_services;
    TicketTimelineModel* m_timeline;
    TicketController* m_controller;
    QLabel* m_number;
    QLabel* m_state;
    BusyIndicator* m_busy;
    QHash<QString, QLabel*> m_values;
    QHBoxLayout* m_actionsLayout;
    QLabel* m_noActions;
    QHash<QString, QPushButton*> m_actionButtons;
    QTableView* m_timelineView;
    TicketSlaBox* m_sla;
    NotificationModel* m_notifications = nullptr;
    NotificationController* m_notificationController = nullptr;
    QTableView* m_notificationsView = nullptr;
    CasePanel* m_cases;
    FaultCodeLookup* m_faultCodes;
    QPushButton* m_jobSheetButton = nullptr;
    TicketFeesBox* m_fees;
    QTabWidget* m_tabs;
    QPointer<TransitionDialog> m_transition;
};

} // namespace csm::client::ui
