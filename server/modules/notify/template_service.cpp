#include "server/modules/notify/template_service.h"

#include "common/model/notification_template.h"
#include "server/modules/notify/template_repository.h"
#include "server/rpc/api_error.h"

#include <QCborArray>

#include <limits>

namespace csm::server::notify {

QCborMap TemplateService::list(pqxx::transaction_base& tx)
{
    QCborArray items;
    for (const common::NotificationTemplate& t : TemplateRepository::all(tx))
        items.append(t.toCbor());
    QCborArray placeholders;
    for (const QString& name : common::notificationPlaceholders())
        placeholders.append(name);
    return QCborMap{{QStringLiteral("items"), items}, {QStringLiteral("placeholders"), placeholders}};
}

QCborMap TemplateService::set(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const QString code = args.requiredString(QStringLiteral("code"), common::kNotificationTemplateCodeMax);
    if (const QString problem = common::notificationTemplateCodeProblem(code); !problem.isEmpty())
        throw ApiError::validation(QStringLiteral("code"), problem);
    const QString body = args.requiredString(QStringLiteral("body"), common::kNotificationTemplateBodyMax);
    if (const QString problem = common::notificationTemplateBodyProblem(body); !problem.isEmpty())
        throw ApiError::validation(QStringLiteral("body"), problem);
    const auto version = args.optionalInt(QStringLiteral("version"), 1, std::numeric_limits<int>::max());
    std::optional<common::NotificationTemplate> saved;
    if (!version) {
        saved = TemplateRepository::insert(tx, code, body, session.userId);
        if (!saved)
            throw ApiError::conflict(QStringLiteral("a template %1 exists already; send its version").arg(code));
    } else {
        saved = TemplateRepository::update(tx, code, body, int(*version), session.userId);
        if (!saved) {
            if (!TemplateRepository::exists(tx, code))
                throw ApiError::notFound(QStringLiteral("template %1").arg(code));
            throw ApiError::conflict(QStringLiteral("the template %1 was changed by someone else; reload it").arg(code));
        }
    }
    const QCborMap result = saved->toCbor();
    TemplateRepository::audit(tx, session.userId, QStringLiteral("notification.template.set"), result);
    return result;
}

} // namespace csm::server::notify
