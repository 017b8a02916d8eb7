#pragma once
// Where the desktop client keeps its settings (QSettings organisation "CSM", application
// "csm-client") and the keys it uses.
#include <QLatin1StringView>
#include <QSettings>

namespace csm::client::ui {

inline constexpr auto kSettingsOrganization = "CSM";
inline constexpr auto kSettingsApplication = "csm-client";

namespace settings {
inline constexpr auto kLanguage = "ui/language";          // "zh_CN", "en", or empty (system)
inline constexpr auto kServer = "login/server";           // "host:port"
inline constexpr auto kUsername = "login/username";
inline constexpr auto kWindowGeometry = "ui/main_window_geometry";
} // namespace settings

inline QSettings appSettings()
{
    return QSettings(QString::fromLatin1(kSettingsOrganization), QString::fromLatin1(kSettingsApplication));
}

inline constexpr auto kDefaultServer = "127.0.0.1:7420";

} // namespace csm::client::ui
