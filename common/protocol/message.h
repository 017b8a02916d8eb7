#pragma once
// The three message shapes on the wire:
//   request  {id, op, args, idem?}
//   response {id, ok, result | error{code, message, fields, retryable}}
//   event    {event, data}
#include "common/protocol/error_code.h"

#include <QCborMap>
#include <QCborValue>
#include <QMap>
#include <QString>

#include <optional>

namespace csm::common {

struct ErrorInfo {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QMap<QString, QString> fields;   // field name → problem (validation)

    QCborMap toCbor() const;
    static ErrorInfo fromCbor(const QCborMap& map);
};

struct Request {
    qint64 id = 0;
    QString op;
    QCborMap args;
    QString idempotencyKey;          // empty when none

    QCborMap toCbor() const;
    // nullopt with `error` set when the map is not a well-formed request.
    static std::optional<Request> fromCbor(const QCborMap& map, QString& error);
};

struct Response {
    qint64 id = 0;
    bool ok = true;
    QCborValue result;
    ErrorInfo error;

    static Response success(qint64 id, QCborValue result);
    static Response failure(qint64 id, ErrorInfo error);
    QCborMap toCbor() const;
    static std::optional<Response> fromCbor(const QCborMap& map, QString& error);
};

struct Event {
    QString name;
    QCborValue data;

    QCborMap toCbor() const;
    static std::optional<Event> fromCbor(const QCborMap& map);
};

// Classifies an incoming map: a response has "ok", an event has "event".
bool isEventMessage(const QCborMap& map);

} // namespace csm::common
