#include "client/app/language_manager.h"

#include "client/app/app_settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace csm::client::ui {

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{
}

QString LanguageManager::storedSetting()
{
    return appSettings().value(QLatin1String(settings::kLanguage)).toString();
}

QString LanguageManager::resolve(const QString& setting)
{
    if (setting == QLatin1String("zh_CN") || setting == QLatin1String("en"))
        return setting;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void LanguageManager::applyStored()
{
    install(resolve(storedSetting()));
}

void LanguageManager::setLanguage(const QString& setting)
{
    appSettings().setValue(QLatin1String(settings::kLanguage), setting);
    const QString language = resolve(setting);
    if (language == m_current)
        return;
    install(language);
    emit languageChanged(language);
}

void LanguageManager::install(const QString& language)
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_appInstalled = m_qtInstalled = false;
    m_current = language;
    if (language == QLatin1String("zh_CN")) {
        if (m_qt.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
        if (m_app.load(QStringLiteral(":/i18n/csm_zh_CN.qm")))
            m_appInstalled = QCoreApplication::installTranslator(&m_app);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
}

} // namespace csm::client::ui
