#include "client/app/connection_indicator.h"

#include "client/core/plain_text.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace csm::client::ui {

ConnectionIndicator::ConnectionIndicator(RpcClient& rpc, QWidget* parent)
    : QWidget(parent)
    , m_rpc(rpc)
    , m_dot(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionIndicator"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    m_dot->setTextFormat(Qt::PlainText);
    m_dot->setText(QStringLiteral("●"));
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    connect(&m_rpc, &RpcClient::stateChanged, this, &ConnectionIndicator::refresh);
    refresh();
}

QString ConnectionIndicator::text() const
{
    return m_text->text();
}

void ConnectionIndicator::refresh()
{
    QString text;
    QString colour;
    switch (m_rpc.state()) {
    case RpcClient::State::Authenticated:
        m_everConnected = true;
        text = tr("Connected");
        colour = QStringLiteral("#2e7d32");
        break;
    case RpcClient::State::Connected:
        // Connected without a session: resuming one, or signed out.
        text = m_rpc.token().isEmpty() ? tr("Not signed in") : tr("Reconnecting…");
        colour = QStringLiteral("#ef8f00");
        break;
    case RpcClient::State::Connecting:
        text = m_everConnected ? tr("Reconnecting…") : tr("Connecting…");
        colour = QStringLiteral("#ef8f00");
        break;
    case RpcClient::State::Disconnected:
        text = tr("Offline");
        colour = QStringLiteral("#c62828");
        break;
    }
    m_text->setText(text);
    m_dot->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    m_text->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(colour));
    setToolTip(plainToolTip(tr("Server %1:%2").arg(m_rpc.host()).arg(m_rpc.port())));
}

void ConnectionIndicator::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace csm::client::ui
