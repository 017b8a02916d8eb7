#pragma once
// The wording of the desk's codes (agent states, not-ready reasons, channels, call outcomes):
// the server sends codes, the client owns the words.
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace csm::client {

class DeskText {
    Q_DECLARE_TR_FUNCTIONS(csm::client::DeskText)
public:
    static QString stateName(const QString& state);
    // The reasons an agent picks from; other texts are shown as they are.
    static QStringList notReadyReasons();
    static QString reasonName(const QString& reason);
    static QString channelName(const QString& channel);
    // A short symbol for the channel (shown before its name).
    static QString channelSymbol(const QString& channel);
    static QString outcomeName(const QString& outcome);
    static QString callbackStatusName(const QString& status);
    // The colour of a state on the wallboard and the state bar, as "#rrggbb" (the core
    // library has no Qt Gui).
    static QString stateColor(const QString& state);
};

} // namespace csm::client
