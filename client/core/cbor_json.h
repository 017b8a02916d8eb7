#pragma once
// CBOR ⇄ JSON for csmctl and the logs of tests: maps, arrays, strings, numbers, booleans, null.
#include <QCborValue>
#include <QJsonValue>

namespace csm::client {

QJsonValue cborToJson(const QCborValue& value);
QCborValue jsonToCbor(const QJsonValue& value);

} // namespace csm::client
