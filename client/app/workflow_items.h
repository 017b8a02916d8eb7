#pragma once
// The items of the workflow canvas: a state is a box coloured by its category (the start state
// with a marker and a thick border, end states with a double border) with a handle on its right
// edge to drag a new transition from; a transition is an arrow with its name, bent apart from
// the other transitions between the same two states and around boxes in its way.
#include "common/model/workflow.h"

#include <QGraphicsItem>
#include <QGraphicsPathItem>

namespace csm::client::ui {

class TransitionArrow;

class StateNode : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    StateNode(const common::WorkflowState& state, bool hasProblem);

    int type() const override { return Type; }
    const QString& code() const { return m_state.code; }
    const common::WorkflowState& state() const { return m_state; }
    // The box in scene coordinates.
    QRectF sceneBox() const;
    // True when the point (item coordinates) is on the handle that starts a new transition.
    bool isOnHandle(const QPointF& point) const;
    // Where the line from the centre towards `sceneTarget` leaves the box (scene coordinates).
    QPointF edgePoint(const QPointF& sceneTarget) const;
    void setDropTarget(bool on);

    void addArrow(TransitionArrow* arrow) { m_arrows.append(arrow); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    QRectF box() const;
    QRectF handleRect() const;

    common::WorkflowState m_state;
    bool m_hasProblem;
    bool m_hovered = false;
    bool m_dropTarget = false;
    QList<TransitionArrow*> m_arrows;
};

class TransitionArrow : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    TransitionArrow(const common::WorkflowTransition& transition, StateNode* from, StateNode* to, bool hasProblem);

    int type() const override { return Type; }
    const QString& code() const { return m_transition.code; }
    const common::WorkflowTransition& transition() const { return m_transition; }
    StateNode* fromNode() const { return m_from; }
    StateNode* toNode() const { return m_to; }
    // How far the arrow bows out of the straight line (scene units, signed; for a loop: which
    // loop of the state it is).
    void setBend(double bend);
    double bend() const { return m_bend; }
    // Follows the states after they moved.
    void updateGeometry();
    // Where along the arrow its name is (0: the start, 1: the end; 0.5 by default).
    void setLabelPosition(double t);
    // The box of the name if it were at `t` (scene coordinates).
    QRectF labelRectAt(double t) const;
    QRectF labelRect() const { return m_labelRect; }
    bool isLoop() const { return m_from == m_to; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    common::WorkflowTransition m_transition;
    StateNode* m_from;
    StateNode* m_to;
    bool m_hasProblem;
    double m_bend = 0;
    double m_labelT = 0.5;
    QPainterPath m_path;
    QPolygonF m_head;
    QSizeF m_labelSize;
    QRectF m_labelRect;
};

} // namespace csm::client::ui
