#include "client/core/fee_text.h"

#include <QCborArray>
#include <QStringList>

namespace csm::client {

namespace {
QString arg(const common::WarrantyVerdict& v, const char* key)
{
    const QCborValue value = v.args.value(QLatin1String(key));
    return value.isInteger() ? QString::number(value.toInteger()) : value.toString();
}
} // namespace

QString FeeText::yuan(common::Fen fen)
{
    if (fen < 0)
        return QStringLiteral("-¥") + common::formatFen(-fen);
    return QStringLiteral("¥") + common::formatFen(fen);
}

QString FeeText::verdictName(const QString& verdict)
{
    if (verdict == QLatin1String("free")) return tr("Free of charge");
    if (verdict == QLatin1String("paid")) return tr("Charged to the customer");
    if (verdict == QLatin1String("undetermined")) return tr("Undetermined");
    if (verdict == QLatin1String("not_applicable")) return tr("No charge");
    return verdict;
}

QString FeeText::remedyName(const QString& remedy)
{
    if (remedy == QLatin1String("repair")) return tr("repair");
    if (remedy == QLatin1String("replace")) return tr("replacement");
    if (remedy == QLatin1String("refund")) return tr("refund");
    return remedy;
}

QString FeeText::verdictShort(const common::WarrantyVerdict& v)
{
    if (v.verdict == QLatin1String("paid"))
        return tr("charged repair");
    if (v.verdict == QLatin1String("undetermined") || v.verdict == QLatin1String("not_applicable"))
        return QString();   // nothing to tell at a glance
    QStringList remedies;
    for (const QString& remedy : v.remedyOptions.isEmpty() ? QStringList{v.remedy} : v.remedyOptions)
        remedies.append(remedyName(remedy));
    if (remedies.size() > 1)
        return tr("free: %1").arg(remedies.join(tr(" / ")));
    return tr("free %1").arg(remedies.value(0));
}

QString FeeText::ruleText(const common::WarrantyVerdict& v)
{
    const QString rule = v.rule;
    if (rule == QLatin1String("not_applicable"))
        return tr("This kind of order is not charged.");
    if (rule == QLatin1String("no_product"))
        return tr("No product on the order: the warranty cannot be judged; nothing is charged automatically.");
    if (rule == QLatin1String("maintenance_plan"))
        return tr("Maintenance plan until %1: visit %2 of %3 is free.")
            .arg(arg(v, "contract_end"), arg(v, "visit"), arg(v, "visits"));
    if (rule == QLatin1String("maintenance_paid"))
        return tr("No active maintenance plan: maintenance is charged.");
    if (rule == QLatin1String("refund_period"))
        return tr("Bought %1 day(s) ago, within %2 days: a performance fault may be refunded, replaced or repaired "
                  "free of charge.")
            .arg(arg(v, "days_since_purchase"), arg(v, "limit_days"));
    if (rule == QLatin1String("replace_period"))
        return tr("Bought %1 day(s) ago, within %2 days: a performance fault may be replaced or repaired free of charge.")
            .arg(arg(v, "days_since_purchase"), arg(v, "limit_days"));
    if (rule == QLatin1String("repeat_failure"))
        return tr("Repaired %1 time(s) for this fault within the warranty (limit %2): replacement or refund free of "
                  "charge.")
            .arg(arg(v, "repairs"), arg(v, "limit"));
    if (rule == QLatin1String("in_warranty"))
        return tr("In warranty until %1: free repair.").arg(arg(v, "warranty_end"));
    if (rule == QLatin1String("extended_warranty"))
        return tr("Extended warranty contract until %1: free repair.").arg(arg(v, "contract_end"));
    if (rule == QLatin1String("no_warranty_dates"))
        return tr("Neither the purchase date nor the warranty end is known: nothing is charged automatically.");
    if (rule == QLatin1String("out_of_warranty"))
        return tr("Out of warranty (ended %1): labour, travel and parts are charged.").arg(arg(v, "warranty_end"));
    return v.reason;
}

QString FeeText::verdictLine(const common::WarrantyVerdict& v)
{
    QString line = ruleText(v);
    if (v.remedyOptions.size() > 1) {
        QStringList options;
        for (const QString& option : v.remedyOptions)
            options.append(remedyName(option));
        line += QLatin1Char(' ') + tr("The customer may choose: %1.").arg(options.join(tr(", ")));
    }
    return line;
}

QString FeeText::verdictBackground(const QString& verdict)
{
    if (verdict == QLatin1String("free")) return QStringLiteral("#2e7d32");
    if (verdict == QLatin1String("paid")) return QStringLiteral("#c62828");
    if (verdict == QLatin1String("undetermined")) return QStringLiteral("#ef6c00");
    return QStringLiteral("#757575");
}

QString FeeText::serviceContractKindName(const QString& kind)
{
    if (kind == QLatin1String("extended_warranty")) return tr("Extended warranty");
    if (kind == QLatin1String("maintenance_plan")) return tr("Maintenance plan");
    return kind;
}

QString FeeText::eventText(const common::TicketEvent& event)
{
    if (event.kind == QLatin1String("parts_set")) {
        const int lines = int(event.detail.value(QStringLiteral("parts")).toArray().size());
        return tr("Parts recorded: %n line(s), %1", nullptr, lines)
            .arg(yuan(event.detail.value(QStringLiteral("parts_value_fen")).toInteger()));
    }
    if (event.kind == QLatin1String("fees_computed")) {
        return tr("Fees computed: %1, total %2")
            .arg(verdictName(event.detail.value(QStringLiteral("verdict")).toString()),
                 yuan(event.detail.value(QStringLiteral("total_fen")).toInteger()));
    }
    return {};
}

QString FeeText::noScheduleText(const QString& serviceTypeName, const QString& categoryName)
{
    return tr("No fee schedule for %1 × %2: the order cannot be completed until an administrator adds one.")
        .arg(serviceTypeName, categoryName);
}

} // namespace csm::client
