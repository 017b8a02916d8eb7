#include "server/modules/admin/admin_rules.h"

#include "common/domain/text_rules.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace csm::server::admin {

QString checkedName(const QString& field, const QString& value)
{
    const QString name = common::simplifiedText(value);
    if (name.isEmpty())
        throw ApiError::validation(field, QStringLiteral("is required"));
    if (common::textLength(name) > kNameMax)
        throw ApiError::validation(field, QStringLiteral("must be at most %1 characters").arg(kNameMax));
    return name;
}

bool matches(const QString& pattern, const QString& value)
{
    const QRegularExpression expression(QRegularExpression::anchoredPattern(pattern));
    return expression.match(value).hasMatch();
}

ApiError notFoundField(const QString& what, const QString& field)
{
    return ApiError(common::ErrorCode::NotFound, QStringLiteral("%1 not found").arg(what),
                    {{field, QStringLiteral("not found")}});
}

ApiError takenField(const QString& field, const QString& message)
{
    return ApiError(common::ErrorCode::Conflict, message, {{field, QStringLiteral("is already taken")}});
}

ApiError staleVersion(const QString& what, int current, int given)
{
    return ApiError::conflict(QStringLiteral("the %1 was changed by someone else (version %2, yours %3); reload it")
                                  .arg(what).arg(current).arg(given));
}

QByteArray auditJson(const QJsonObject& detail)
{
    return QJsonDocument(detail).toJson(QJsonDocument::Compact);
}

QJsonObject change(const QJsonValue& from, const QJsonValue& to)
{
    return QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
}

} // namespace csm::server::admin
