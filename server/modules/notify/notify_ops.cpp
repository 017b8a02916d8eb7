#include "server/modules/notify/notify_ops.h"

#include "server/modules/notify/notification_repository.h"
#include "server/modules/notify/notification_service.h"
#include "server/modules/notify/sms_gateway.h"
#include "server/modules/notify/template_repository.h"
#include "server/modules/notify/template_service.h"

#include <spdlog/spdlog.h>

namespace csm::server::notify {

using common::OpId;

namespace {
// How often the delivery task looks for due messages.
constexpr int kDeliveryIntervalSeconds = 10;
} // namespace

void registerNotifyModule(ModuleRegistry& registry, const ServerConfig& config)
{
    registry.addModule(QStringLiteral("notify"), {QStringLiteral("customers")});
    NotificationRepository::registerStatements(registry);
    TemplateRepository::registerStatements(registry);

    registry.addHandler(OpId::NotificationList, [](OpContext& context, const Args& args) -> QCborValue {
        return NotificationService::list(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::NotificationRetry, [](OpContext& context, const Args& args) -> QCborValue {
        return NotificationService::retry(context.tx(), context.session(), args);
    });
    registry.addHandler(OpId::NotificationTemplateList, [](OpContext& context, const Args&) -> QCborValue {
        return TemplateService::list(context.tx());
    });
    registry.addHandler(OpId::NotificationTemplateSet, [](OpContext& context, const Args& args) -> QCborValue {
        return TemplateService::set(context.tx(), context.session(), args);
    });

    SmsGatewayPtr gateway = makeSmsGateway(config);
    DeliverySettings settings;
    settings.maxAttempts = config.smsMaxAttempts;
    registry.addPeriodicTask({QStringLiteral("sms delivery"), kDeliveryIntervalSeconds,
                              [gateway, settings](pqxx::connection& connection) {
                                  const DeliveryCount count = NotificationService::deliverDue(connection, *gateway, settings);
                                  if (count.sent + count.failed > 0)
                                      spdlog::info("notifications via {}: {} sent, {} failed",
                                                   gateway->name().toStdString(), count.sent, count.failed);
                                  return Pushes{};
                              }});
}

} // namespace csm::server::notify
