#pragma once
// The one place that turns a server error {code, message, fields} into UI:
//   validation (and a conflict that names a field) → field highlights on the form
//   conflict     → a choice: reload (discard my changes) or overwrite (re-apply them)
//   unauthenticated → re-login (reloginRequested)
//   busy / rate_limited → a transient status-bar message
//   anything else → a message box
// Every text is shown as plain text.
#include "common/protocol/message.h"

#include <QObject>
#include <QPointer>

#include <functional>

#include <QStatusBar>
class QWidget;

namespace csm::client::ui {

class FieldErrors;

class ErrorPresenter : public QObject {
    Q_OBJECT
public:
    struct Handlers {
        FieldErrors* fields = nullptr;          // validation goes here when set
        std::function<void()> reload;           // conflict: discard my changes and reload
        std::function<void()> overwrite;        // conflict: re-apply my changes on the new version
    };

    explicit ErrorPresenter(QObject* parent = nullptr);

    void setStatusBar(QStatusBar* statusBar) { m_statusBar = statusBar; }

    void present(const common::ErrorInfo& error, QWidget* parent, const Handlers& handlers);
    void present(const common::ErrorInfo& error, QWidget* parent) { present(error, parent, Handlers{}); }
    // The telephone system refused an action after the reply (the `cti.error` event):
    // `action` is the op's verb (dial, answer, hangup), `message` the system's own text.
    void presentTelephoneError(const QString& action, const QString& message, QWidget* parent);
    // A transient message in the status bar (or nowhere when there is none).
    void showTransient(const QString& text, int milliseconds = 6000);

    // A translated sentence for the code, then the server's own text.
    static QString describe(const common::ErrorInfo& error);
    // The translated sentence for a code alone.
    static QString codeText(common::ErrorCode code);
    // Field problems as the shared rules word them, translated where known.
    static QString fieldProblemText(const QString& problem);

    // The last message box shown (tests look at it); null when none is open.
    QWidget* lastMessageBox() const { return m_lastBox; }

signals:
    // The session is gone and could not be resumed: the user must log in again.
    void reloginRequested();

private:
    void showMessageBox(QWidget* parent, const QString& title, const QString& text);
    void askConflict(const common::ErrorInfo& error, QWidget* parent, const Handlers& handlers);

    QPointer<QStatusBar> m_statusBar;
    QPointer<QWidget> m_lastBox;
};

} // namespace csm::client::ui
