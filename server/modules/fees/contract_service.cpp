#include "server/modules/fees/contract_service.h"

#include "common/model/fees.h"
#include "server/modules/fees/contract_repository.h"
#include "server/modules/fees/fee_repository.h"
#include "server/rpc/api_error.h"

#include <QCborArray>

namespace csm::server::fees {

namespace {
constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();
constexpr int kMaxContractYears = 10;

QString kindName(const QString& kind)
{
    return kind == QLatin1String("extended_warranty") ? QStringLiteral("extended warranty")
                                                      : QStringLiteral("maintenance plan");
}
} // namespace

QCborMap ContractService::list(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const qint64 productId = args.requiredInt(QStringLiteral("customer_product_id"), 1, kMaxId);
    if (!ContractRepository::product(tx, productId, session.orgPath))
        throw ApiError::notFound(QStringLiteral("customer product"));
    QCborArray items;
    for (const common::ServiceContract& contract : ContractRepository::list(tx, productId))
        items.append(contract.toCbor());
    return QCborMap{{QStringLiteral("items"), items}};
}

QCborMap ContractService::create(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    common::ServiceContract c;
    c.customerProductId = args.requiredInt(QStringLiteral("customer_product_id"), 1, kMaxId);
    const auto product = ContractRepository::product(tx, c.customerProductId, session.orgPath);
    if (!product)
        throw ApiError::notFound(QStringLiteral("customer product"));
    c.kind = args.requiredString(QStringLiteral("kind"), 40);
    if (!common::serviceContractKinds().contains(c.kind))
        throw ApiError::validation(QStringLiteral("kind"), QStringLiteral("must be extended_warranty or maintenance_plan"));
    c.contractNo = args.stringOr(QStringLiteral("contract_no"), common::kContractNoMax, {});
    c.note = args.stringOr(QStringLiteral("note"), common::kContractNoteMax, {});
    c.priceFen = args.optionalInt(QStringLiteral("price_fen"), 0, common::kFeeMaxFen).value_or(0);
    if (c.kind == QLatin1String("maintenance_plan")) {
        if (!args.has(QStringLiteral("visits")))
            throw ApiError::validation(QStringLiteral("visits"), QStringLiteral("is required for a maintenance plan"));
        c.visits = int(args.requiredInt(QStringLiteral("visits"), 1, common::kContractVisitsMax));
    } else if (args.has(QStringLiteral("visits"))) {
        throw ApiError::validation(QStringLiteral("visits"), QStringLiteral("only a maintenance plan has visits"));
    }

    // An extended warranty starts where the maker's warranty ends (or today, if that is later).
    const QDate today = FeeRepository::today(tx);
    QDate start = today;
    if (c.kind == QLatin1String("extended_warranty") && product->warrantyEnd.isValid())
        start = std::max(today, product->warrantyEnd.addDays(1));
    c.startsOn = args.optionalDate(QStringLiteral("starts_on")).value_or(start);
    const auto ends = args.optionalDate(QStringLiteral("ends_on"));
    if (!ends)
        throw ApiError::validation(QStringLiteral("ends_on"), QStringLiteral("is required"));
    c.endsOn = *ends;
    if (c.endsOn < c.startsOn)
        throw ApiError::validation(QStringLiteral("ends_on"), QStringLiteral("must not be before the start (%1)")
                                                                  .arg(c.startsOn.toString(Qt::ISODate)));
    if (c.endsOn > c.startsOn.addYears(kMaxContractYears))
        throw ApiError::validation(QStringLiteral("ends_on"),
                                   QStringLiteral("a contract runs at most %1 years").arg(kMaxContractYears));
    if (c.endsOn < today)
        throw ApiError::validation(QStringLiteral("ends_on"), QStringLiteral("must not be in the past"));
    if (const auto other = ContractRepository::overlapping(tx, c.customerProductId, c.kind, c.startsOn, c.endsOn))
        throw ApiError::validation(QStringLiteral("starts_on"),
                                   QStringLiteral("an active %1 (%2 … %3%4) already covers part of this period; cancel "
                                                  "it first")
                                       .arg(kindName(c.kind), other->startsOn.toString(Qt::ISODate),
                                            other->endsOn.toString(Qt::ISODate),
                                            other->contractNo.isEmpty() ? QString() : QStringLiteral(", no. ") + other->contractNo));

    const qint64 id = ContractRepository::insert(tx, c, session.userId);
    const auto saved = ContractRepository::find(tx, id, session.orgPath);
    if (!saved)
        throw std::logic_error("a created contract is not visible to its creator");
    const QCborMap result = saved->toCbor();
    FeeRepository::audit(tx, session.userId, QStringLiteral("contract.create"), QStringLiteral("service_contract"), id,
                         result);
    return result;
}

QCborMap ContractService::cancel(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const qint64 id = args.requiredInt(QStringLiteral("id"), 1, kMaxId);
    const int version = int(args.requiredInt(QStringLiteral("version"), 1, std::numeric_limits<int>::max()));
    const QString reason = args.requiredString(QStringLiteral("reason"), common::kContractNoteMax);
    const auto contract = ContractRepository::find(tx, id, session.orgPath, true);
    if (!contract)
        throw ApiError::notFound(QStringLiteral("service contract"));
    if (contract->status != QLatin1String("active"))
        throw ApiError::validation(QStringLiteral("id"), QStringLiteral("the contract is cancelled already"));
    if (contract->version != version || !ContractRepository::cancel(tx, id, version, reason, session.userId))
        throw ApiError::conflict(QStringLiteral("the contract was changed by someone else (version %1, yours %2); reload it")
                                     .arg(contract->version)
                                     .arg(version));
    const auto saved = ContractRepository::find(tx, id, session.orgPath);
    const QCborMap result = saved->toCbor();
    FeeRepository::audit(tx, session.userId, QStringLiteral("contract.cancel"), QStringLiteral("service_contract"), id,
                         result);
    return result;
}

} // namespace csm::server::fees
