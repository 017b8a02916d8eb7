#pragma once
// The job sheet (派工单 / 维修工单) of a work order: one A4 page the technician takes to the
// customer — who, where, what is wrong, the appointment, room to write the diagnosis and the
// parts, the fees, and the customer's confirmation and signature. Built as HTML for
// QTextDocument (print preview, printer, PDF) in the language of the user interface.
#include "common/model/ticket.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace csm::client {

// A part used on the order (filled in when the service point recorded it).
struct JobSheetPart {
    QString code;
    QString name;
    int quantity = 0;
    qint64 unitPriceFen = 0;
    bool recoverOldPart = false;
};

// What the sheet shows besides the order itself. Empty lists and unknown fees leave blank
// rows and boxes for the technician to fill in by hand.
struct JobSheetExtras {
    QList<JobSheetPart> parts;
    bool feesKnown = false;
    qint64 labourFen = 0;
    qint64 travelFen = 0;
    qint64 partsFen = 0;
    qint64 totalFen = 0;
    QString warrantyVerdict;   // in words, e.g. "In warranty: free repair"
    QString printedBy;
    QDateTime printedAt;
};

class JobSheet {
    Q_DECLARE_TR_FUNCTIONS(csm::client::JobSheet)
public:
    static QString html(const common::Ticket& ticket, const JobSheetExtras& extras);
    // "¥1,234.50" from fen (integers all the way; no floating point).
    static QString money(qint64 fen);
    // The file name a saved sheet gets by default: "job-sheet-20261202-000001.pdf".
    static QString defaultFileName(const common::Ticket& ticket);
};

} // namespace csm::client
