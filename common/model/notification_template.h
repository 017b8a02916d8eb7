#pragma once
// SMS templates (notification_template) as both sides see them: the placeholders the delivery
// code fills in, the rendering of a template for an order (the server's outbox and the admin's
// preview use the same function), and the rules a template's code and text must follow.
#include <QCborMap>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace csm::common {

inline constexpr int kNotificationTemplateCodeMax = 40;
inline constexpr int kNotificationTemplateBodyMax = 500;

// The placeholder names a template may use, written {name} in its text, in this order:
// number, unit, technician, appointment, state.
const QStringList& notificationPlaceholders();

// What the placeholders of a message about an order are filled with.
struct NotificationValues {
    QString number;        // the order's number
    QString unit;          // the assigned org unit's name
    QString technician;    // the technician's display name
    QString appointment;   // notificationAppointmentText()
    QString state;         // the name of the order's state
};

QString renderNotificationTemplate(QString body, const NotificationValues& values);
// "12月3日 09:00-11:00" in the call center's zone (Asia/Shanghai); "待网点与您确认" without one.
QString notificationAppointmentText(const QDateTime& start, const QDateTime& end);

// The problem with a template's code ("" when fine): 1–40 lower-case letters, digits, '_' in
// dot-separated parts, e.g. ticket.completed.
QString notificationTemplateCodeProblem(const QString& code);
// The problem with a template's text ("" when fine): 1–500 characters; every {name} one of
// notificationPlaceholders() (the message names the first unknown one); braces paired.
QString notificationTemplateBodyProblem(const QString& body);

struct NotificationTemplate {
    QString code;
    QString body;
    int version = 0;          // 0: not stored yet
    QDateTime updatedAt;

    QCborMap toCbor() const;
    static NotificationTemplate fromCbor(const QCborMap& map);
};

} // namespace csm::common
