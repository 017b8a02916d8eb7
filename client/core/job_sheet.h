#pragma once
// The job sheet (派工单 / 维修工单) of a work order: one A4 page the technician takes to the
// customer — who, where, what is wrong, the appointment, room to write the diagnosis and the
// parts, the fees, and the customer's confirmation and signature. Built as HTML for
// QTextDocument (print preview, printer, PDF) in the language of the user interface.
#include "common/model/fees.h"
#include "common/model/ticket.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace csm::client {

// What the sheet shows besides the order itself. No parts and no fees leave blank rows and
// boxes for the technician to fill in by hand.
struct JobSheetExtras {
    QList<common::TicketPart> parts;
    std::optional<common::FeeAmounts> fees;   // charged at completion
    QString warrantyVerdict;                   // in words, e.g. "Free repair (in warranty)"
    QString printedBy;
    QDateTime printedAt;
};

class JobSheet {
    Q_DECLARE_TR_FUNCTIONS(csm::client::JobSheet)
public:
    static QString html(const common::Ticket& ticket, const JobSheetExtras& extras);
    // The file name a saved sheet gets by default: "job-sheet-20261202-000001.pdf".
    static QString defaultFileName(const common::Ticket& ticket);
};

} // namespace csm::client
