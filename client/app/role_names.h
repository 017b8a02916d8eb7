#pragma once
// How role and permission codes are worded in the UI (the server sends codes; the client
// owns the wording). Unknown codes show as the server's name or the code.
#include <QString>
#include <QStringList>

namespace csm::client::ui {

QString roleDisplayName(const QString& code, const QString& serverName = {});
QString permissionDisplayName(const QString& code, const QString& serverDescription = {});
QString orgKindDisplayName(const QString& kind);
// The role codes every install has (used when the role list cannot be read).
QStringList knownRoleCodes();

} // namespace csm::client::ui
