#pragma once
// The wording of complaints and supervision (督办): complaint categories, satisfaction levels,
// supervision states, and the timeline lines of the cases module (complaint_set,
// complaint_resolved, complaint_overdue, supervision_opened / answered / overdue / closed).
#include "common/model/ticket.h"

#include <QCoreApplication>
#include <QString>

namespace csm::client {

class CaseText {
    Q_DECLARE_TR_FUNCTIONS(csm::client::CaseText)
public:
    static QString complaintCategoryName(const QString& code);
    // "4 — Satisfied"; empty for 0 (not recorded).
    static QString satisfactionName(int level);
    static QString supervisionStatusName(const QString& status);

    // Whether the timeline event is one of this module's.
    static bool isCaseEvent(const common::TicketEvent& event);
    static QString eventText(const common::TicketEvent& event);
    static QString detailsText(const common::TicketEvent& event);
    // The line shown for a pushed supervision.opened / answered / overdue or complaint.overdue;
    // empty for other events.
    static QString pushText(const QString& event, const QCborMap& data);
    // A time as the desk shows it ("2026-11-22 09:30", local time); empty when invalid.
    static QString timeText(const QDateTime& time);
};

} // namespace csm::client
