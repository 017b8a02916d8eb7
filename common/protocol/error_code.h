#pragma once
#include <QString>

namespace csm::common {

// The fixed set of error codes that cross the wire. Stable, never translated;
// clients switch on them and never parse messages.
enum class ErrorCode {
    BadRequest,
    Unauthenticated,
    PermissionDenied,
    NotFound,
    Validation,
    Conflict,
    Busy,
    RateLimited,
    UnsupportedVersion,
    Internal,
};

QString errorCodeName(ErrorCode code);
// Unknown names map to Internal.
ErrorCode errorCodeFromName(const QString& name);
// Whether a client may resend the same request later and expect it to work.
bool isRetryable(ErrorCode code);

} // namespace csm::common
