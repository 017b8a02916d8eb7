#include "client/app/busy_indicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace csm::client::ui {

BusyIndicator::BusyIndicator(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(80);
    m_bar->setMaximumHeight(12);
    m_label->setTextFormat(Qt::PlainText);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &BusyIndicator::reveal);
    setVisible(false);
}

void BusyIndicator::setText(const QString& text)
{
    m_label->setText(text);
}

void BusyIndicator::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (busy) {
        m_delay.start();
        return;
    }
    m_delay.stop();
    setVisible(false);
    if (m_cursorTarget)
        m_cursorTarget->unsetCursor();
}

void BusyIndicator::reveal()
{
    if (!m_busy)
        return;
    setVisible(true);
    if (m_cursorTarget)
        m_cursorTarget->setCursor(Qt::BusyCursor);
}

} // namespace csm::client::ui
