#include "client/app/workflow_scene.h"

#include "client/app/workflow_items.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QPen>

#include <cmath>

namespace csm::client::ui {

namespace {
constexpr double kParallelSpacing = 26;
// Bends tried, in order, for arrows whose straight line crosses another state.
constexpr double kDetours[] = {30, -30, 50, -50, 70, -70, 90, -90, 120, -120, 150, -150, 200, -200, 250, -250};
} // namespace

WorkflowScene::WorkflowScene(QObject* parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(QColor(0xfb, 0xfb, 0xfc));
}

void WorkflowScene::setDefinition(const common::WorkflowDefinition& definition, const QSet<QString>& problemSubjects)
{
    const QStringList selectedStateCodes = selectedStates();
    const QStringList selectedTransitionCodes = selectedTransitions();
    if (m_rubberLine) {
        removeItem(m_rubberLine);
        delete m_rubberLine;
        m_rubberLine = nullptr;
    }
    m_connectFrom = nullptr;
    m_dropTarget = nullptr;
    clear();
    m_nodes.clear();
    m_arrows.clear();

    for (const common::WorkflowState& state : definition.states) {
        if (m_nodes.contains(state.code))
            continue;   // a duplicate code: the problem list names it
        auto* node = new StateNode(state, problemSubjects.contains(state.code));
        addItem(node);
        m_nodes.insert(state.code, node);
    }
    for (const common::WorkflowTransition& transition : definition.transitions) {
        StateNode* from = m_nodes.value(transition.from);
        StateNode* to = m_nodes.value(transition.to);
        if (!from || !to || m_arrows.contains(transition.code))
            continue;
        auto* arrow = new TransitionArrow(transition, from, to, problemSubjects.contains(transition.code));
        addItem(arrow);
        m_arrows.insert(transition.code, arrow);
    }
    routeArrows(definition);
    placeLabels(definition);
    for (const QString& code : selectedStateCodes)
        if (StateNode* node = m_nodes.value(code))
            node->setSelected(true);
    for (const QString& code : selectedTransitionCodes)
        if (TransitionArrow* arrow = m_arrows.value(code))
            arrow->setSelected(true);
    setSceneRect(itemsArea().adjusted(-400, -300, 400, 300));
}

void WorkflowScene::routeArrows(const common::WorkflowDefinition& definition)
{
    // Arrows between the same two states (either way) bow apart; loops of a state grow; an
    // arrow whose straight line runs through another state bends around it.
    QHash<QString, QList<TransitionArrow*>> pairs;
    QHash<QString, int> loops;
    for (const common::WorkflowTransition& transition : definition.transitions) {
        TransitionArrow* arrow = m_arrows.value(transition.code);
        if (!arrow || arrow->transition().from != transition.from)
            continue;
        if (transition.from == transition.to) {
            arrow->setBend(loops[transition.from]++);
            continue;
        }
        const QString key = transition.from < transition.to ? transition.from + QLatin1Char('\n') + transition.to
                                                            : transition.to + QLatin1Char('\n') + transition.from;
        pairs[key].append(arrow);
    }
    for (const QList<TransitionArrow*>& group : std::as_const(pairs)) {
        StateNode* from = group.front()->fromNode();
        StateNode* to = group.front()->toNode();
        double base = 0;
        int cost = crossingCost(from, to, 0);
        for (double detour : kDetours) {
            if (cost == 0)
                break;
            const int detourCost = crossingCost(from, to, detour);
            if (detourCost < cost) {
                cost = detourCost;
                base = detour;
            }
        }
        const double middle = (group.size() - 1) / 2.0;
        for (int index = 0; index < group.size(); ++index)
            group.at(index)->setBend(base + (index - middle) * kParallelSpacing);
    }
}

int WorkflowScene::crossingCost(const StateNode* from, const StateNode* to, double bend) const
{
    const QPointF a = from->pos();
    const QPointF b = to->pos();
    const QPointF canonical = from->code() < to->code() ? b - a : a - b;
    const double length = std::hypot(canonical.x(), canonical.y());
    if (length < 1)
        return 0;
    const QPointF normal(-canonical.y() / length, canonical.x() / length);
    const QPointF control = (a + b) / 2 + normal * (2 * bend);
    // A point inside a box costs much, one just beside it (where it looks as if it touched) little.
    int cost = 0;
    for (const StateNode* node : m_nodes) {
        if (node == from || node == to)
            continue;
        const QRectF box = node->sceneBox();
        const QRectF near = box.adjusted(-18, -14, 18, 14);
        for (int step = 1; step < 40; ++step) {
            const double t = step / 40.0;
            const QPointF point = (1 - t) * (1 - t) * a + 2 * (1 - t) * t * control + t * t * b;
            cost += box.contains(point) ? 10 : near.contains(point) ? 1 : 0;
        }
    }
    return cost;
}

void WorkflowScene::placeLabels(const common::WorkflowDefinition& definition)
{
    // Each name goes to the first place along its arrow that covers no state and no name
    // placed before it; the middle when there is none.
    static constexpr double kPlaces[] = {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85};
    QList<QRectF> taken;
    for (const StateNode* node : std::as_const(m_nodes))
        taken.append(node->sceneBox().adjusted(-2, -2, 2, 2));
    auto isFree = [&](const QRectF& rect) {
        for (const QRectF& other : std::as_const(taken))
            if (other.intersects(rect))
                return false;
        return true;
    };
    for (const common::WorkflowTransition& transition : definition.transitions) {
        TransitionArrow* arrow = m_arrows.value(transition.code);
        if (!arrow || arrow->transition().from != transition.from)
            continue;
        double chosen = 0.5;
        if (!arrow->isLoop()) {
            for (double place : kPlaces) {
                if (isFree(arrow->labelRectAt(place))) {
                    chosen = place;
                    break;
                }
            }
        }
        arrow->setLabelPosition(chosen);
        taken.append(arrow->labelRect().adjusted(-1, -1, 1, 1));
    }
}

void WorkflowScene::select(Subject subject, const QString& code)
{
    clearSelection();
    QGraphicsItem* item = nullptr;
    if (subject == Subject::State)
        item = m_nodes.value(code);
    else if (subject == Subject::Transition)
        item = m_arrows.value(code);
    if (item)
        item->setSelected(true);
}

WorkflowScene::Subject WorkflowScene::selectedSubject(QString* code) const
{
    const QList<QGraphicsItem*> items = selectedItems();
    if (items.size() != 1)
        return Subject::None;
    if (auto* node = qgraphicsitem_cast<StateNode*>(items.front())) {
        *code = node->code();
        return Subject::State;
    }
    if (auto* arrow = qgraphicsitem_cast<TransitionArrow*>(items.front())) {
        *code = arrow->code();
        return Subject::Transition;
    }
    return Subject::None;
}

QStringList WorkflowScene::selectedStates() const
{
    QStringList codes;
    for (QGraphicsItem* item : selectedItems())
        if (auto* node = qgraphicsitem_cast<StateNode*>(item))
            codes.append(node->code());
    return codes;
}

QStringList WorkflowScene::selectedTransitions() const
{
    QStringList codes;
    for (QGraphicsItem* item : selectedItems())
        if (auto* arrow = qgraphicsitem_cast<TransitionArrow*>(item))
            codes.append(arrow->code());
    return codes;
}

QRectF WorkflowScene::itemsArea() const
{
    QRectF area;
    for (const StateNode* node : m_nodes)
        area = area.united(node->sceneBoundingRect());
    for (const TransitionArrow* arrow : m_arrows)
        area = area.united(arrow->sceneBoundingRect());
    return area.adjusted(-30, -30, 30, 30);
}

StateNode* WorkflowScene::nodeAt(const QPointF& scenePos) const
{
    for (QGraphicsItem* item : items(scenePos))
        if (auto* node = qgraphicsitem_cast<StateNode*>(item))
            return node;
    return nullptr;
}

void WorkflowScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        StateNode* node = nodeAt(event->scenePos());
        if (node && ((event->modifiers() & Qt::ShiftModifier) || node->isOnHandle(node->mapFromScene(event->scenePos())))) {
            m_connectFrom = node;
            m_leftSource = false;
            m_rubberLine = addLine(QLineF(node->pos(), event->scenePos()), QPen(QColor(0x2a, 0x6f, 0xdb), 1.6, Qt::DashLine));
            m_rubberLine->setZValue(2);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
}

void WorkflowScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_connectFrom && m_rubberLine) {
        m_rubberLine->setLine(QLineF(m_connectFrom->pos(), event->scenePos()));
        if (!m_connectFrom->sceneBox().contains(event->scenePos()))
            m_leftSource = true;
        StateNode* target = nodeAt(event->scenePos());
        if (target != m_dropTarget) {
            if (m_dropTarget)
                m_dropTarget->setDropTarget(false);
            m_dropTarget = target;
            if (m_dropTarget)
                m_dropTarget->setDropTarget(true);
        }
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void WorkflowScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_connectFrom) {
        finishConnection(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    // States dragged to a new place.
    QHash<QString, QPointF> moved;
    for (StateNode* node : std::as_const(m_nodes)) {
        const QPointF place(node->state().x, node->state().y);
        if (node->pos() != place)
            moved.insert(node->code(), node->pos());
    }
    if (!moved.isEmpty())
        emit statesMoved(moved);
}

void WorkflowScene::finishConnection(const QPointF& scenePos)
{
    const QString from = m_connectFrom->code();
    StateNode* target = nodeAt(scenePos);
    if (m_dropTarget)
        m_dropTarget->setDropTarget(false);
    m_dropTarget = nullptr;
    m_connectFrom = nullptr;
    if (m_rubberLine) {
        removeItem(m_rubberLine);
        delete m_rubberLine;
        m_rubberLine = nullptr;
    }
    if (target && (target->code() != from || m_leftSource))
        emit connectRequested(from, target->code());   // may rebuild the scene
}

void WorkflowScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    for (QGraphicsItem* item : items(event->scenePos())) {
        if (auto* node = qgraphicsitem_cast<StateNode*>(item)) {
            emit itemActivated(Subject::State, node->code());
            return;
        }
        if (auto* arrow = qgraphicsitem_cast<TransitionArrow*>(item)) {
            emit itemActivated(Subject::Transition, arrow->code());
            return;
        }
    }
    emit emptyActivated(event->scenePos());
}

} // namespace csm::client::ui
