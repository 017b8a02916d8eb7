#pragma once
// Small rules shared by the admin services: field formats, error shapes, audit details.
#include "server/rpc/api_error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace csm::server::admin {

inline constexpr int kNameMax = 100;

// Trimmed, inner whitespace collapsed, 1..kNameMax characters; otherwise a validation
// error naming `field`.
QString checkedName(const QString& field, const QString& value);
// Whether `value` matches the whole of `pattern`.
bool matches(const QString& pattern, const QString& value);

// `not_found` that also names the argument that pointed at the missing record.
ApiError notFoundField(const QString& what, const QString& field);
// `conflict` for a taken unique value, naming the field.
ApiError takenField(const QString& field, const QString& message);
// `conflict` for a stale version.
ApiError staleVersion(const QString& what, int current, int given);

// The compact JSON text of an audit detail.
QByteArray auditJson(const QJsonObject& detail);
// {"from": old, "to": new} for one changed field.
QJsonObject change(const QJsonValue& from, const QJsonValue& to);

} // namespace csm::server::admin
