#include "common/protocol/error_code.h"

#include <array>
#include <utility>

namespace csm::common {
namespace {
constexpr std::array<std::pair<ErrorCode, const char*>, 10> kNames{{
    {ErrorCode::BadRequest, "bad_request"},
    {ErrorCode::Unauthenticated, "unauthenticated"},
    {ErrorCode::PermissionDenied, "permission_denied"},
    {ErrorCode::NotFound, "not_found"},
    {ErrorCode::Validation, "validation"},
    {ErrorCode::Conflict, "conflict"},
    {ErrorCode::Busy, "busy"},
    {ErrorCode::RateLimited, "rate_limited"},
    {ErrorCode::UnsupportedVersion, "unsupported_version"},
    {ErrorCode::Internal, "internal"},
}};
} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto& [value, name] : kNames) {
        if (value == code)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("internal");
}

ErrorCode errorCodeFromName(const QString& name)
{
    for (const auto& [value, text] : kNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return ErrorCode::Internal;
}

bool isRetryable(ErrorCode code)
{
    return code == ErrorCode::Busy || code == ErrorCode::RateLimited;
}

} // namespace csm::common
