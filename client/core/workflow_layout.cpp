#include "client/core/workflow_layout.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace csm::client {

using common::WorkflowDefinition;
using common::WorkflowState;

bool workflowNodesOverlap(double x1, double y1, double x2, double y2)
{
    return std::abs(x1 - x2) < kWorkflowNodeWidth && std::abs(y1 - y2) < kWorkflowNodeHeight;
}

namespace {
bool covered(const QList<QPointF>& placed, double x, double y)
{
    for (const QPointF& point : placed)
        if (workflowNodesOverlap(point.x(), point.y(), x, y))
            return true;
    return false;
}

// Distance of every state from the start state along the transitions.
QHash<QString, int> depths(const WorkflowDefinition& definition)
{
    QHash<QString, int> depth;
    const QString start = definition.startState();
    if (start.isEmpty())
        return depth;
    depth.insert(start, 0);
    QList<QString> queue{start};
    while (!queue.isEmpty()) {
        const QString current = queue.takeFirst();
        for (const auto& transition : definition.transitions) {
            if (transition.from == current && !depth.contains(transition.to) && definition.state(transition.to)) {
                depth.insert(transition.to, depth.value(current) + 1);
                queue.append(transition.to);
            }
        }
    }
    return depth;
}
} // namespace

QStringList layoutUnplacedStates(WorkflowDefinition& definition)
{
    QList<QPointF> placed;
    QList<int> unplaced;
    for (int index = 0; index < definition.states.size(); ++index) {
        const WorkflowState& state = definition.states.at(index);
        if (covered(placed, state.x, state.y))
            unplaced.append(index);
        else
            placed.append(QPointF(state.x, state.y));
    }
    QStringList moved;
    if (unplaced.isEmpty())
        return moved;

    const QHash<QString, int> depth = depths(definition);
    int deepest = 0;
    for (int value : depth)
        deepest = std::max(deepest, value);
    // Columns start at the left edge of what is placed already (0 for a flow without places).
    double left = 0;
    double top = 0;
    if (!placed.isEmpty()) {
        left = placed.front().x();
        top = placed.front().y();
        for (const QPointF& point : placed) {
            left = std::min(left, point.x());
            top = std::min(top, point.y());
        }
    }
    for (int index : unplaced) {
        WorkflowState& state = definition.states[index];
        const int column = depth.value(state.code, deepest + 1);
        const double x = left + column * kWorkflowColumnStep;
        double y = top;
        while (covered(placed, x, y))
            y += kWorkflowRowStep;
        state.x = x;
        state.y = y;
        placed.append(QPointF(x, y));
        moved.append(state.code);
    }
    return moved;
}

QPointF freeWorkflowPlace(const WorkflowDefinition& definition, double x, double y)
{
    QList<QPointF> placed;
    for (const WorkflowState& state : definition.states)
        placed.append(QPointF(state.x, state.y));
    while (covered(placed, x, y))
        y += kWorkflowRowStep;
    return QPointF(x, y);
}

} // namespace csm::client
