#include "server/modules/fees/warranty_service.h"

#include "common/model/service_type.h"
#include "server/modules/fees/contract_repository.h"
#include "server/modules/tickets/ticket_repository.h"
#include "server/rpc/api_error.h"

#include <QCborArray>
#include <QTimeZone>

namespace csm::server::fees {

namespace {
constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();

QDate businessToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(kFeeTimeZone)).date();
}

QCborMap rulesResult(pqxx::transaction_base& tx)
{
    QCborArray items;
    for (const RuleParamRow& row : FeeRepository::ruleParams(tx)) {
        QCborMap item;
        item.insert(QStringLiteral("category_code"), row.categoryCode);
        item.insert(QStringLiteral("category_name"), row.categoryName);
        item.insert(QStringLiteral("key"), row.key);
        item.insert(QStringLiteral("value"), row.value);
        items.append(item);
    }
    QCborArray keys;
    for (const QString& key : common::WarrantyParams::keys())
        keys.append(QCborMap{{QStringLiteral("key"), key}, {QStringLiteral("max"), common::WarrantyParams::maxValue(key)}});
    QCborMap result;
    result.insert(QStringLiteral("items"), items);
    result.insert(QStringLiteral("keys"), keys);
    return result;
}
} // namespace

common::WarrantyVerdict WarrantyService::judge(const FeeFacts& facts, const QString& serviceType)
{
    common::WarrantyInput input;
    input.serviceType = serviceType;
    input.hasProduct = facts.productFound;
    input.categoryCode = facts.categoryCode;
    input.purchaseDate = facts.purchaseDate;
    input.warrantyEnd = facts.warrantyEnd;
    input.contracts = facts.contracts;
    input.priorRepairs = facts.priorRepairs;
    input.today = facts.today.isValid() ? facts.today : businessToday();
    input.params = facts.params;
    return common::judgeWarranty(input);
}

QCborMap WarrantyService::present(const common::WarrantyVerdict& verdict, const QDate& judgedOn, const QString& source)
{
    QCborMap map = verdict.toCbor();
    map.insert(QStringLiteral("judged_on"), judgedOn.toString(Qt::ISODate));
    map.insert(QStringLiteral("source"), source);
    return map;
}

QCborMap WarrantyService::forTicket(pqxx::transaction_base& tx, const common::Ticket& ticket)
{
    if (ticket.customerProductId == 0 || !common::isChargeableServiceType(ticket.serviceType)) {
        FeeFacts none;   // judged without the database: not applicable, or no product
        none.today = businessToday();
        return present(judge(none, ticket.serviceType), none.today, QStringLiteral("live"));
    }
    FeeFactsQuery query;
    query.productId = ticket.customerProductId;
    query.serviceType = ticket.serviceType;
    query.faultCode = ticket.faultCode;
    query.ticketId = ticket.id;
    const FeeFacts facts = FeeRepository::facts(tx, query);
    if (facts.storedVerdict)
        return *facts.storedVerdict;
    return present(judge(facts, ticket.serviceType), facts.today, QStringLiteral("live"));
}

QCborMap WarrantyService::verdict(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    if (const auto ticketId = args.optionalInt(QStringLiteral("ticket_id"), 1, kMaxId)) {
        const auto record = tickets::TicketRepository::find(tx, *ticketId, session.orgPath);
        if (!record)
            throw ApiError::notFound(QStringLiteral("work order"));
        return forTicket(tx, record->ticket);
    }
    if (!args.has(QStringLiteral("customer_product_id")))
        throw ApiError::validation(QStringLiteral("ticket_id"), QStringLiteral("give ticket_id or customer_product_id"));
    const qint64 productId = args.requiredInt(QStringLiteral("customer_product_id"), 1, kMaxId);
    const QString serviceType = args.stringOr(QStringLiteral("service_type"), 40, QStringLiteral("repair"));
    if (!common::isServiceType(serviceType))
        throw ApiError::validation(QStringLiteral("service_type"), QStringLiteral("is not a service type"));
    if (!ContractRepository::product(tx, productId, session.orgPath))
        throw ApiError::notFound(QStringLiteral("customer product"));
    FeeFactsQuery query;
    query.productId = productId;
    query.serviceType = serviceType;
    query.faultCode = args.stringOr(QStringLiteral("fault_code"), common::kTicketFaultCodeMax, {});
    const FeeFacts facts = FeeRepository::facts(tx, query);
    return present(judge(facts, serviceType), facts.today, QStringLiteral("live"));
}

QCborMap WarrantyService::rulesList(pqxx::transaction_base& tx, const Session&, const Args&)
{
    return rulesResult(tx);
}

QCborMap WarrantyService::rulesSet(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const QString category = args.stringOr(QStringLiteral("category_code"), 32, {});
    if (!category.isEmpty() && !FeeRepository::categoryName(tx, category))
        throw ApiError::validation(QStringLiteral("category_code"), QStringLiteral("is not a product category"));
    const auto values = args.optionalMap(QStringLiteral("values"));
    if (!values || values->isEmpty())
        throw ApiError::validation(QStringLiteral("values"), QStringLiteral("give at least one parameter: %1")
                                                                  .arg(common::WarrantyParams::keys().join(QStringLiteral(", "))));
    QMap<QString, QString> problems;
    for (auto it = values->cbegin(); it != values->cend(); ++it) {
        const QString key = it.key().toString();
        const QString field = QStringLiteral("values.") + key;
        if (!common::WarrantyParams::keys().contains(key)) {
            problems.insert(field, QStringLiteral("is not a warranty rule parameter"));
            continue;
        }
        const int max = common::WarrantyParams::maxValue(key);
        if (it.value().isNull()) {
            if (category.isEmpty())
                problems.insert(field, QStringLiteral("a default cannot be removed; set it to 0 to turn the rule off"));
        } else if (!it.value().isInteger() || it.value().toInteger() < 0 || it.value().toInteger() > max) {
            problems.insert(field, QStringLiteral("must be a whole number from 0 to %1").arg(max));
        }
    }
    if (!problems.isEmpty())
        throw ApiError::validation(problems);
    for (auto it = values->cbegin(); it != values->cend(); ++it) {
        if (it.value().isNull())
            FeeRepository::removeRuleParam(tx, category, it.key().toString());
        else
            FeeRepository::setRuleParam(tx, category, it.key().toString(), int(it.value().toInteger()), session.userId);
    }
    QCborMap detail{{QStringLiteral("category_code"), category}, {QStringLiteral("values"), *values}};
    FeeRepository::audit(tx, session.userId, QStringLiteral("warranty.rules.set"), QStringLiteral("warranty_rule"), 0,
                         detail);
    return rulesResult(tx);
}

} // namespace csm::server::fees
