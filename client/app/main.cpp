// csm-client: the desktop client of the after-sales service center.
//   csm-client [--server HOST:PORT] [--user U --password P]
// With a user and a password (options or CSM_USER / CSM_PASSWORD) it signs in at once.
#include "client/app/app_settings.h"
#include "client/app/client_app.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QString::fromLatin1(csm::client::ui::kSettingsOrganization));
    QApplication::setApplicationName(QString::fromLatin1(csm::client::ui::kSettingsApplication));
    QApplication::setApplicationVersion(QStringLiteral(CSM_VERSION_STRING));

    const auto options = csm::client::ui::ClientApp::parseCommandLine(QApplication::arguments());
    csm::client::ui::ClientApp client;
    client.start(options);
    return QApplication::exec();
}
