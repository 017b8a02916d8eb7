#include "client/app/workflow_items.h"

#include "client/core/workflow_layout.h"
#include "client/core/workflow_text.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace csm::client::ui {

namespace {
constexpr double kHandleRadius = 6;
constexpr double kStartMarkerRadius = 6;
constexpr double kGrid = 10;
const QColor kSelected(0x2a, 0x6f, 0xdb);
const QColor kProblem(0xc6, 0x28, 0x28);
const QColor kLine(0x55, 0x5b, 0x66);

// Canvas text is a little larger than the widgets': a whole flow is usually shown zoomed out.
QFont canvasFont(double factor)
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

QFont nameFont()
{
    QFont font = canvasFont(1.15);
    font.setBold(true);
    return font;
}

QFont codeFont()
{
    return canvasFont(0.9);
}

QFont labelFont()
{
    return canvasFont(1.0);
}

QPointF unit(const QPointF& vector)
{
    const double length = std::hypot(vector.x(), vector.y());
    return length > 0 ? vector / length : QPointF(1, 0);
}
} // namespace

// ---------------------------------------------------------------- StateNode

StateNode::StateNode(const common::WorkflowState& state, bool hasProblem)
    : m_state(state)
    , m_hasProblem(hasProblem)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
    setPos(state.x, state.y);
}

QRectF StateNode::box() const
{
    return QRectF(-kWorkflowNodeWidth / 2, -kWorkflowNodeHeight / 2, kWorkflowNodeWidth, kWorkflowNodeHeight);
}

QRectF StateNode::handleRect() const
{
    return QRectF(kWorkflowNodeWidth / 2 - kHandleRadius, -kHandleRadius, 2 * kHandleRadius, 2 * kHandleRadius);
}

QRectF StateNode::sceneBox() const
{
    return box().translated(pos());
}

bool StateNode::isOnHandle(const QPointF& point) const
{
    return handleRect().adjusted(-3, -3, 3, 3).contains(point);
}

QPointF StateNode::edgePoint(const QPointF& sceneTarget) const
{
    const QPointF direction = sceneTarget - pos();
    const double dx = std::abs(direction.x());
    const double dy = std::abs(direction.y());
    if (dx < 1e-6 && dy < 1e-6)
        return pos();
    const double scale = std::min(dx > 1e-6 ? (kWorkflowNodeWidth / 2) / dx : 1e9,
                                  dy > 1e-6 ? (kWorkflowNodeHeight / 2) / dy : 1e9);
    return pos() + direction * scale;
}

void StateNode::setDropTarget(bool on)
{
    if (m_dropTarget != on) {
        m_dropTarget = on;
        update();
    }
}

QRectF StateNode::boundingRect() const
{
    return box().adjusted(-3 * kStartMarkerRadius - 4, -4, kHandleRadius + 4, 4);
}

QPainterPath StateNode::shape() const
{
    QPainterPath path;
    path.addRoundedRect(box(), 8, 8);
    path.addEllipse(handleRect());
    return path;
}

void StateNode::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    const QRectF rect = box();
    const bool start = m_state.kind == common::WorkflowStateKind::Start;
    const bool end = m_state.kind == common::WorkflowStateKind::End;

    QPen pen(m_hasProblem ? kProblem : kLine, start ? 2.6 : 1.4);
    if (m_hasProblem)
        pen.setStyle(Qt::DashLine);
    if (selected || m_dropTarget) {
        pen.setColor(kSelected);
        pen.setWidthF(2.8);
        pen.setStyle(Qt::SolidLine);
    }
    painter->setPen(pen);
    painter->setBrush(QColor(WorkflowText::categoryColor(m_state.effectiveCategory())));
    painter->drawRoundedRect(rect, 8, 8);
    if (end) {
        QPen inner = pen;
        inner.setWidthF(1.2);
        painter->setPen(inner);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect.adjusted(3.5, 3.5, -3.5, -3.5), 5, 5);
    }
    if (start) {
        // The start marker: a filled dot with a short line into the box (as in UML).
        const QPointF dot(rect.left() - 2 * kStartMarkerRadius - 2, 0);
        painter->setPen(QPen(kLine, 1.6));
        painter->drawLine(dot + QPointF(kStartMarkerRadius, 0), QPointF(rect.left(), 0));
        painter->setBrush(QColor(0x2e, 0x34, 0x40));
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(dot, kStartMarkerRadius, kStartMarkerRadius);
    }

    // The name (elided to the box), the code below it.
    const QRectF textRect = rect.adjusted(7, 3, -7, -3);
    const QFontMetricsF nameMetrics(nameFont());
    const QFontMetricsF codeMetrics(codeFont());
    const double total = nameMetrics.height() + codeMetrics.height();
    const double top = textRect.center().y() - total / 2;
    painter->setPen(QColor(0x1d, 0x21, 0x29));
    painter->setFont(nameFont());
    painter->drawText(QRectF(textRect.left(), top, textRect.width(), nameMetrics.height()), Qt::AlignCenter,
                      nameMetrics.elidedText(m_state.name, Qt::ElideRight, textRect.width()));
    painter->setPen(QColor(0x5f, 0x66, 0x70));
    painter->setFont(codeFont());
    painter->drawText(QRectF(textRect.left(), top + nameMetrics.height(), textRect.width(), codeMetrics.height()),
                      Qt::AlignCenter, codeMetrics.elidedText(m_state.code, Qt::ElideMiddle, textRect.width()));

    if (m_hovered || selected) {
        painter->setPen(QPen(kSelected, 1.2));
        painter->setBrush(Qt::white);
        painter->drawEllipse(handleRect());
        painter->setBrush(kSelected);
        painter->drawEllipse(handleRect().center(), 2.5, 2.5);
    }
}

QVariant StateNode::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionChange) {
        const QPointF point = value.toPointF();
        return QPointF(std::round(point.x() / kGrid) * kGrid, std::round(point.y() / kGrid) * kGrid);
    }
    if (change == ItemPositionHasChanged) {
        for (TransitionArrow* arrow : std::as_const(m_arrows))
            arrow->updateGeometry();
    }
    return QGraphicsItem::itemChange(change, value);
}

void StateNode::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void StateNode::hoverMoveEvent(QGraphicsSceneHoverEvent* event)
{
    setCursor(isOnHandle(event->pos()) ? Qt::CrossCursor : Qt::ArrowCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

void StateNode::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = false;
    unsetCursor();
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

// ---------------------------------------------------------------- TransitionArrow

TransitionArrow::TransitionArrow(const common::WorkflowTransition& transition, StateNode* from, StateNode* to,
                                 bool hasProblem)
    : m_transition(transition)
    , m_from(from)
    , m_to(to)
    , m_hasProblem(hasProblem)
{
    setFlags(ItemIsSelectable);
    setZValue(0);
    from->addArrow(this);
    if (to != from)
        to->addArrow(this);
    updateGeometry();
}

void TransitionArrow::setBend(double bend)
{
    m_bend = bend;
    updateGeometry();
}

void TransitionArrow::updateGeometry()
{
    prepareGeometryChange();
    m_path = QPainterPath();
    QPointF end;
    QPointF direction;
    if (m_from == m_to) {
        // A loop over the top of the box; the n-th loop of a state is larger.
        const QRectF box = m_from->sceneBox();
        const double cx = box.center().x();
        const double spread = 16 + m_bend * 10;
        const double height = 44 + m_bend * 22;
        const QPointF start(cx - spread, box.top());
        end = QPointF(cx + spread, box.top());
        const QPointF c1(cx - spread - 34, box.top() - height);
        const QPointF c2(cx + spread + 34, box.top() - height);
        m_path.moveTo(start);
        m_path.cubicTo(c1, c2, end);
        direction = end - c2;
    } else {
        const QPointF a = m_from->pos();
        const QPointF b = m_to->pos();
        // The bend is measured on the normal of the pair's canonical direction, so that the
        // arrows both ways between two states bow apart.
        const bool forward = m_from->code() < m_to->code();
        const QPointF along = unit(forward ? b - a : a - b);
        const QPointF normal(-along.y(), along.x());
        if (std::abs(m_bend) < 0.5) {
            const QPointF start = m_from->edgePoint(b);
            end = m_to->edgePoint(a);
            m_path.moveTo(start);
            m_path.lineTo(end);
            direction = end - start;
        } else {
            const QPointF control = (a + b) / 2 + normal * (2 * m_bend);
            const QPointF start = m_from->edgePoint(control);
            end = m_to->edgePoint(control);
            m_path.moveTo(start);
            m_path.quadTo(control, end);
            direction = end - control;
        }
    }
    const QPointF tip = unit(direction);
    const QPointF side(-tip.y(), tip.x());
    m_head = QPolygonF({end, end - tip * 11 + side * 5, end - tip * 11 - side * 5});

    const QString label = m_transition.name.isEmpty() ? m_transition.code : m_transition.name;
    const QFontMetricsF metrics(labelFont());
    m_labelSize = QSizeF(metrics.horizontalAdvance(label) + 8, metrics.height() + 2);
    m_labelRect = labelRectAt(m_labelT);
    update();
}

QRectF TransitionArrow::labelRectAt(double t) const
{
    QPointF center = m_path.pointAtPercent(isLoop() ? 0.5 : std::clamp(t, 0.05, 0.95));
    if (isLoop())
        center.ry() -= m_labelSize.height() / 2;
    return QRectF(center - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2), m_labelSize);
}

void TransitionArrow::setLabelPosition(double t)
{
    prepareGeometryChange();
    m_labelT = t;
    m_labelRect = labelRectAt(t);
    update();
}

QRectF TransitionArrow::boundingRect() const
{
    return m_path.boundingRect().united(m_head.boundingRect()).united(m_labelRect).adjusted(-4, -4, 4, 4);
}

QPainterPath TransitionArrow::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(9);
    QPainterPath shape = stroker.createStroke(m_path);
    shape.addPolygon(m_head);
    shape.addRect(m_labelRect);
    return shape.simplified();
}

void TransitionArrow::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    QColor color = m_hasProblem ? kProblem : kLine;
    if (selected)
        color = kSelected;
    QPen pen(color, selected ? 2.4 : 1.4);
    if (m_hasProblem && !selected)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_head);

    painter->setPen(selected ? QPen(kSelected, 1) : QPen(QColor(0xc8, 0xcc, 0xd2), 0.8));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(m_labelRect, 3, 3);
    painter->setPen(selected ? kSelected : QColor(0x1d, 0x21, 0x29));
    painter->setFont(labelFont());
    painter->drawText(m_labelRect, Qt::AlignCenter, m_transition.name.isEmpty() ? m_transition.code : m_transition.name);
}

} // namespace csm::client::ui
