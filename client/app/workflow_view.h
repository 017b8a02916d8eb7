#pragma once
// The view of the workflow canvas: Ctrl+wheel zooms around the pointer, the wheel alone
// scrolls; zoom in/out/fit; rubber-band selection on empty canvas.
#include <QGraphicsView>

namespace csm::client::ui {

class WorkflowView : public QGraphicsView {
    Q_OBJECT
public:
    explicit WorkflowView(QGraphicsScene* scene, QWidget* parent = nullptr);

    void zoomIn();
    void zoomOut();
    // Shows every item (not larger than 1:1).
    void fitToItems(const QRectF& area);
    double zoom() const { return transform().m11(); }

protected:
    void wheelEvent(QWheelEvent* event) override;

private:
    void scaleBy(double factor);
};

} // namespace csm::client::ui
