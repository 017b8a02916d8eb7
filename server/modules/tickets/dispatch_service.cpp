#include "server/modules/tickets/dispatch_service.h"

#include "server/modules/tickets/dispatch_repository.h"
#include "server/modules/tickets/ticket_fields.h"
#include "server/rpc/api_error.h"

#include <QCborArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace csm::server::tickets {

namespace {
constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();

QString regionArg(const Args& args)
{
    const QString code = args.requiredString(QStringLiteral("region_code"), 6);
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    if (!sixDigits.match(code).hasMatch())
        throw ApiError::validation(QStringLiteral("region_code"), QStringLiteral("must be a 6-digit region code"));
    return code;
}

QCborMap coverageToCbor(const Coverage& coverage)
{
    QCborMap map;
    map.insert(QStringLiteral("region_code"), coverage.regionCode);
    map.insert(QStringLiteral("region_name"), coverage.regionName);
    map.insert(QStringLiteral("org_unit_id"), coverage.orgUnitId);
    map.insert(QStringLiteral("org_unit_code"), coverage.orgUnitCode);
    map.insert(QStringLiteral("org_unit_name"), coverage.orgUnitName);
    return map;
}
} // namespace

QCborMap DispatchService::suggest(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    QString region;
    if (args.has(QStringLiteral("customer_id"))) {
        const auto customer =
            DispatchRepository::customer(tx, args.requiredInt(QStringLiteral("customer_id"), 1, kMaxId), session.orgPath);
        if (!customer)
            throw ApiError::notFound(QStringLiteral("customer"));
        region = customer->regionCode;
    } else {
        region = regionArg(args);
    }
    QCborMap result;
    result.insert(QStringLiteral("region_code"), region);
    const auto coverage = region.isEmpty() ? std::nullopt : DispatchRepository::covering(tx, region);
    result.insert(QStringLiteral("suggestion"), coverage ? QCborValue(coverageToCbor(*coverage))
                                                         : QCborValue(QCborValue::Null));
    return result;
}

QCborMap DispatchService::coverageList(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    QCborArray items;
    for (const Coverage& coverage : DispatchRepository::coverageList(
             tx, session.orgPath, args.optionalInt(QStringLiteral("org_unit_id"), 1, kMaxId)))
        items.append(coverageToCbor(coverage));
    QCborMap result;
    result.insert(QStringLiteral("items"), items);
    return result;
}

QCborMap DispatchService::technicianList(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    QCborArray items;
    for (const auto& [id, username, displayName] :
         DispatchRepository::technicians(tx, args.requiredInt(QStringLiteral("org_unit_id"), 1, kMaxId), session.orgPath)) {
        QCborMap item;
        item.insert(QStringLiteral("id"), id);
        item.insert(QStringLiteral("username"), username);
        item.insert(QStringLiteral("display_name"), displayName);
        items.append(item);
    }
    QCborMap result;
    result.insert(QStringLiteral("items"), items);
    return result;
}

QCborMap DispatchService::coverageSet(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const QString region = regionArg(args);
    if (!DispatchRepository::regionExists(tx, region))
        throw ApiError::validation(QStringLiteral("region_code"), QStringLiteral("is not a region of the region tree"));
    const auto unitId = args.optionalInt(QStringLiteral("org_unit_id"), 1, kMaxId);
    QJsonObject detail{{QStringLiteral("region_code"), region}};
    if (unitId) {
        const UnitFacts unit = [&] {
            try {
                return requireAssignableUnit(tx, session, *unitId);
            } catch (const ApiError& error) {
                throw ApiError::validation(QStringLiteral("org_unit_id"),
                                           error.info().fields.value(QStringLiteral("assigned_org_unit_id")));
            }
        }();
        DispatchRepository::setCoverage(tx, region, unit.id, session.userId);
        detail.insert(QStringLiteral("org_unit_id"), unit.id);
    } else if (!DispatchRepository::removeCoverage(tx, region)) {
        throw ApiError::notFound(QStringLiteral("coverage of region %1").arg(region));
    }
    DispatchRepository::audit(tx, session.userId, QStringLiteral("dispatch.coverage.set"),
                              QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    QCborMap result;
    result.insert(QStringLiteral("region_code"), region);
    result.insert(QStringLiteral("org_unit_id"), unitId ? QCborValue(*unitId) : QCborValue(QCborValue::Null));
    return result;
}

} // namespace csm::server::tickets
