#pragma once
// A page of the main window (Customers, Administration, …).
#include <QWidget>

namespace csm::client::ui {

class Workspace : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // F5: load the shown data again.
    virtual void refresh() = 0;
};

} // namespace csm::client::ui
