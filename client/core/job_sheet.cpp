#include "client/core/job_sheet.h"

#include "client/core/ticket_text.h"

#include <QLocale>

namespace csm::client {

namespace {
constexpr int kBlankPartRows = 4;   // rows to write parts in by hand

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString when(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// A label cell and a value cell; an empty value leaves `lines` lines to write on.
QString cells(const QString& label, const QString& value, int span = 1, int lines = 1)
{
    QString shown = value.trimmed().isEmpty() ? QStringLiteral("&nbsp;") : esc(value);
    for (int i = 1; i < lines; ++i)
        shown += QStringLiteral("<br/>&nbsp;");
    const int width = span > 1 ? 85 : 35;   // of the page: labels 15 %, values the rest
    return QStringLiteral("<td class='l' width='15%'>%1</td><td class='v' width='%2%' colspan='%3'>%4</td>")
        .arg(esc(label))
        .arg(width)
        .arg(span)
        .arg(shown);
}

// A box to write in: the text when there is one, else empty lines.
QString writingBox(const QString& label, const QString& text, int lines)
{
    QString body = text.trimmed().isEmpty() ? QString() : esc(text);
    for (int i = text.trimmed().isEmpty() ? 0 : 1; i < lines; ++i)
        body += QStringLiteral("<br/>&nbsp;");
    return QStringLiteral("<tr><td class='l' width='15%'>%1</td><td class='v' width='85%' colspan='3'>%2</td></tr>")
        .arg(esc(label), body);
}

QString section(const QString& title)
{
    return QStringLiteral("<p class='s'>%1</p>").arg(esc(title));
}
} // namespace

QString JobSheet::money(qint64 fen)
{
    const bool negative = fen < 0;
    const qint64 magnitude = negative ? -fen : fen;
    const QString yuan = QLocale(QLocale::English).toString(magnitude / 100);
    return QStringLiteral("%1¥%2.%3")
        .arg(negative ? QStringLiteral("-") : QString(), yuan)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString JobSheet::defaultFileName(const common::Ticket& ticket)
{
    return QStringLiteral("job-sheet-%1.pdf").arg(ticket.number.isEmpty() ? QString::number(ticket.id) : ticket.number);
}

QString JobSheet::html(const common::Ticket& t, const JobSheetExtras& extras)
{
    QString h;
    h += QStringLiteral(
        "<html><head><style>"
        "body { font-size: 11pt; }"
        "h1 { font-size: 20pt; margin: 0; }"
        "table.g { border-collapse: collapse; }"
        "table.g td { border: 1px solid #555; padding: 4px; vertical-align: top; }"
        "td.l { background: #eeeeee; white-space: nowrap; }"
        "td.h { background: #dddddd; font-weight: bold; }"
        "td.n { text-align: right; }"
        "p.s { font-size: 12pt; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }"
        "p.f { font-size: 9pt; color: #555; }"
        "</style></head><body>");

    // Heading: what it is and which order, big enough to read at the door.
    h += QStringLiteral("<table width='100%'><tr><td><h1>%1</h1>%2</td><td align='right'><h1>%3</h1>%4</td></tr></table>")
             .arg(esc(tr("Job sheet")), esc(tr("After-sales service")), esc(t.number),
                  esc(tr("%1 · %2").arg(TicketText::serviceTypeName(t.serviceType), TicketText::severityName(t.severity))));

    h += section(tr("Customer"));
    h += QStringLiteral("<table class='g' width='100%' cellspacing='0'>");
    h += QStringLiteral("<tr>") + cells(tr("Name"), t.customerName) + cells(tr("Phone"), t.customerPhone) + QStringLiteral("</tr>");
    h += QStringLiteral("<tr>") + cells(tr("Address"), t.customerAddress, 3) + QStringLiteral("</tr>");
    const QString product = t.productModelName.isEmpty()
        ? QString()
        : QStringLiteral("%1 (%2)").arg(t.productModelName, t.productModelCode);
    h += QStringLiteral("<tr>") + cells(tr("Product"), product) + cells(tr("Serial number"), t.productSerial)
        + QStringLiteral("</tr>");
    h += QStringLiteral("</table>");

    h += section(tr("Request"));
    h += QStringLiteral("<table class='g' width='100%' cellspacing='0'>");
    h += QStringLiteral("<tr>") + cells(tr("Created"), when(t.createdAt)) + cells(tr("Taken by"), t.ownerName)
        + QStringLiteral("</tr>");
    QString appointment = when(t.appointmentStart);
    if (t.appointmentEnd.isValid())
        appointment += QStringLiteral(" – ") + t.appointmentEnd.toLocalTime().toString(QStringLiteral("HH:mm"));
    h += QStringLiteral("<tr>") + cells(tr("Service point"), t.assignedOrgUnitName) + cells(tr("Technician"), t.technicianName)
        + QStringLiteral("</tr>");
    h += QStringLiteral("<tr>") + cells(tr("Appointment"), appointment) + cells(tr("Due"), when(t.completionDueAt))
        + QStringLiteral("</tr>");
    h += QStringLiteral("<tr>") + cells(tr("Description"), t.description, 3) + QStringLiteral("</tr>");
    if (!extras.warrantyVerdict.isEmpty())
        h += QStringLiteral("<tr>") + cells(tr("Warranty"), extras.warrantyVerdict, 3) + QStringLiteral("</tr>");
    h += QStringLiteral("</table>");

    h += section(tr("Work done (technician)"));
    h += QStringLiteral("<table class='g' width='100%' cellspacing='0'>");
    h += QStringLiteral("<tr>") + cells(tr("Arrived at"), QString()) + cells(tr("Finished at"), QString())
        + QStringLiteral("</tr>");
    h += QStringLiteral("<tr>") + cells(tr("Fault code"), t.faultCode, 3) + QStringLiteral("</tr>");
    h += writingBox(tr("Diagnosis"), t.diagnosis, 2);
    h += writingBox(tr("Resolution"), t.resolution, 2);
    h += QStringLiteral("</table>");

    h += section(tr("Parts used"));
    h += QStringLiteral("<table class='g' width='100%' cellspacing='0'><tr><td class='h' width='16%'>%1</td>"
                        "<td class='h' width='30%'>%2</td><td class='h n' width='8%'>%3</td><td class='h n' width='13%'>%4</td>"
                        "<td class='h n' width='13%'>%5</td><td class='h' width='20%'>%6</td></tr>")
             .arg(esc(tr("Part code")), esc(tr("Part")), esc(tr("Qty")), esc(tr("Unit price")), esc(tr("Amount")),
                  esc(tr("Old part returned")));
    for (const JobSheetPart& part : extras.parts) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class='n'>%3</td><td class='n'>%4</td><td class='n'>%5</td>"
                            "<td>%6</td></tr>")
                 .arg(esc(part.code), esc(part.name))
                 .arg(part.quantity)
                 .arg(money(part.unitPriceFen), money(part.unitPriceFen * part.quantity),
                      part.recoverOldPart ? tr("☐ yes, to recover") : tr("not needed"));
    }
    for (int i = int(extras.parts.size()); i < kBlankPartRows; ++i)
        h += QStringLiteral("<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td><td></td></tr>");
    h += QStringLiteral("</table>");

    h += section(tr("Fees"));
    auto fee = [&extras](qint64 fen) { return extras.feesKnown ? money(fen) : QString(); };
    h += QStringLiteral("<table class='g' width='100%' cellspacing='0'>");
    h += QStringLiteral("<tr>") + cells(tr("Labour"), fee(extras.labourFen)) + cells(tr("Travel"), fee(extras.travelFen))
        + QStringLiteral("</tr>");
    h += QStringLiteral("<tr>") + cells(tr("Parts"), fee(extras.partsFen)) + cells(tr("Total"), fee(extras.totalFen))
        + QStringLiteral("</tr>");
    h += QStringLiteral("</table>");

    h += section(tr("Customer confirmation"));
    h += QStringLiteral("<table class='g' width='100%' cellspacing='0'>");
    h += QStringLiteral("<tr>") + cells(tr("Satisfaction"), tr("☐ Very satisfied   ☐ Satisfied   ☐ Not satisfied"), 3)
        + QStringLiteral("</tr>");
    h += QStringLiteral("<tr>") + cells(tr("Customer signature"), QString(), 1, 2) + cells(tr("Technician signature"), QString(), 1, 2)
        + QStringLiteral("</tr>");
    h += QStringLiteral("<tr>") + cells(tr("Date"), QString(), 3) + QStringLiteral("</tr>");
    h += QStringLiteral("</table>");

    const QString printed = extras.printedBy.isEmpty()
        ? tr("Printed %1").arg(when(extras.printedAt))
        : tr("Printed %1 by %2").arg(when(extras.printedAt), extras.printedBy);
    h += QStringLiteral("<p class='f'>%1 · %2</p>").arg(esc(printed), esc(tr("Keep this sheet with the product's papers.")));
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace csm::client
