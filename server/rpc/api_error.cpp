#include "server/rpc/api_error.h"

namespace csm::server {

using common::ErrorCode;

ApiError::ApiError(ErrorCode code, QString message, QMap<QString, QString> fields)
{
    m_info.code = code;
    m_info.message = std::move(message);
    m_info.fields = std::move(fields);
    m_what = (common::errorCodeName(code) + QStringLiteral(": ") + m_info.message).toStdString();
}

ApiError ApiError::badRequest(const QString& message)
{
    return ApiError(ErrorCode::BadRequest, message);
}

ApiError ApiError::validation(const QString& field, const QString& problem)
{
    return ApiError(ErrorCode::Validation, QStringLiteral("%1: %2").arg(field, problem), {{field, problem}});
}

ApiError ApiError::validation(QMap<QString, QString> fields)
{
    QStringList parts;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        parts.append(QStringLiteral("%1: %2").arg(it.key(), it.value()));
    return ApiError(ErrorCode::Validation, parts.join(QStringLiteral("; ")), std::move(fields));
}

ApiError ApiError::notFound(const QString& what)
{
    return ApiError(ErrorCode::NotFound, QStringLiteral("%1 not found").arg(what));
}

ApiError ApiError::conflict(const QString& message)
{
    return ApiError(ErrorCode::Conflict, message);
}

ApiError ApiError::permissionDenied(const QString& message)
{
    return ApiError(ErrorCode::PermissionDenied, message);
}

ApiError ApiError::unauthenticated(const QString& message)
{
    return ApiError(ErrorCode::Unauthenticated, message);
}

} // namespace csm::server
