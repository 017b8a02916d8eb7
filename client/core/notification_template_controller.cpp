#include "client/core/notification_template_controller.h"

#include "client/core/notification_template_model.h"
#include "client/core/rpc_client.h"

#include <QCborArray>

namespace csm::client {

NotificationTemplateController::NotificationTemplateController(RpcClient& rpc, NotificationTemplateModel& model,
                                                               QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_model(model)
{
}

void NotificationTemplateController::begin()
{
    if (m_pending++ == 0)
        emit busyChanged(true);
}

void NotificationTemplateController::end()
{
    if (--m_pending == 0)
        emit busyChanged(false);
}

void NotificationTemplateController::load()
{
    begin();
    m_rpc.call(QStringLiteral("notification.template.list"), {}, this, [this](const common::Response& response) {
        end();
        if (!response.ok) {
            emit failed(response.error);
            return;
        }
        QList<common::NotificationTemplate> templates;
        for (const QCborValue& item : response.result.toMap().value(QStringLiteral("items")).toArray())
            templates.append(common::NotificationTemplate::fromCbor(item.toMap()));
        m_model.setTemplates(templates);
        m_loaded = true;
        emit loaded();
    });
}

void NotificationTemplateController::save(const common::NotificationTemplate& text)
{
    QCborMap args{{QStringLiteral("code"), text.code}, {QStringLiteral("body"), text.body}};
    if (text.version > 0)
        args.insert(QStringLiteral("version"), text.version);
    begin();
    m_rpc.call(QStringLiteral("notification.template.set"), args, this, [this](const common::Response& response) {
        end();
        if (!response.ok) {
            emit failed(response.error);
            return;
        }
        emit saved(common::NotificationTemplate::fromCbor(response.result.toMap()));
        load();
    });
}

} // namespace csm::client
