#include "client/core/warranty.h"

#include <QStringList>

namespace csm::client {

WarrantyStatus warrantyStatus(const QDate& end, const QDate& today)
{
    if (!end.isValid())
        return WarrantyStatus::Unknown;
    if (end < today)
        return WarrantyStatus::Expired;
    if (today.daysTo(end) <= kWarrantySoonDays)
        return WarrantyStatus::ExpiresSoon;
    return WarrantyStatus::InWarranty;
}

WarrantySummary WarrantySummary::fromCbor(const QCborMap& map)
{
    WarrantySummary summary;
    summary.products = static_cast<int>(map.value(QLatin1String("products")).toInteger());
    summary.inWarranty = static_cast<int>(map.value(QLatin1String("in_warranty")).toInteger());
    summary.expiring = static_cast<int>(map.value(QLatin1String("expiring")).toInteger());
    summary.expired = static_cast<int>(map.value(QLatin1String("expired")).toInteger());
    summary.nextEnd = QDate::fromString(map.value(QLatin1String("next_end")).toString(), Qt::ISODate);
    return summary;
}

QString WarrantyText::statusName(WarrantyStatus status)
{
    switch (status) {
    case WarrantyStatus::InWarranty: return tr("In warranty");
    case WarrantyStatus::ExpiresSoon: return tr("Expires soon");
    case WarrantyStatus::Expired: return tr("Expired");
    case WarrantyStatus::Unknown: break;
    }
    return tr("Unknown");
}

QString WarrantyText::statusBackground(WarrantyStatus status)
{
    switch (status) {
    case WarrantyStatus::InWarranty: return QStringLiteral("#2e7d32");
    case WarrantyStatus::ExpiresSoon: return QStringLiteral("#ef6c00");
    case WarrantyStatus::Expired: return QStringLiteral("#c62828");
    case WarrantyStatus::Unknown: break;
    }
    return QStringLiteral("#9e9e9e");
}

QString WarrantyText::statusForeground(WarrantyStatus)
{
    return QStringLiteral("#ffffff");
}

QString WarrantyText::summary(const WarrantySummary& summary)
{
    if (summary.products == 0)
        return tr("No products recorded");
    QStringList parts;
    if (summary.inWarranty > 0) {
        QString part = tr("%n in warranty", nullptr, summary.inWarranty);
        if (summary.nextEnd.isValid())
            part += QLatin1Char(' ') + tr("(next ends %1)").arg(summary.nextEnd.toString(Qt::ISODate));
        parts.append(part);
    }
    if (summary.expiring > 0)
        parts.append(tr("%n expire(s) within 30 days", nullptr, summary.expiring));
    if (summary.expired > 0)
        parts.append(tr("%n expired", nullptr, summary.expired));
    const int unknown = summary.products - summary.inWarranty - summary.expired;
    if (unknown > 0)
        parts.append(tr("%n without warranty dates", nullptr, unknown));
    return tr("Products: %1").arg(parts.join(tr(", ")));
}

} // namespace csm::client
