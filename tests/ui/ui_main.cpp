// main() of csm_ui_tests: a QApplication first (widgets need it), then the tests.
// Settings go to a throw-away XDG_CONFIG_HOME so that the tests never touch the user's.
#include <gtest/gtest.h>

#include <QApplication>
#include <QTemporaryDir>

int main(int argc, char** argv)
{
    QTemporaryDir config;
    if (config.isValid())
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CSM"));
    QApplication::setApplicationName(QStringLiteral("csm-client-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
