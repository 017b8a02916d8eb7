#pragma once
// The agent's bar above the workspaces (users with cti.agent): extension, state and time in
// state, Ready (F7) / Not ready with a reason (F8), the current call with Answer
// (Ctrl+Shift+A) and Hang up (Ctrl+Shift+H), and the wrap-up panel (summary, Done).
#include "client/core/desk_types.h"

#include <QFrame>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTimer;
class QToolButton;

namespace csm::client {
class AgentDeskController;
}

namespace csm::client::ui {

class AgentStateBar : public QFrame {
    Q_OBJECT
public:
    explicit AgentStateBar(AgentDeskController& desk, QWidget* parent = nullptr);

    // The keyboard actions (the main window lists them in its Call menu).
    QList<QAction*> callActions() const;
    QAction* readyAction() const { return m_readyAction; }
    QAction* notReadyAction() const { return m_notReadyAction; }
    QAction* answerAction() const { return m_answerAction; }
    QAction* hangupAction() const { return m_hangupAction; }
    QMenu* reasonMenu() const { return m_reasonMenu; }

    QString stateText() const;
    QString callerText() const;
    QLineEdit* wrapUpEdit() const { return m_summary; }
    QPushButton* wrapUpDoneButton() const { return m_done; }
    bool isWrapUpShown() const;
    // The customer named in the wrap-up (picked or created during the call).
    void setWrapUpCustomer(const QString& name);

private:
    void updateAgent();
    void updateCall();
    void tick();
    void showReasonMenu();

    AgentDeskController& m_desk;
    QLabel* m_extension;
    QLabel* m_state;
    QLabel* m_elapsed;
    QPushButton* m_ready;
    QToolButton* m_notReady;
    QMenu* m_reasonMenu;
    QPushButton* m_login;
    QFrame* m_callBox;
    QLabel* m_caller;
    QLabel* m_callFlags;
    QPushButton* m_answer;
    QPushButton* m_hangup;
    QFrame* m_wrapUp;
    QLabel* m_wrapUpCustomer;
    QLineEdit* m_summary;
    QPushButton* m_done;
    QAction* m_readyAction;
    QAction* m_notReadyAction;
    QAction* m_answerAction;
    QAction* m_hangupAction;
    QTimer* m_clock;
};

} // namespace csm::client::ui
