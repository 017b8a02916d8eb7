#include "common/model/fees.h"

#include <QRegularExpression>

namespace csm::common {

namespace {
QString str(const QCborMap& map, const char* key)
{
    return map.value(QLatin1String(key)).toString();
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QCborMap& map, const char* key)
{
    return QDate::fromString(str(map, key), Qt::ISODate);
}

QCborValue timeValue(const QDateTime& time)
{
    return time.isValid() ? QCborValue(time.toUTC().toString(Qt::ISODateWithMs)) : QCborValue(QCborValue::Null);
}

QDateTime timeOf(const QCborMap& map, const char* key)
{
    return QDateTime::fromString(str(map, key), Qt::ISODateWithMs);
}

QCborValue idValue(qint64 id)
{
    return id != 0 ? QCborValue(id) : QCborValue(QCborValue::Null);
}
} // namespace

QCborMap FeeSchedule::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("service_type"), serviceType);
    map.insert(QStringLiteral("category_code"), categoryCode);
    map.insert(QStringLiteral("category_name"), categoryName);
    map.insert(QStringLiteral("valid_from"), dateText(validFrom));
    map.insert(QStringLiteral("labour_fen"), labourFen);
    map.insert(QStringLiteral("travel_fen"), travelFen);
    map.insert(QStringLiteral("version"), version);
    map.insert(QStringLiteral("updated_at"), timeValue(updatedAt));
    map.insert(QStringLiteral("current"), current);
    return map;
}

FeeSchedule FeeSchedule::fromCbor(const QCborMap& map)
{
    FeeSchedule s;
    s.id = map.value(QStringLiteral("id")).toInteger();
    s.serviceType = str(map, "service_type");
    s.categoryCode = str(map, "category_code");
    s.categoryName = str(map, "category_name");
    s.validFrom = dateOf(map, "valid_from");
    s.labourFen = map.value(QStringLiteral("labour_fen")).toInteger();
    s.travelFen = map.value(QStringLiteral("travel_fen")).toInteger();
    s.version = int(map.value(QStringLiteral("version")).toInteger());
    s.updatedAt = timeOf(map, "updated_at");
    s.current = map.value(QStringLiteral("current")).toBool();
    return s;
}

QCborMap TicketPart::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("part_code"), partCode);
    map.insert(QStringLiteral("part_name"), partName);
    map.insert(QStringLiteral("qty"), qty);
    map.insert(QStringLiteral("unit_price_fen"), unitPriceFen);
    map.insert(QStringLiteral("recover_old"), recoverOld);
    map.insert(QStringLiteral("recovered"), recovered);
    return map;
}

TicketPart TicketPart::fromCbor(const QCborMap& map)
{
    TicketPart part;
    part.partCode = str(map, "part_code").trimmed().toUpper();
    part.partName = str(map, "part_name").trimmed();
    part.qty = int(map.value(QStringLiteral("qty")).toInteger());
    part.unitPriceFen = map.value(QStringLiteral("unit_price_fen")).toInteger();
    part.recoverOld = map.value(QStringLiteral("recover_old")).toBool(true);
    part.recovered = map.value(QStringLiteral("recovered")).toBool(false);
    return part;
}

QMap<QString, QString> validateTicketParts(const QCborValue& parts)
{
    QMap<QString, QString> problems;
    if (!parts.isArray()) {
        problems.insert(QStringLiteral("parts"), QStringLiteral("must be a list of parts"));
        return problems;
    }
    const QCborArray items = parts.toArray();
    if (items.size() > kTicketPartsMax) {
        problems.insert(QStringLiteral("parts"), QStringLiteral("at most %1 parts per order").arg(kTicketPartsMax));
        return problems;
    }
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9/_.-]{1,%1}$").arg(kTicketPartCodeMax));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString prefix = QStringLiteral("parts[%1].").arg(i);
        if (!items[i].isMap()) {
            problems.insert(QStringLiteral("parts[%1]").arg(i), QStringLiteral("must be a part"));
            continue;
        }
        const QCborMap item = items[i].toMap();
        const QString code = str(item, "part_code").trimmed().toUpper();
        if (code.isEmpty())
            problems.insert(prefix + QStringLiteral("part_code"), QStringLiteral("is required"));
        else if (!codePattern.match(code).hasMatch())
            problems.insert(prefix + QStringLiteral("part_code"),
                            QStringLiteral("letters, digits and / _ . - only, at most %1 characters").arg(kTicketPartCodeMax));
        const QString name = str(item, "part_name").trimmed();
        if (name.isEmpty())
            problems.insert(prefix + QStringLiteral("part_name"), QStringLiteral("is required"));
        else if (name.size() > kTicketPartNameMax)
            problems.insert(prefix + QStringLiteral("part_name"), QStringLiteral("must be at most %1 characters").arg(kTicketPartNameMax));
        const QCborValue qty = item.value(QStringLiteral("qty"));
        if (!qty.isInteger() || qty.toInteger() < 1 || qty.toInteger() > kTicketPartQtyMax)
            problems.insert(prefix + QStringLiteral("qty"), QStringLiteral("must be a whole number from 1 to %1").arg(kTicketPartQtyMax));
        const QCborValue price = item.value(QStringLiteral("unit_price_fen"));
        if (!price.isInteger() || price.toInteger() < 0 || price.toInteger() > kFeeMaxFen)
            problems.insert(prefix + QStringLiteral("unit_price_fen"),
                            QStringLiteral("must be a whole number of fen from 0 to %1").arg(kFeeMaxFen));
        const QCborValue recoverOld = item.value(QStringLiteral("recover_old"));
        const QCborValue recovered = item.value(QStringLiteral("recovered"));
        for (const auto& [key, value] : {std::pair{"recover_old", recoverOld}, std::pair{"recovered", recovered}}) {
            if (!value.isUndefined() && !value.isNull() && !value.isBool())
                problems.insert(prefix + QLatin1String(key), QStringLiteral("must be true or false"));
        }
        if (recovered.toBool(false) && !recoverOld.toBool(true))
            problems.insert(prefix + QStringLiteral("recovered"), QStringLiteral("only an old part to recover can be recovered"));
    }
    return problems;
}

QList<TicketPart> ticketPartsFromCbor(const QCborArray& items)
{
    QList<TicketPart> parts;
    for (const QCborValue& item : items)
        parts.append(TicketPart::fromCbor(item.toMap()));
    return parts;
}

QCborArray ticketPartsToCbor(const QList<TicketPart>& parts)
{
    QCborArray items;
    for (const TicketPart& part : parts)
        items.append(part.toCbor());
    return items;
}

FeeAmounts computeFees(const WarrantyVerdict& verdict, Fen labourFen, Fen travelFen, const QList<TicketPart>& parts)
{
    FeeAmounts amounts;
    for (const TicketPart& part : parts)
        amounts.partsValueFen += part.amountFen();
    if (verdict.isPaid()) {
        amounts.labourFen = labourFen;
        amounts.travelFen = travelFen;
        amounts.partsFen = amounts.partsValueFen;
    } else if (verdict.verdict == QLatin1String("free") && !verdict.partsFree) {
        amounts.partsFen = amounts.partsValueFen;   // the contract pays the work, not the parts
    }
    amounts.totalFen = amounts.labourFen + amounts.travelFen + amounts.partsFen;
    return amounts;
}

QCborMap TicketFee::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("ticket_id"), ticketId);
    map.insert(QStringLiteral("verdict"), verdict);
    map.insert(QStringLiteral("rule"), rule);
    map.insert(QStringLiteral("labour_fen"), amounts.labourFen);
    map.insert(QStringLiteral("travel_fen"), amounts.travelFen);
    map.insert(QStringLiteral("parts_fen"), amounts.partsFen);
    map.insert(QStringLiteral("total_fen"), amounts.totalFen);
    map.insert(QStringLiteral("parts_value_fen"), amounts.partsValueFen);
    map.insert(QStringLiteral("fee_schedule_id"), idValue(feeScheduleId));
    map.insert(QStringLiteral("contract_id"), idValue(contractId));
    map.insert(QStringLiteral("computed_at"), timeValue(computedAt));
    return map;
}

TicketFee TicketFee::fromCbor(const QCborMap& map)
{
    TicketFee fee;
    fee.ticketId = map.value(QStringLiteral("ticket_id")).toInteger();
    fee.verdict = str(map, "verdict");
    fee.rule = str(map, "rule");
    fee.amounts.labourFen = map.value(QStringLiteral("labour_fen")).toInteger();
    fee.amounts.travelFen = map.value(QStringLiteral("travel_fen")).toInteger();
    fee.amounts.partsFen = map.value(QStringLiteral("parts_fen")).toInteger();
    fee.amounts.totalFen = map.value(QStringLiteral("total_fen")).toInteger();
    fee.amounts.partsValueFen = map.value(QStringLiteral("parts_value_fen")).toInteger();
    fee.feeScheduleId = map.value(QStringLiteral("fee_schedule_id")).toInteger();
    fee.contractId = map.value(QStringLiteral("contract_id")).toInteger();
    fee.computedAt = timeOf(map, "computed_at");
    return fee;
}

QCborMap ServiceContract::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("version"), version);
    map.insert(QStringLiteral("customer_product_id"), customerProductId);
    map.insert(QStringLiteral("kind"), kind);
    map.insert(QStringLiteral("contract_no"), contractNo);
    map.insert(QStringLiteral("starts_on"), dateText(startsOn));
    map.insert(QStringLiteral("ends_on"), dateText(endsOn));
    map.insert(QStringLiteral("visits"), visits != 0 ? QCborValue(visits) : QCborValue(QCborValue::Null));
    map.insert(QStringLiteral("visits_used"), visitsUsed);
    map.insert(QStringLiteral("price_fen"), priceFen);
    map.insert(QStringLiteral("note"), note);
    map.insert(QStringLiteral("status"), status);
    map.insert(QStringLiteral("cancel_reason"), cancelReason);
    map.insert(QStringLiteral("created_at"), timeValue(createdAt));
    map.insert(QStringLiteral("cancelled_at"), timeValue(cancelledAt));
    return map;
}

ServiceContract ServiceContract::fromCbor(const QCborMap& map)
{
    ServiceContract c;
    c.id = map.value(QStringLiteral("id")).toInteger();
    c.version = int(map.value(QStringLiteral("version")).toInteger());
    c.customerProductId = map.value(QStringLiteral("customer_product_id")).toInteger();
    c.kind = str(map, "kind");
    c.contractNo = str(map, "contract_no");
    c.startsOn = dateOf(map, "starts_on");
    c.endsOn = dateOf(map, "ends_on");
    c.visits = int(map.value(QStringLiteral("visits")).toInteger());
    c.visitsUsed = int(map.value(QStringLiteral("visits_used")).toInteger());
    c.priceFen = map.value(QStringLiteral("price_fen")).toInteger();
    c.note = str(map, "note");
    c.status = str(map, "status");
    c.cancelReason = str(map, "cancel_reason");
    c.createdAt = timeOf(map, "created_at");
    c.cancelledAt = timeOf(map, "cancelled_at");
    return c;
}

} // namespace csm::common
