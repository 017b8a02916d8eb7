#pragma once
// Administration → SMS templates, the server side: notification.template.list into the model,
// notification.template.set. No widgets here.
#include "common/model/notification_template.h"
#include "common/protocol/message.h"

#include <QObject>

namespace csm::client {

class NotificationTemplateModel;
class RpcClient;

class NotificationTemplateController : public QObject {
    Q_OBJECT
public:
    NotificationTemplateController(RpcClient& rpc, NotificationTemplateModel& model, QObject* parent = nullptr);

    void load();
    // A new template (version 0) or a change of a stored one (its version).
    void save(const common::NotificationTemplate& text);
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_pending > 0; }

signals:
    void loaded();
    void saved(const csm::common::NotificationTemplate& text);
    void failed(const csm::common::ErrorInfo& error);
    void busyChanged(bool busy);

private:
    void begin();
    void end();

    RpcClient& m_rpc;
    NotificationTemplateModel& m_model;
    bool m_loaded = false;
    int m_pending = 0;
};

} // namespace csm::client
