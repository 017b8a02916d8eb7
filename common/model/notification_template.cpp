#include "common/model/notification_template.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace csm::common {

const QStringList& notificationPlaceholders()
{
    static const QStringList names{QStringLiteral("number"), QStringLiteral("unit"), QStringLiteral("technician"),
                                   QStringLiteral("appointment"), QStringLiteral("state")};
    return names;
}

QString renderNotificationTemplate(QString body, const NotificationValues& values)
{
    body.replace(QStringLiteral("{number}"), values.number);
    body.replace(QStringLiteral("{unit}"), values.unit);
    body.replace(QStringLiteral("{technician}"), values.technician);
    body.replace(QStringLiteral("{appointment}"), values.appointment);
    body.replace(QStringLiteral("{state}"), values.state);
    return body;
}

QString notificationAppointmentText(const QDateTime& start, const QDateTime& end)
{
    if (!start.isValid())
        return QStringLiteral("待网点与您确认");
    const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    const QDateTime from = start.toTimeZone(zone);
    QString text = QStringLiteral("%1月%2日 %3").arg(from.date().month()).arg(from.date().day())
                       .arg(from.toString(QStringLiteral("HH:mm")));
    if (end.isValid()) {
        const QDateTime until = end.toTimeZone(zone);
        text += QLatin1Char('-');
        if (until.date() != from.date())
            text += QStringLiteral("%1月%2日 ").arg(until.date().month()).arg(until.date().day());
        text += until.toString(QStringLiteral("HH:mm"));
    }
    return text;
}

QString notificationTemplateCodeProblem(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]+(\\.[a-z0-9_]+)*$"));
    if (code.isEmpty() || code.size() > kNotificationTemplateCodeMax || !pattern.match(code).hasMatch())
        return QStringLiteral("must be 1–%1 lower-case letters, digits or '_' in parts separated by '.' (e.g. ticket.completed)")
            .arg(kNotificationTemplateCodeMax);
    return {};
}

QString notificationTemplateBodyProblem(const QString& body)
{
    if (body.trimmed().isEmpty())
        return QStringLiteral("is required");
    if (body.size() > kNotificationTemplateBodyMax)
        return QStringLiteral("must be at most %1 characters").arg(kNotificationTemplateBodyMax);
    const QString known = QStringLiteral("{") + notificationPlaceholders().join(QStringLiteral("}, {")) + QStringLiteral("}");
    int at = 0;
    while (at < body.size()) {
        const int open = body.indexOf(QLatin1Char('{'), at);
        const int close = body.indexOf(QLatin1Char('}'), at);
        if (open < 0 && close < 0)
            break;
        if (open < 0 || (close >= 0 && close < open))
            return QStringLiteral("has a '}' without a '{' before it; placeholders are %1").arg(known);
        const int end = body.indexOf(QLatin1Char('}'), open + 1);
        const int nextOpen = body.indexOf(QLatin1Char('{'), open + 1);
        if (end < 0 || (nextOpen >= 0 && nextOpen < end))
            return QStringLiteral("has a '{' without a '}' after it; placeholders are %1").arg(known);
        const QString name = body.mid(open + 1, end - open - 1);
        if (!notificationPlaceholders().contains(name))
            return QStringLiteral("uses the unknown placeholder {%1}; placeholders are %2").arg(name, known);
        at = end + 1;
    }
    return {};
}

QCborMap NotificationTemplate::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("code"), code);
    map.insert(QStringLiteral("body"), body);
    map.insert(QStringLiteral("version"), version);
    map.insert(QStringLiteral("updated_at"), updatedAt.isValid() ? QCborValue(updatedAt.toUTC().toString(Qt::ISODateWithMs))
                                                                 : QCborValue(QCborValue::Null));
    return map;
}

NotificationTemplate NotificationTemplate::fromCbor(const QCborMap& map)
{
    NotificationTemplate t;
    t.code = map.value(QStringLiteral("code")).toString();
    t.body = map.value(QStringLiteral("body")).toString();
    t.version = int(map.value(QStringLiteral("version")).toInteger());
    t.updatedAt = QDateTime::fromString(map.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
    return t;
}

} // namespace csm::common
