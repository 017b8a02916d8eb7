#include "client/core/case_text.h"

namespace csm::client {

namespace {
QDateTime timeOf(const QCborMap& map, const char* key)
{
    return QDateTime::fromString(map.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}
} // namespace

QString CaseText::complaintCategoryName(const QString& code)
{
    if (code == QLatin1String("service_attitude")) return tr("Service attitude");
    if (code == QLatin1String("repair_quality")) return tr("Repair quality");
    if (code == QLatin1String("timeliness")) return tr("Timeliness");
    if (code == QLatin1String("fees")) return tr("Fees");
    if (code == QLatin1String("product_quality")) return tr("Product quality");
    if (code == QLatin1String("other")) return tr("Other");
    return code;
}

QString CaseText::satisfactionName(int level)
{
    switch (level) {
    case 1: return tr("1 — Very dissatisfied");
    case 2: return tr("2 — Dissatisfied");
    case 3: return tr("3 — Neutral");
    case 4: return tr("4 — Satisfied");
    case 5: return tr("5 — Very satisfied");
    default: return {};
    }
}

QString CaseText::supervisionStatusName(const QString& status)
{
    if (status == QLatin1String("open")) return tr("Open");
    if (status == QLatin1String("overdue")) return tr("Overdue");
    if (status == QLatin1String("answered")) return tr("Answered");
    if (status == QLatin1String("closed")) return tr("Closed");
    return status;
}

QString CaseText::timeText(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString CaseText::pushText(const QString& event, const QCborMap& data)
{
    const QString number = data.value(QStringLiteral("ticket_number")).toString();
    const QString unit = data.value(QStringLiteral("target_org_unit_name")).toString();
    const QString deadline = timeText(timeOf(data, "deadline"));
    if (event == QLatin1String("supervision.opened"))
        return tr("Order %1 is supervised (督办): answer by %2 — %3").arg(number, deadline,
                                                                          data.value(QStringLiteral("demand")).toString());
    if (event == QLatin1String("supervision.answered"))
        return tr("%1 answered your supervision of order %2").arg(unit, number);
    if (event == QLatin1String("complaint.overdue")) {
        const QString responsible = data.value(QStringLiteral("org_unit_name")).toString();
        return responsible.isEmpty()
            ? tr("The complaint on order %1 is past its deadline (%2) and not yet resolved").arg(number, deadline)
            : tr("The complaint on order %1 is past its deadline (%2) and not yet resolved by %3").arg(number, deadline, responsible);
    }
    if (event == QLatin1String("supervision.overdue"))
        return tr("Your supervision of order %1 is overdue: %2 has not answered (deadline %3)").arg(number, unit, deadline);
    return {};
}

bool CaseText::isCaseEvent(const common::TicketEvent& event)
{
    return event.kind.startsWith(QLatin1String("complaint_")) || event.kind.startsWith(QLatin1String("supervision_"));
}

QString CaseText::eventText(const common::TicketEvent& event)
{
    const QString unit = event.detail.value(QStringLiteral("target_org_unit_name")).toString();
    if (event.kind == QLatin1String("complaint_set"))
        return tr("Complaint details set");
    if (event.kind == QLatin1String("complaint_resolved"))
        return tr("Resolution and satisfaction recorded");
    if (event.kind == QLatin1String("complaint_overdue")) {
        const QString responsible = event.detail.value(QStringLiteral("org_unit_name")).toString();
        return responsible.isEmpty() ? tr("Complaint past its deadline")
                                     : tr("Complaint past its deadline, not resolved by %1").arg(responsible);
    }
    if (event.kind == QLatin1String("supervision_opened"))
        return tr("Supervision of %1 opened").arg(unit);
    if (event.kind == QLatin1String("supervision_answered"))
        return event.detail.value(QStringLiteral("late")).toBool() ? tr("Supervision answered late by %1").arg(unit)
                                                                   : tr("Supervision answered by %1").arg(unit);
    if (event.kind == QLatin1String("supervision_overdue"))
        return tr("Supervision of %1 overdue").arg(unit);
    if (event.kind == QLatin1String("supervision_closed"))
        return tr("Supervision closed");
    return event.kind;
}

QString CaseText::detailsText(const common::TicketEvent& event)
{
    const QCborMap& d = event.detail;
    QStringList parts;
    if (event.kind == QLatin1String("complaint_set")) {
        parts.append(tr("Category: %1").arg(complaintCategoryName(d.value(QStringLiteral("category")).toString())));
        const QString unit = d.value(QStringLiteral("responsible_org_unit_name")).toString();
        if (!unit.isEmpty())
            parts.append(tr("Responsible: %1").arg(unit));
        const QDateTime deadline = timeOf(d, "deadline");
        if (deadline.isValid())
            parts.append(tr("Deadline: %1").arg(timeText(deadline)));
    } else if (event.kind == QLatin1String("complaint_resolved")) {
        parts.append(tr("Satisfaction: %1").arg(satisfactionName(int(d.value(QStringLiteral("satisfaction")).toInteger()))));
        parts.append(tr("Resolution: %1").arg(d.value(QStringLiteral("resolution")).toString()));
        const QString comment = d.value(QStringLiteral("satisfaction_comment")).toString();
        if (!comment.isEmpty())
            parts.append(tr("Customer: %1").arg(comment));
    } else if (event.kind == QLatin1String("complaint_overdue")) {
        parts.append(tr("Deadline was %1").arg(timeText(timeOf(d, "deadline"))));
    } else if (event.kind == QLatin1String("supervision_opened")) {
        parts.append(tr("Deadline: %1").arg(timeText(timeOf(d, "deadline"))));
        parts.append(d.value(QStringLiteral("demand")).toString());
    } else if (event.kind == QLatin1String("supervision_answered")) {
        parts.append(d.value(QStringLiteral("answer")).toString());
    } else if (event.kind == QLatin1String("supervision_overdue")) {
        parts.append(tr("Deadline was %1").arg(timeText(timeOf(d, "deadline"))));
    } else if (event.kind == QLatin1String("supervision_closed")) {
        const QString note = d.value(QStringLiteral("note")).toString();
        parts.append(tr("Was: %1").arg(supervisionStatusName(d.value(QStringLiteral("status_before")).toString())));
        if (!note.isEmpty())
            parts.append(note);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace csm::client
