#pragma once
// The canvas of the workflow editor: draws a definition (rebuilt after every change; a flow
// has at most 100 states) and turns mouse gestures into requests the page passes to the
// controller — nodes dragged to a new place, a transition dragged from a node's handle (or
// with Shift from anywhere on the node) to another node or back to itself, a double-click.
#include "common/model/workflow.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>
#include <QSet>

class QGraphicsLineItem;

namespace csm::client::ui {

class StateNode;
class TransitionArrow;

class WorkflowScene : public QGraphicsScene {
    Q_OBJECT
public:
    enum class Subject { None, State, Transition };

    explicit WorkflowScene(QObject* parent = nullptr);

    // Draws the definition; the subjects (state or transition codes) with problems are marked.
    // The selection is kept by code.
    void setDefinition(const common::WorkflowDefinition& definition, const QSet<QString>& problemSubjects);

    StateNode* node(const QString& code) const { return m_nodes.value(code); }
    TransitionArrow* arrow(const QString& code) const { return m_arrows.value(code); }
    // Selects one state or transition (clears the selection for None / an unknown code).
    void select(Subject subject, const QString& code);
    // The single selected item (None when nothing or several are selected).
    Subject selectedSubject(QString* code) const;
    QStringList selectedStates() const;
    QStringList selectedTransitions() const;
    // The area every item covers, with a margin.
    QRectF itemsArea() const;

signals:
    void statesMoved(const QHash<QString, QPointF>& positions);
    void connectRequested(const QString& from, const QString& to);
    // Double-click on a state or transition (rename), or on empty canvas (a new state there).
    void itemActivated(csm::client::ui::WorkflowScene::Subject subject, const QString& code);
    void emptyActivated(const QPointF& scenePos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    StateNode* nodeAt(const QPointF& scenePos) const;
    void routeArrows(const common::WorkflowDefinition& definition);
    // How badly an arrow with that bend runs through other states (0: it does not).
    int crossingCost(const StateNode* from, const StateNode* to, double bend) const;
    void placeLabels(const common::WorkflowDefinition& definition);
    void finishConnection(const QPointF& scenePos);

    QHash<QString, StateNode*> m_nodes;
    QHash<QString, TransitionArrow*> m_arrows;
    StateNode* m_connectFrom = nullptr;
    StateNode* m_dropTarget = nullptr;
    bool m_leftSource = false;   // the drag went outside the source state (a drop back on it: a loop)
    QGraphicsLineItem* m_rubberLine = nullptr;
};

} // namespace csm::client::ui
