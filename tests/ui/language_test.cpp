// The language switch of the login dialog takes effect at once (the zh_CN translation is
// compiled into the app as :/i18n/csm_zh_CN.qm).
#include "tests/ui/ui_test_support.h"

#include "client/app/language_manager.h"
#include "client/app/login_dialog.h"
#include "client/core/rpc_client.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>

using namespace csm;

TEST(Language, TranslationIsCompiledIn)
{
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/csm_zh_CN.qm")));
}

TEST(Language, LoginDialogSwitchesAtOnce)
{
    client::ui::LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    client::RpcClient rpc;
    client::ui::LoginDialog dialog(rpc, language);
    dialog.setCancelQuits(false);
    auto* login = test::child<QPushButton>(&dialog, QStringLiteral("loginButton"));
    EXPECT_EQ(login->text(), QStringLiteral("Log in"));

    auto* box = test::child<QComboBox>(&dialog, QStringLiteral("languageBox"));
    box->setCurrentIndex(box->findData(QStringLiteral("zh_CN")));
    emit box->activated(box->currentIndex());
    EXPECT_TRUE(test::waitFor([&] { return login->text() == QStringLiteral("登录"); }, 5000));
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("登录 — CSM"));
    EXPECT_EQ(client::ui::LanguageManager::storedSetting(), QStringLiteral("zh_CN"));

    box->setCurrentIndex(box->findData(QStringLiteral("en")));
    emit box->activated(box->currentIndex());
    EXPECT_TRUE(test::waitFor([&] { return login->text() == QStringLiteral("Log in"); }, 5000));
}
