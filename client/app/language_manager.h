#pragma once
// The UI language: the setting "ui/language" ("zh_CN", "en", or empty = the system locale),
// the app's translation (:/i18n/csm_zh_CN.qm) and Qt's own (qtbase_zh_CN). Switching
// installs the new translators at once; widgets that handle QEvent::LanguageChange
// retranslate themselves.
#include <QObject>
#include <QTranslator>

namespace csm::client::ui {

class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);

    // The stored setting ("zh_CN", "en" or empty).
    static QString storedSetting();
    // "zh_CN" or "en" for a setting (empty: from the system locale).
    static QString resolve(const QString& setting);

    // Loads the stored setting (at start-up).
    void applyStored();
    // Switches to "zh_CN" or "en" (or "" = system) and stores the choice.
    void setLanguage(const QString& setting);
    QString current() const { return m_current; }

signals:
    void languageChanged(const QString& language);

private:
    void install(const QString& language);

    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    QString m_current = QStringLiteral("en");
};

} // namespace csm::client::ui
