#pragma once
// The connection state in the status bar: Connected (green), Reconnecting… (amber),
// Offline (red).
#include "client/core/rpc_client.h"

#include <QWidget>

class QLabel;

namespace csm::client::ui {

class ConnectionIndicator : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionIndicator(RpcClient& rpc, QWidget* parent = nullptr);

    QString text() const;
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    RpcClient& m_rpc;
    QLabel* m_dot;
    QLabel* m_text;
    bool m_everConnected = false;
};

} // namespace csm::client::ui
