#include "common/model/warranty_rules.h"

#include <QCborArray>

#include <algorithm>

namespace csm::common {

namespace {
QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

WarrantyVerdict make(const char* verdict, const char* rule, const char* remedy, QStringList options, bool partsFree)
{
    WarrantyVerdict v;
    v.verdict = QLatin1String(verdict);
    v.rule = QLatin1String(rule);
    v.remedy = QLatin1String(remedy);
    v.remedyOptions = std::move(options);
    v.partsFree = partsFree;
    return v;
}

const QString kRepair = QStringLiteral("repair");
const QString kReplace = QStringLiteral("replace");
const QString kRefund = QStringLiteral("refund");

// The active contract of that kind covering `day` that ends last (several may overlap).
const WarrantyContract* coveringContract(const QList<WarrantyContract>& contracts, const QString& kind, const QDate& day,
                                         bool needsVisits)
{
    const WarrantyContract* best = nullptr;
    for (const WarrantyContract& contract : contracts) {
        if (contract.kind != kind || !contract.covers(day))
            continue;
        if (needsVisits && contract.visitsUsed >= contract.visits)
            continue;
        if (!best || contract.endsOn > best->endsOn)
            best = &contract;
    }
    return best;
}
} // namespace

const QStringList& WarrantyParams::keys()
{
    static const QStringList keys{QStringLiteral("refund_days"), QStringLiteral("replace_days"),
                                  QStringLiteral("repair_limit"), QStringLiteral("extended_covers_parts"),
                                  QStringLiteral("maintenance_covers_parts")};
    return keys;
}

int WarrantyParams::maxValue(const QString& key)
{
    if (key == QLatin1String("refund_days") || key == QLatin1String("replace_days"))
        return 365;
    if (key == QLatin1String("repair_limit"))
        return 20;
    return 1;   // the *_covers_parts switches
}

int WarrantyParams::value(const QString& key) const
{
    if (key == QLatin1String("refund_days")) return refundDays;
    if (key == QLatin1String("replace_days")) return replaceDays;
    if (key == QLatin1String("repair_limit")) return repairLimit;
    if (key == QLatin1String("extended_covers_parts")) return extendedCoversParts ? 1 : 0;
    if (key == QLatin1String("maintenance_covers_parts")) return maintenanceCoversParts ? 1 : 0;
    return 0;
}

void WarrantyParams::set(const QString& key, int value)
{
    if (key == QLatin1String("refund_days")) refundDays = value;
    else if (key == QLatin1String("replace_days")) replaceDays = value;
    else if (key == QLatin1String("repair_limit")) repairLimit = value;
    else if (key == QLatin1String("extended_covers_parts")) extendedCoversParts = value != 0;
    else if (key == QLatin1String("maintenance_covers_parts")) maintenanceCoversParts = value != 0;
}

const QStringList& warrantyVerdictCodes()
{
    static const QStringList codes{QStringLiteral("free"), QStringLiteral("paid"), QStringLiteral("undetermined"),
                                   QStringLiteral("not_applicable")};
    return codes;
}

const QStringList& warrantyRuleCodes()
{
    static const QStringList codes{
        QStringLiteral("not_applicable"),   QStringLiteral("no_product"),      QStringLiteral("maintenance_plan"),
        QStringLiteral("maintenance_paid"), QStringLiteral("refund_period"),   QStringLiteral("replace_period"),
        QStringLiteral("repeat_failure"),   QStringLiteral("in_warranty"),     QStringLiteral("extended_warranty"),
        QStringLiteral("no_warranty_dates"), QStringLiteral("out_of_warranty")};
    return codes;
}

const QStringList& serviceContractKinds()
{
    static const QStringList kinds{QStringLiteral("extended_warranty"), QStringLiteral("maintenance_plan")};
    return kinds;
}

bool isChargeableServiceType(const QString& serviceType)
{
    static const QStringList types{QStringLiteral("repair"),      QStringLiteral("delivery"),
                                   QStringLiteral("installation"), QStringLiteral("maintenance"),
                                   QStringLiteral("replacement"), QStringLiteral("return")};
    return types.contains(serviceType);
}

bool isRepairLikeServiceType(const QString& serviceType)
{
    return serviceType == QLatin1String("repair") || serviceType == QLatin1String("replacement")
        || serviceType == QLatin1String("return");
}

WarrantyVerdict judgeWarranty(const WarrantyInput& in)
{
    const WarrantyParams& p = in.params;
    if (!isChargeableServiceType(in.serviceType)) {
        WarrantyVerdict v = make("not_applicable", "not_applicable", "none", {}, true);
        v.reason = QStringLiteral("%1 orders are not charged").arg(in.serviceType);
        return v;
    }
    if (!in.hasProduct) {
        WarrantyVerdict v = make("undetermined", "no_product", "repair", {kRepair}, false);
        v.reason = QStringLiteral("no product on the order: the warranty cannot be judged; nothing is charged automatically");
        return v;
    }
    if (in.serviceType == QLatin1String("maintenance")) {
        if (const WarrantyContract* plan = coveringContract(in.contracts, QStringLiteral("maintenance_plan"), in.today, true)) {
            WarrantyVerdict v = make("free", "maintenance_plan", "repair", {kRepair}, p.maintenanceCoversParts);
            v.contractId = plan->id;
            v.args.insert(QStringLiteral("contract_end"), dateText(plan->endsOn));
            v.args.insert(QStringLiteral("visit"), plan->visitsUsed + 1);
            v.args.insert(QStringLiteral("visits"), plan->visits);
            v.reason = QStringLiteral("maintenance plan until %1: visit %2 of %3 is free")
                           .arg(dateText(plan->endsOn))
                           .arg(plan->visitsUsed + 1)
                           .arg(plan->visits);
            return v;
        }
        WarrantyVerdict v = make("paid", "maintenance_paid", "repair", {kRepair}, false);
        v.reason = QStringLiteral("maintenance without an active maintenance plan is charged");
        return v;
    }

    const bool repairLike = isRepairLikeServiceType(in.serviceType);
    if (repairLike && in.purchaseDate.isValid()) {
        const qint64 days = std::max<qint64>(0, in.purchaseDate.daysTo(in.today));
        if (p.refundDays > 0 && days <= p.refundDays) {
            WarrantyVerdict v = make("free", "refund_period", "refund", {kRefund, kReplace, kRepair}, true);
            v.args.insert(QStringLiteral("days_since_purchase"), days);
            v.args.insert(QStringLiteral("limit_days"), p.refundDays);
            v.reason = QStringLiteral("bought %1 day(s) ago (within %2 days): a performance fault is refunded, "
                                      "replaced or repaired free of charge")
                           .arg(days)
                           .arg(p.refundDays);
            return v;
        }
        if (p.replaceDays > 0 && days <= p.replaceDays) {
            WarrantyVerdict v = make("free", "replace_period", "replace", {kReplace, kRepair}, true);
            v.args.insert(QStringLiteral("days_since_purchase"), days);
            v.args.insert(QStringLiteral("limit_days"), p.replaceDays);
            v.reason = QStringLiteral("bought %1 day(s) ago (within %2 days): a performance fault is replaced or "
                                      "repaired free of charge")
                           .arg(days)
                           .arg(p.replaceDays);
            return v;
        }
    }

    if (in.warrantyEnd.isValid() && in.today <= in.warrantyEnd) {
        if (repairLike && p.repairLimit > 0 && in.priorRepairs >= p.repairLimit) {
            WarrantyVerdict v = make("free", "repeat_failure", "replace", {kReplace, kRefund}, true);
            v.args.insert(QStringLiteral("repairs"), in.priorRepairs);
            v.args.insert(QStringLiteral("limit"), p.repairLimit);
            v.args.insert(QStringLiteral("warranty_end"), dateText(in.warrantyEnd));
            v.reason = QStringLiteral("repaired %1 time(s) for this fault within the warranty (limit %2): replaced "
                                      "(or refunded) free of charge")
                           .arg(in.priorRepairs)
                           .arg(p.repairLimit);
            return v;
        }
        WarrantyVerdict v = make("free", "in_warranty", "repair", {kRepair}, true);
        v.args.insert(QStringLiteral("warranty_end"), dateText(in.warrantyEnd));
        v.reason = QStringLiteral("in warranty until %1: free repair").arg(dateText(in.warrantyEnd));
        return v;
    }

    if (const WarrantyContract* extended = coveringContract(in.contracts, QStringLiteral("extended_warranty"), in.today, false)) {
        WarrantyVerdict v = make("free", "extended_warranty", "repair", {kRepair}, p.extendedCoversParts);
        v.contractId = extended->id;
        v.args.insert(QStringLiteral("warranty_end"), dateText(in.warrantyEnd));
        v.args.insert(QStringLiteral("contract_end"), dateText(extended->endsOn));
        v.reason = QStringLiteral("extended warranty contract until %1: free repair").arg(dateText(extended->endsOn));
        return v;
    }

    if (!in.warrantyEnd.isValid()) {
        WarrantyVerdict v = make("undetermined", "no_warranty_dates", "repair", {kRepair}, false);
        v.reason = QStringLiteral("neither the purchase date nor the warranty end of the product is known: "
                                  "nothing is charged automatically");
        return v;
    }
    WarrantyVerdict v = make("paid", "out_of_warranty", "repair", {kRepair}, false);
    v.args.insert(QStringLiteral("warranty_end"), dateText(in.warrantyEnd));
    v.reason = QStringLiteral("out of warranty since %1: labour, travel and parts are charged")
                   .arg(dateText(in.warrantyEnd.addDays(1)));
    return v;
}

QCborMap WarrantyVerdict::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("verdict"), verdict);
    map.insert(QStringLiteral("rule"), rule);
    map.insert(QStringLiteral("remedy"), remedy);
    map.insert(QStringLiteral("remedy_options"), QCborArray::fromStringList(remedyOptions));
    map.insert(QStringLiteral("parts_free"), partsFree);
    map.insert(QStringLiteral("reason"), reason);
    map.insert(QStringLiteral("args"), args);
    map.insert(QStringLiteral("contract_id"), contractId != 0 ? QCborValue(contractId) : QCborValue(QCborValue::Null));
    return map;
}

WarrantyVerdict WarrantyVerdict::fromCbor(const QCborMap& map)
{
    WarrantyVerdict v;
    v.verdict = map.value(QStringLiteral("verdict")).toString();
    v.rule = map.value(QStringLiteral("rule")).toString();
    v.remedy = map.value(QStringLiteral("remedy")).toString();
    for (const QCborValue& option : map.value(QStringLiteral("remedy_options")).toArray())
        v.remedyOptions.append(option.toString());
    v.partsFree = map.value(QStringLiteral("parts_free")).toBool();
    v.reason = map.value(QStringLiteral("reason")).toString();
    v.args = map.value(QStringLiteral("args")).toMap();
    v.contractId = map.value(QStringLiteral("contract_id")).toInteger();
    return v;
}

} // namespace csm::common
