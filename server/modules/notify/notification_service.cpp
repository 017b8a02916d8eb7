#include "server/modules/notify/notification_service.h"

#include "server/modules/notify/notification_repository.h"
#include "server/rpc/api_error.h"

#include <spdlog/spdlog.h>

#include <QCborArray>

namespace csm::server::notify {

namespace {
constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();
constexpr int kPageDefault = 50;
constexpr int kPageMax = 200;
} // namespace

QCborMap NotificationService::list(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    NotificationFilter filter;
    filter.limit = int(args.optionalInt(QStringLiteral("limit"), 1, kPageMax).value_or(kPageDefault));
    if (const auto cursor = args.optionalString(QStringLiteral("cursor"), 20); cursor && !cursor->isEmpty()) {
        bool ok = false;
        filter.beforeId = cursor->toLongLong(&ok);
        if (!ok || filter.beforeId < 1)
            throw ApiError::validation(QStringLiteral("cursor"), QStringLiteral("is not a cursor of this list"));
    }
    filter.ticketId = args.optionalInt(QStringLiteral("ticket_id"), 1, kMaxId);
    if (const auto status = args.optionalString(QStringLiteral("status"), 20); status && !status->isEmpty()) {
        static const QStringList statuses{QStringLiteral("queued"), QStringLiteral("sent"), QStringLiteral("failed")};
        if (!statuses.contains(*status))
            throw ApiError::validation(QStringLiteral("status"), QStringLiteral("must be one of: queued, sent, failed"));
        filter.status = *status;
    }
    const auto items = NotificationRepository::list(tx, session.orgPath, filter);
    QCborArray array;
    for (const Notification& item : items)
        array.append(item.toCbor());
    QCborMap result;
    result.insert(QStringLiteral("items"), array);
    result.insert(QStringLiteral("cursor"), int(items.size()) == filter.limit
                                                ? QCborValue(QString::number(items.back().id))
                                                : QCborValue(QCborValue::Null));
    return result;
}

QCborMap NotificationService::retry(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const qint64 id = args.requiredInt(QStringLiteral("id"), 1, kMaxId);
    const auto found = NotificationRepository::find(tx, id, session.orgPath, true);
    if (!found)
        throw ApiError::notFound(QStringLiteral("notification"));
    if (found->status != QLatin1String("failed"))
        throw ApiError::validation(QStringLiteral("id"),
                                   QStringLiteral("only a failed notification can be sent again (this one is %1)")
                                       .arg(found->status));
    if (found->recipient.isEmpty())
        throw ApiError::validation(QStringLiteral("id"),
                                   QStringLiteral("the notification has no recipient number; it cannot be sent"));
    NotificationRepository::requeue(tx, id);
    return NotificationRepository::find(tx, id, session.orgPath)->toCbor();
}

DeliveryCount NotificationService::deliverDue(pqxx::connection& connection, SmsGateway& gateway,
                                              const DeliverySettings& settings, const std::optional<QDateTime>& now)
{
    std::vector<Claimed> claimed;
    {
        pqxx::work tx(connection);
        claimed = NotificationRepository::claimDue(tx, settings.batch, now);
        tx.commit();
    }
    DeliveryCount count;
    for (const Claimed& message : claimed) {
        const SmsResult result = gateway.send(message.recipient, message.body);
        pqxx::work tx(connection);
        if (result.sent) {
            NotificationRepository::markSent(tx, message.id);
            ++count.sent;
        } else {
            NotificationRepository::markFailed(tx, message.id, result.error, settings.maxAttempts,
                                               settings.backoffSeconds, now);
            ++count.failed;
            // The id and the gateway's reason only: no phone number or text in the log.
            spdlog::warn("notification {} via {} failed (attempt {}): {}", message.id, gateway.name().toStdString(),
                         message.attempts + 1, result.error.toStdString());
        }
        tx.commit();
    }
    return count;
}

} // namespace csm::server::notify
