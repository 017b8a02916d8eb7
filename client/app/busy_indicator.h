#pragma once
// A small "working…" indicator that appears only when the work takes longer than a short
// delay (300 ms), so that quick answers do not flicker. Shows a busy cursor over `cursorTarget`.
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace csm::client::ui {

class BusyIndicator : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDelayMs = 300;

    explicit BusyIndicator(QWidget* parent = nullptr);

    void setText(const QString& text);
    void setCursorTarget(QWidget* widget) { m_cursorTarget = widget; }
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

private:
    void reveal();

    QLabel* m_label;
    QProgressBar* m_bar;
    QTimer m_delay;
    QPointer<QWidget> m_cursorTarget;
    bool m_busy = false;
};

} // namespace csm::client::ui
