#include "common/protocol/message.h"

namespace csm::common {
namespace {
const QString kId = QStringLiteral("id");
const QString kOp = QStringLiteral("op");
const QString kArgs = QStringLiteral("args");
const QString kIdem = QStringLiteral("idem");
const QString kOk = QStringLiteral("ok");
const QString kResult = QStringLiteral("result");
const QString kError = QStringLiteral("error");
const QString kCode = QStringLiteral("code");
const QString kMessage = QStringLiteral("message");
const QString kFields = QStringLiteral("fields");
const QString kRetryable = QStringLiteral("retryable");
const QString kEvent = QStringLiteral("event");
const QString kData = QStringLiteral("data");
constexpr qsizetype kMaxOpNameLength = 64;
constexpr qsizetype kMaxIdemLength = 128;
} // namespace

QCborMap ErrorInfo::toCbor() const
{
    QCborMap map;
    map.insert(kCode, errorCodeName(code));
    map.insert(kMessage, message);
    if (!fields.isEmpty()) {
        QCborMap fieldMap;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            fieldMap.insert(it.key(), it.value());
        map.insert(kFields, fieldMap);
    }
    if (isRetryable(code))
        map.insert(kRetryable, true);
    return map;
}

ErrorInfo ErrorInfo::fromCbor(const QCborMap& map)
{
    ErrorInfo info;
    info.code = errorCodeFromName(map.value(kCode).toString());
    info.message = map.value(kMessage).toString();
    const QCborMap fieldMap = map.value(kFields).toMap();
    for (auto it = fieldMap.cbegin(); it != fieldMap.cend(); ++it)
        info.fields.insert(it.key().toString(), it.value().toString());
    return info;
}

QCborMap Request::toCbor() const
{
    QCborMap map;
    map.insert(kId, id);
    map.insert(kOp, op);
    map.insert(kArgs, args);
    if (!idempotencyKey.isEmpty())
        map.insert(kIdem, idempotencyKey);
    return map;
}

std::optional<Request> Request::fromCbor(const QCborMap& map, QString& error)
{
    Request request;
    const QCborValue id = map.value(kId);
    if (!id.isInteger() || id.toInteger() < 0) {
        error = QStringLiteral("request id must be a non-negative integer");
        return std::nullopt;
    }
    request.id = id.toInteger();
    const QCborValue op = map.value(kOp);
    if (!op.isString() || op.toString().isEmpty() || op.toString().size() > kMaxOpNameLength) {
        error = QStringLiteral("request op must be a non-empty string");
        return std::nullopt;
    }
    request.op = op.toString();
    const QCborValue args = map.value(kArgs);
    if (args.isMap()) {
        request.args = args.toMap();
    } else if (!args.isUndefined() && !args.isNull()) {
        error = QStringLiteral("request args must be a map");
        return std::nullopt;
    }
    const QCborValue idem = map.value(kIdem);
    if (idem.isString() && !idem.toString().isEmpty()) {
        if (idem.toString().size() > kMaxIdemLength) {
            error = QStringLiteral("idempotency key is too long");
            return std::nullopt;
        }
        request.idempotencyKey = idem.toString();
    } else if (!idem.isUndefined() && !idem.isNull() && !idem.isString()) {
        error = QStringLiteral("idem must be a string");
        return std::nullopt;
    }
    return request;
}

Response Response::success(qint64 id, QCborValue result)
{
    Response response;
    response.id = id;
    response.ok = true;
    response.result = std::move(result);
    return response;
}

Response Response::failure(qint64 id, ErrorInfo error)
{
    Response response;
    response.id = id;
    response.ok = false;
    response.error = std::move(error);
    return response;
}

QCborMap Response::toCbor() const
{
    QCborMap map;
    map.insert(kId, id);
    map.insert(kOk, ok);
    if (ok)
        map.insert(kResult, result);
    else
        map.insert(kError, error.toCbor());
    return map;
}

std::optional<Response> Response::fromCbor(const QCborMap& map, QString& error)
{
    const QCborValue id = map.value(kId);
    const QCborValue ok = map.value(kOk);
    if (!id.isInteger() || !ok.isBool()) {
        error = QStringLiteral("response needs an integer id and a boolean ok");
        return std::nullopt;
    }
    Response response;
    response.id = id.toInteger();
    response.ok = ok.toBool();
    if (response.ok)
        response.result = map.value(kResult);
    else
        response.error = ErrorInfo::fromCbor(map.value(kError).toMap());
    return response;
}

QCborMap Event::toCbor() const
{
    QCborMap map;
    map.insert(kEvent, name);
    map.insert(kData, data);
    return map;
}

std::optional<Event> Event::fromCbor(const QCborMap& map)
{
    const QCborValue name = map.value(kEvent);
    if (!name.isString())
        return std::nullopt;
    return Event{name.toString(), map.value(kData)};
}

bool isEventMessage(const QCborMap& map)
{
    return map.contains(kEvent);
}

} // namespace csm::common
