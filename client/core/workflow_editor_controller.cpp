#include "client/core/workflow_editor_controller.h"

#include "client/core/rpc_client.h"
#include "client/core/workflow_layout.h"

#include <QCborArray>
#include <QSet>

namespace csm::client {

using common::Response;
using common::WorkflowDefinition;
using common::WorkflowState;
using common::WorkflowTransition;

WorkflowHeader WorkflowHeader::fromCbor(const QCborMap& map)
{
    WorkflowHeader header;
    header.id = map.value(QStringLiteral("id")).toInteger();
    header.serviceType = map.value(QStringLiteral("service_type")).toString();
    header.version = static_cast<int>(map.value(QStringLiteral("version")).toInteger());
    header.name = map.value(QStringLiteral("name")).toString();
    header.stateCount = static_cast<int>(map.value(QStringLiteral("states")).toInteger());
    header.transitionCount = static_cast<int>(map.value(QStringLiteral("transitions")).toInteger());
    header.latest = map.value(QStringLiteral("latest")).toBool();
    header.createdByName = map.value(QStringLiteral("created_by_name")).toString();
    header.createdAt = QDateTime::fromString(map.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    return header;
}

WorkflowEditorController::WorkflowEditorController(RpcClient& rpc, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
{
}

void WorkflowEditorController::begin()
{
    if (m_pending++ == 0)
        emit busyChanged(true);
}

void WorkflowEditorController::end()
{
    if (--m_pending == 0)
        emit busyChanged(false);
}

void WorkflowEditorController::listFlows()
{
    begin();
    m_rpc.call(QStringLiteral("workflow.list"), {}, this, [this](const Response& response) {
        end();
        if (!response.ok) {
            emit failed(response.error);
            return;
        }
        m_flows.clear();
        for (const QCborValue& item : response.result.toMap().value(QStringLiteral("items")).toArray())
            m_flows.append(WorkflowHeader::fromCbor(item.toMap()));
        emit flowsListed();
    });
}

void WorkflowEditorController::load(const QString& serviceType, int version)
{
    const int serial = ++m_loadSerial;
    QCborMap args;
    args.insert(QStringLiteral("service_type"), serviceType);
    if (version > 0)
        args.insert(QStringLiteral("version"), version);
    begin();
    m_rpc.call(QStringLiteral("workflow.get"), args, this, [this, serial](const Response& response) {
        end();
        if (serial != m_loadSerial)
            return;   // another flow was asked for meanwhile
        if (!response.ok) {
            emit failed(response.error);
            return;
        }
        const QCborMap map = response.result.toMap();
        if (map.value(QStringLiteral("latest")).toBool())
            m_latestVersion = static_cast<int>(map.value(QStringLiteral("version")).toInteger());
        adopt(WorkflowDefinition::fromCbor(map));
    });
    listVersions(serviceType, serial);
}

void WorkflowEditorController::reload()
{
    if (hasDefinition())
        load(m_loaded.serviceType, m_loaded.version);
}

void WorkflowEditorController::listVersions(const QString& serviceType, int serial)
{
    QCborMap args;
    args.insert(QStringLiteral("service_type"), serviceType);
    begin();
    m_rpc.call(QStringLiteral("workflow.list"), args, this, [this, serial](const Response& response) {
        end();
        if (serial != m_loadSerial)
            return;
        if (!response.ok) {
            emit failed(response.error);
            return;
        }
        m_versions.clear();
        for (const QCborValue& item : response.result.toMap().value(QStringLiteral("items")).toArray()) {
            m_versions.append(WorkflowHeader::fromCbor(item.toMap()));
            if (m_versions.last().latest)
                m_latestVersion = m_versions.last().version;
        }
        emit versionsListed();
    });
}

void WorkflowEditorController::adopt(const WorkflowDefinition& definition)
{
    m_loaded = definition;
    // States without a place of their own get one; this is no edit of the user's.
    layoutUnplacedStates(m_loaded);
    m_definition = m_loaded;
    m_undo.clear();
    m_redo.clear();
    m_cleanDepth = 0;
    m_serverProblems.clear();
    emit loaded();
    changed();
    emit undoStateChanged();
}

void WorkflowEditorController::changed()
{
    m_problems = common::validateWorkflow(m_definition);
    emit definitionChanged();
    emit problemsChanged();
}

void WorkflowEditorController::commit(const QString& text, const WorkflowDefinition& after)
{
    if (m_cleanDepth > m_undo.size())
        m_cleanDepth = -1;   // the saved state was in the redo history that is dropped now
    m_redo.clear();
    m_undo.append(Step{text, m_definition});
    if (m_undo.size() > kMaxUndoSteps) {
        m_undo.removeFirst();
        m_cleanDepth = m_cleanDepth > 0 ? m_cleanDepth - 1 : -1;
    }
    m_definition = after;
    m_serverProblems.clear();
    changed();
    emit undoStateChanged();
}

QString WorkflowEditorController::uniqueCode(const QString& base, bool state) const
{
    auto taken = [&](const QString& code) {
        return state ? m_definition.state(code) != nullptr : m_definition.transition(code) != nullptr;
    };
    QString code = base.left(36);
    for (int number = 2; taken(code); ++number)
        code = QStringLiteral("%1_%2").arg(base.left(36)).arg(number);
    return code;
}

QString WorkflowEditorController::addState(double x, double y)
{
    if (!hasDefinition())
        return {};
    WorkflowDefinition after = m_definition;
    WorkflowState state;
    state.code = uniqueCode(QStringLiteral("state"), true);
    state.name = tr("New state");
    const QPointF place = freeWorkflowPlace(m_definition, x, y);
    state.x = place.x();
    state.y = place.y();
    after.states.append(state);
    commit(tr("Add state"), after);
    return state.code;
}

bool WorkflowEditorController::updateState(const QString& code, const WorkflowState& state)
{
    WorkflowDefinition after = m_definition;
    auto it = std::find_if(after.states.begin(), after.states.end(),
                           [&](const WorkflowState& candidate) { return candidate.code == code; });
    if (it == after.states.end() || it->toCbor() == state.toCbor())
        return false;
    *it = state;
    if (state.code != code) {
        for (WorkflowTransition& transition : after.transitions) {
            if (transition.from == code)
                transition.from = state.code;
            if (transition.to == code)
                transition.to = state.code;
        }
    }
    commit(tr("Change state %1").arg(state.code), after);
    return true;
}

bool WorkflowEditorController::moveStates(const QHash<QString, QPointF>& positions)
{
    WorkflowDefinition after = m_definition;
    bool moved = false;
    for (WorkflowState& state : after.states) {
        const auto it = positions.constFind(state.code);
        if (it == positions.cend() || (state.x == it->x() && state.y == it->y()))
            continue;
        state.x = it->x();
        state.y = it->y();
        moved = true;
    }
    if (!moved)
        return false;
    commit(positions.size() == 1 ? tr("Move state %1").arg(positions.cbegin().key()) : tr("Move states"), after);
    return true;
}

QString WorkflowEditorController::addTransition(const QString& from, const QString& to)
{
    if (!m_definition.state(from) || !m_definition.state(to))
        return {};
    WorkflowDefinition after = m_definition;
    WorkflowTransition transition;
    transition.code = uniqueCode(from == to ? from : QStringLiteral("to_%1").arg(to), false);
    transition.from = from;
    transition.to = to;
    transition.name = m_definition.state(to)->name;
    after.transitions.append(transition);
    commit(tr("Add transition %1").arg(transition.code), after);
    return transition.code;
}

bool WorkflowEditorController::updateTransition(const QString& code, const WorkflowTransition& transition)
{
    WorkflowDefinition after = m_definition;
    auto it = std::find_if(after.transitions.begin(), after.transitions.end(),
                           [&](const WorkflowTransition& candidate) { return candidate.code == code; });
    if (it == after.transitions.end() || it->toCbor() == transition.toCbor())
        return false;
    *it = transition;
    commit(tr("Change transition %1").arg(transition.code), after);
    return true;
}

bool WorkflowEditorController::removeItems(const QStringList& states, const QStringList& transitions)
{
    const QSet<QString> stateSet(states.cbegin(), states.cend());
    const QSet<QString> transitionSet(transitions.cbegin(), transitions.cend());
    WorkflowDefinition after = m_definition;
    const auto statesBefore = after.states.size();
    const auto transitionsBefore = after.transitions.size();
    after.states.removeIf([&](const WorkflowState& state) { return stateSet.contains(state.code); });
    after.transitions.removeIf([&](const WorkflowTransition& transition) {
        return transitionSet.contains(transition.code) || stateSet.contains(transition.from)
               || stateSet.contains(transition.to);
    });
    if (after.states.size() == statesBefore && after.transitions.size() == transitionsBefore)
        return false;
    commit(tr("Delete"), after);
    return true;
}

bool WorkflowEditorController::setName(const QString& name)
{
    if (!hasDefinition() || name == m_definition.name)
        return false;
    WorkflowDefinition after = m_definition;
    after.name = name;
    commit(tr("Rename the workflow"), after);
    return true;
}

QStringList WorkflowEditorController::transitionsOf(const QString& stateCode) const
{
    QStringList codes;
    for (const WorkflowTransition& transition : m_definition.transitions)
        if (transition.from == stateCode || transition.to == stateCode)
            codes.append(transition.code);
    return codes;
}

QString WorkflowEditorController::undoText() const
{
    return m_undo.isEmpty() ? QString() : m_undo.last().text;
}

QString WorkflowEditorController::redoText() const
{
    return m_redo.isEmpty() ? QString() : m_redo.last().text;
}

void WorkflowEditorController::undo()
{
    if (m_undo.isEmpty())
        return;
    Step step = m_undo.takeLast();
    m_redo.append(Step{step.text, m_definition});
    m_definition = step.definition;
    m_serverProblems.clear();
    changed();
    emit undoStateChanged();
}

void WorkflowEditorController::redo()
{
    if (m_redo.isEmpty())
        return;
    Step step = m_redo.takeLast();
    m_undo.append(Step{step.text, m_definition});
    m_definition = step.definition;
    m_serverProblems.clear();
    changed();
    emit undoStateChanged();
}

void WorkflowEditorController::revert()
{
    if (hasDefinition())
        adopt(m_loaded);
}

bool WorkflowEditorController::save()
{
    if (!hasDefinition() || isBusy())
        return false;
    if (!m_problems.isEmpty()) {
        emit saveRefused(m_problems);
        return false;
    }
    QCborMap args = m_definition.toCbor();
    args.remove(QStringLiteral("version"));
    if (m_latestVersion > 0)
        args.insert(QStringLiteral("base_version"), m_latestVersion);
    begin();
    const int serial = ++m_loadSerial;
    const QCborMap sent = m_definition.toCbor();
    m_rpc.call(QStringLiteral("workflow.save"), args, this, [this, serial, sent](const Response& response) {
        end();
        if (!response.ok) {
            m_serverProblems = response.error.fields;
            emit problemsChanged();
            emit failed(response.error);
            return;
        }
        const QCborMap map = response.result.toMap();
        const WorkflowDefinition stored = WorkflowDefinition::fromCbor(map);
        m_latestVersion = stored.version;
        if (serial == m_loadSerial) {
            if (m_definition.toCbor() == sent) {
                adopt(stored);
            } else {
                // Edited while the save was on its way: the edits stay, on top of the new version.
                m_loaded = stored;
                m_cleanDepth = -1;
                m_definition.version = stored.version;
                changed();
                emit undoStateChanged();
            }
            listVersions(stored.serviceType, serial);
        }
        emit saved(stored.version);
    });
    return true;
}

void WorkflowEditorController::overwrite()
{
    if (!hasDefinition())
        return;
    QCborMap args;
    args.insert(QStringLiteral("service_type"), m_definition.serviceType);
    begin();
    m_rpc.call(QStringLiteral("workflow.list"), args, this, [this](const Response& response) {
        end();
        if (!response.ok) {
            emit failed(response.error);
            return;
        }
        for (const QCborValue& item : response.result.toMap().value(QStringLiteral("items")).toArray()) {
            const WorkflowHeader header = WorkflowHeader::fromCbor(item.toMap());
            if (header.latest)
                m_latestVersion = header.version;
        }
        save();
    });
}

} // namespace csm::client
