#pragma once
// The words of fees and warranty verdicts: the server sends codes (verdict, rule, remedy) and
// numbers (args); the client words them. Money is shown in yuan ("¥12.50") and kept in fen.
#include "common/domain/money.h"
#include "common/model/ticket.h"
#include "common/model/warranty_rules.h"

#include <QCoreApplication>
#include <QString>

namespace csm::client {

class FeeText {
    Q_DECLARE_TR_FUNCTIONS(csm::client::FeeText)
public:
    // "¥12.50"; "¥1,234.00".
    static QString yuan(common::Fen fen);
    // free, paid, undetermined, not_applicable.
    static QString verdictName(const QString& verdict);
    // repair, replace, refund.
    static QString remedyName(const QString& remedy);
    // The rule that fired with its numbers ("In warranty until 2027-03-14: free repair").
    static QString ruleText(const common::WarrantyVerdict& verdict);
    // The rule with the customer's choices: "Bought 3 day(s) ago, …. The customer may choose: …".
    static QString verdictLine(const common::WarrantyVerdict& verdict);
    // A few words for a table cell: "free repair", "refund or replacement", "charged".
    static QString verdictShort(const common::WarrantyVerdict& verdict);
    // Badge colours ("#rrggbb"; the core library has no Qt Gui).
    static QString verdictBackground(const QString& verdict);
    static QString serviceContractKindName(const QString& kind);
    // The timeline text of the fees' own events (parts_set, fees_computed); empty for others.
    static QString eventText(const common::TicketEvent& event);
    // A paid order without a fee schedule (ticket.fees.get → estimate.problem).
    static QString noScheduleText(const QString& serviceTypeName, const QString& categoryName);
};

} // namespace csm::client
