#include "client/core/desk_text.h"

namespace csm::client {

QString DeskText::stateName(const QString& state)
{
    if (state == QLatin1String("logged_out")) return tr("Logged out");
    if (state == QLatin1String("ready")) return tr("Ready");
    if (state == QLatin1String("not_ready")) return tr("Not ready");
    if (state == QLatin1String("ringing")) return tr("Ringing");
    if (state == QLatin1String("on_call")) return tr("On call");
    if (state == QLatin1String("wrap_up")) return tr("Wrap-up");
    return state;
}

QStringList DeskText::notReadyReasons()
{
    return {QStringLiteral("break"), QStringLiteral("meal"), QStringLiteral("training"), QStringLiteral("meeting"),
            QStringLiteral("other")};
}

QString DeskText::reasonName(const QString& reason)
{
    if (reason == QLatin1String("break")) return tr("Break");
    if (reason == QLatin1String("meal")) return tr("Meal");
    if (reason == QLatin1String("training")) return tr("Training");
    if (reason == QLatin1String("meeting")) return tr("Meeting");
    if (reason == QLatin1String("other")) return tr("Other");
    if (reason == QLatin1String("login")) return tr("Just logged in");
    return reason;
}

QString DeskText::channelName(const QString& channel)
{
    if (channel == QLatin1String("phone_in")) return tr("Inbound call");
    if (channel == QLatin1String("phone_out")) return tr("Outbound call");
    if (channel == QLatin1String("fax")) return tr("Fax");
    if (channel == QLatin1String("email")) return tr("Email");
    if (channel == QLatin1String("web")) return tr("Web form");
    if (channel == QLatin1String("letter")) return tr("Letter");
    if (channel == QLatin1String("walk_in")) return tr("Walk-in");
    if (channel == QLatin1String("sms")) return tr("SMS");
    return channel;
}

QString DeskText::channelSymbol(const QString& channel)
{
    if (channel == QLatin1String("phone_in")) return QStringLiteral("☎↓");
    if (channel == QLatin1String("phone_out")) return QStringLiteral("☎↑");
    if (channel == QLatin1String("fax")) return QStringLiteral("℻");
    if (channel == QLatin1String("email")) return QStringLiteral("✉");
    if (channel == QLatin1String("web")) return QStringLiteral("⊕");
    if (channel == QLatin1String("letter")) return QStringLiteral("✍");
    if (channel == QLatin1String("walk_in")) return QStringLiteral("⌂");
    if (channel == QLatin1String("sms")) return QStringLiteral("✆");
    return QString();
}

QString DeskText::outcomeName(const QString& outcome)
{
    if (outcome == QLatin1String("answered")) return tr("Answered");
    if (outcome == QLatin1String("abandoned")) return tr("Abandoned");
    if (outcome == QLatin1String("timeout")) return tr("Timed out");
    if (outcome == QLatin1String("voicemail")) return tr("Voicemail");
    if (outcome.isEmpty()) return QString();
    return outcome;
}

QString DeskText::callbackStatusName(const QString& status)
{
    if (status == QLatin1String("open")) return tr("Open");
    if (status == QLatin1String("kept")) return tr("Kept");
    if (status == QLatin1String("broken")) return tr("Broken");
    return status;
}

QString DeskText::stateColor(const QString& state)
{
    if (state == QLatin1String("ready")) return QStringLiteral("#2e7d32");       // green
    if (state == QLatin1String("not_ready")) return QStringLiteral("#c62828");   // red
    if (state == QLatin1String("ringing")) return QStringLiteral("#ef6c00");     // orange
    if (state == QLatin1String("on_call")) return QStringLiteral("#1565c0");     // blue
    if (state == QLatin1String("wrap_up")) return QStringLiteral("#6a1b9a");     // purple
    return QStringLiteral("#757575");                                            // grey: logged out
}

} // namespace csm::client
