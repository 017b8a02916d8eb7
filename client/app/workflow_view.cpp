#include "client/app/workflow_view.h"

#include <QWheelEvent>

namespace csm::client::ui {

namespace {
constexpr double kMinZoom = 0.2;
constexpr double kMaxZoom = 3.0;
constexpr double kStep = 1.15;
} // namespace

WorkflowView::WorkflowView(QGraphicsScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
}

void WorkflowView::scaleBy(double factor)
{
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    const double applied = target / zoom();
    scale(applied, applied);
}

void WorkflowView::zoomIn()
{
    const auto anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    scaleBy(kStep);
    setTransformationAnchor(anchor);
}

void WorkflowView::zoomOut()
{
    const auto anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    scaleBy(1 / kStep);
    setTransformationAnchor(anchor);
}

void WorkflowView::fitToItems(const QRectF& area)
{
    if (area.isEmpty())
        return;
    fitInView(area, Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setTransform(QTransform());
    else if (zoom() < kMinZoom)
        setTransform(QTransform::fromScale(kMinZoom, kMinZoom));
    centerOn(area.center());
}

void WorkflowView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            scaleBy(delta > 0 ? kStep : 1 / kStep);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

} // namespace csm::client::ui
