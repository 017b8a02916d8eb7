#include "client/core/cbor_json.h"

#include <QCborArray>
#include <QCborMap>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace csm::client {

QJsonValue cborToJson(const QCborValue& value)
{
    // QCborValue::toJsonValue is close, but integers must stay integers.
    return value.toJsonValue();
}

QCborValue jsonToCbor(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        QCborMap map;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            map.insert(it.key(), jsonToCbor(it.value()));
        return map;
    }
    case QJsonValue::Array: {
        QCborArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(jsonToCbor(item));
        return array;
    }
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 9.0e15)
            return QCborValue(static_cast<qint64>(number));
        return QCborValue(number);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Null:
        return QCborValue(QCborValue::Null);
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace csm::client
