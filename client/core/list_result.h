#pragma once
// Reads the list part of an op's result, whether the server sends a bare array or a map
// with the list under "items" (or another given key).
#include <QCborArray>
#include <QCborValue>
#include <QString>

namespace csm::client {

inline QCborArray listResult(const QCborValue& result, const QString& key = QStringLiteral("items"))
{
    if (result.isArray())
        return result.toArray();
    const QCborMap map = result.toMap();
    if (map.contains(key))
        return map.value(key).toArray();
    return map.value(QStringLiteral("items")).toArray();
}

} // namespace csm::client
