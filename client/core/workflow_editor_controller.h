#pragma once
// The server side and the edit state of the graphical workflow editor, no widgets: lists the
// flows (workflow.list), loads one version (workflow.get), keeps the definition being edited
// with an undo history of whole-definition snapshots (a flow has at most 100 states, so a
// snapshot is cheap and every edit undoes exactly), checks it with validateWorkflow after every
// change, and saves it as a new version (workflow.save), refusing locally while it has
// problems. The widgets in client/app draw `definition()` and call the edit functions.
#include "common/model/workflow.h"
#include "common/protocol/message.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointF>

namespace csm::client {

class RpcClient;

// One line of workflow.list.
struct WorkflowHeader {
    qint64 id = 0;
    QString serviceType;
    int version = 0;
    QString name;
    int stateCount = 0;
    int transitionCount = 0;
    bool latest = false;
    QString createdByName;
    QDateTime createdAt;

    static WorkflowHeader fromCbor(const QCborMap& map);
};

class WorkflowEditorController : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxUndoSteps = 200;

    explicit WorkflowEditorController(RpcClient& rpc, QObject* parent = nullptr);

    // The latest version of every service type (flowsListed).
    void listFlows();
    // Loads a version (0: the latest) and lists the versions of its type. Discards the edits.
    void load(const QString& serviceType, int version = 0);
    // Loads the shown flow again.
    void reload();

    const QList<WorkflowHeader>& flows() const { return m_flows; }
    // The versions of the loaded type, newest first.
    const QList<WorkflowHeader>& versions() const { return m_versions; }
    bool hasDefinition() const { return !m_loaded.serviceType.isEmpty(); }
    const common::WorkflowDefinition& definition() const { return m_definition; }
    // The version as the server has it (what Revert goes back to).
    const common::WorkflowDefinition& loadedDefinition() const { return m_loaded; }
    // The newest version of the loaded type as far as known (the base of the next save).
    int latestVersion() const { return m_latestVersion; }
    bool isModified() const { return m_cleanDepth != m_undo.size(); }
    bool isBusy() const { return m_pending > 0; }

    // The problems of the edited definition (validateWorkflow), kept current.
    const QList<common::WorkflowProblem>& problems() const { return m_problems; }
    // What the server refused in the last save: field (workflow, states.<code>,
    // transitions.<code>) → its text. Cleared by the next edit or load.
    const QMap<QString, QString>& serverProblems() const { return m_serverProblems; }

    // Edits. Each is one undo step; they return false (and change nothing) when the subject
    // does not exist or nothing would change.
    // A new normal state at a free place near (x, y); returns its code.
    QString addState(double x, double y);
    // Replaces the state `code` (its code may change: the transitions follow).
    bool updateState(const QString& code, const common::WorkflowState& state);
    bool moveStates(const QHash<QString, QPointF>& positions);
    // A new transition between two states (from == to is a loop); returns its code.
    QString addTransition(const QString& from, const QString& to);
    bool updateTransition(const QString& code, const common::WorkflowTransition& transition);
    // Removes states (with every transition that touches them) and transitions, as one step.
    bool removeItems(const QStringList& states, const QStringList& transitions);
    bool setName(const QString& name);
    // The transitions that touch a state.
    QStringList transitionsOf(const QString& stateCode) const;

    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    QString undoText() const;
    QString redoText() const;
    void undo();
    void redo();
    // Back to the loaded version; the undo history is dropped.
    void revert();

    // Sends the definition as a new version. False when refused here: there are problems
    // (saveRefused) or nothing is loaded or a call is running.
    bool save();
    // After a conflict: saves the edited definition on top of the newest version.
    void overwrite();

signals:
    void flowsListed();
    void versionsListed();
    // A version was loaded (or saved): the editor starts afresh.
    void loaded();
    // The edited definition changed (an edit, undo, redo, revert, load).
    void definitionChanged();
    void problemsChanged();
    void undoStateChanged();
    void saved(int version);
    void saveRefused(const QList<csm::common::WorkflowProblem>& problems);
    void failed(const csm::common::ErrorInfo& error);
    void busyChanged(bool busy);

private:
    struct Step {
        QString text;
        common::WorkflowDefinition definition;   // the definition on the other side of the step
    };

    void begin();
    void end();
    void adopt(const common::WorkflowDefinition& definition);
    void commit(const QString& text, const common::WorkflowDefinition& after);
    void changed();
    void listVersions(const QString& serviceType, int serial);
    QString uniqueCode(const QString& base, bool state) const;

    RpcClient& m_rpc;
    int m_pending = 0;
    int m_loadSerial = 0;
    QList<WorkflowHeader> m_flows;
    QList<WorkflowHeader> m_versions;
    common::WorkflowDefinition m_loaded;
    common::WorkflowDefinition m_definition;
    int m_latestVersion = 0;
    QList<common::WorkflowProblem> m_problems;
    QMap<QString, QString> m_serverProblems;
    QList<Step> m_undo;
    QList<Step> m_redo;
    qsizetype m_cleanDepth = 0;   // undo depth of the saved state; -1 when it cannot come back
};

} // namespace csm::client
