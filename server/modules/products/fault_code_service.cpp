#include "server/modules/products/fault_code_service.h"

#include "common/model/ticket.h"
#include "common/model/ticket_case.h"
#include "server/modules/products/fault_code_repository.h"
#include "server/rpc/api_error.h"

#include <QCborArray>
#include <QRegularExpression>

namespace csm::server::products {

namespace {
// At most this many codes are named in a refusal.
constexpr int kCodesInMessage = 30;

QString requiredCategory(pqxx::transaction_base& tx, const Args& args)
{
    const QString category = args.requiredString(QStringLiteral("category"), 32);
    if (!FaultCodeRepository::categoryName(tx, category))
        throw ApiError::validation(QStringLiteral("category"), QStringLiteral("'%1' is not a product category").arg(category));
    return category;
}

QString requiredCode(const Args& args)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]{1,20}$"));
    const QString code = args.requiredString(QStringLiteral("code"), 20);
    if (!pattern.match(code).hasMatch())
        throw ApiError::validation(QStringLiteral("code"),
                                   QStringLiteral("must be 1–20 letters, digits, '.', '_' or '-' (e.g. E1, F3)"));
    return code;
}
} // namespace

QCborMap FaultCodeService::list(pqxx::transaction_base& tx, const Args& args)
{
    const bool includeInactive = args.boolOr(QStringLiteral("include_inactive"), false);
    const QString category = args.stringOr(QStringLiteral("category"), 32, {});
    const QString model = args.stringOr(QStringLiteral("model_code"), 40, {});
    QCborArray items;
    QCborMap result;
    if (category.isEmpty() && model.isEmpty()) {
        for (const common::FaultCode& code : FaultCodeRepository::all(tx, includeInactive))
            items.append(code.toCbor());
        result.insert(QStringLiteral("category"), QCborValue(QCborValue::Null));
    } else {
        const FaultCodeChain chain = FaultCodeRepository::chain(tx, category, model);
        if (chain.categoryCode.isEmpty())
            throw category.isEmpty()
                ? ApiError::validation(QStringLiteral("model_code"), QStringLiteral("'%1' is not a product model").arg(model))
                : ApiError::validation(QStringLiteral("category"), QStringLiteral("'%1' is not a product category").arg(category));
        QStringList seen;   // a code defined again nearer to the product wins
        for (const common::FaultCode& code : chain.codes) {
            if (seen.contains(code.code) || (!code.active && !includeInactive))
                continue;
            seen.append(code.code);
            items.append(code.toCbor());
        }
        result.insert(QStringLiteral("category"), QCborMap{{QStringLiteral("code"), chain.categoryCode},
                                                           {QStringLiteral("name"), chain.categoryName}});
    }
    result.insert(QStringLiteral("items"), items);
    return result;
}

QCborMap FaultCodeService::set(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    common::FaultCode code;
    code.categoryCode = requiredCategory(tx, args);
    code.code = requiredCode(args);
    code.name = args.requiredString(QStringLiteral("name"), common::kFaultCodeNameMax);
    code.active = args.boolOr(QStringLiteral("active"), true);
    const QCborMap result = FaultCodeRepository::upsert(tx, code, session.userId).toCbor();
    FaultCodeRepository::audit(tx, session.userId, QStringLiteral("fault_code.set"), result);
    return result;
}

QCborMap FaultCodeService::deactivate(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const QString category = requiredCategory(tx, args);
    const QString code = requiredCode(args);
    const auto done = FaultCodeRepository::deactivate(tx, category, code, session.userId);
    if (!done)
        throw ApiError::notFound(QStringLiteral("fault code %1 of category %2").arg(code, category));
    const QCborMap result = done->toCbor();
    FaultCodeRepository::audit(tx, session.userId, QStringLiteral("fault_code.deactivate"), result);
    return result;
}

void FaultCodeService::requireValid(pqxx::transaction_base& tx, qint64 customerProductId, const QString& code)
{
    if (customerProductId == 0 || code.isEmpty())
        return;
    const QString category = FaultCodeRepository::categoryOfProduct(tx, customerProductId);
    if (category.isEmpty())
        return;
    const FaultCodeChain chain = FaultCodeRepository::chain(tx, category, {});
    if (chain.codes.empty())
        return;   // no catalogue for this kind of product (yet): the code is free text
    QStringList known;
    for (const common::FaultCode& candidate : chain.codes) {
        if (!candidate.active || known.contains(candidate.code))
            continue;
        if (candidate.code == code)
            return;
        known.append(candidate.code);
    }
    QString list = known.mid(0, kCodesInMessage).join(QStringLiteral(", "));
    if (known.size() > kCodesInMessage)
        list += QStringLiteral(", …");
    throw ApiError::validation(QStringLiteral("fault_code"),
                               QStringLiteral("'%1' is not a fault code of category %2; known codes: %3")
                                   .arg(code, chain.categoryName, known.isEmpty() ? QStringLiteral("none active") : list));
}

} // namespace csm::server::products
