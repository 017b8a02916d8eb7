#include "server/modules/customers/custom_field_service.h"

#include "server/modules/customers/custom_field_repository.h"
#include "server/rpc/api_error.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csm::server::customers {

using common::CustomFieldDefinition;
using common::CustomFieldType;

namespace {
constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();

QString auditDetail(const CustomFieldDefinition& field, const Args& args)
{
    QJsonArray fields;
    for (auto it = args.map().cbegin(); it != args.map().cend(); ++it) {
        const QString key = it.key().toString();
        if (key != QLatin1String("id") && key != QLatin1String("version"))
            fields.append(key);
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("code"), field.code},
                                                       {QStringLiteral("fields"), fields},
                                                       {QStringLiteral("version"), field.version}})
                                 .toJson(QJsonDocument::Compact));
}

double numberOf(const QCborValue& value)
{
    return value.isInteger() ? double(value.toInteger()) : value.toDouble();
}

// Whether a value given equals the one stored (nothing to write).
bool sameValue(const CustomFieldDefinition& field, const QCborValue& given, const QCborValue& stored)
{
    const bool givenEmpty = given.isNull() || given.isUndefined();
    const bool storedEmpty = stored.isNull() || stored.isUndefined();
    if (givenEmpty || storedEmpty)
        return givenEmpty == storedEmpty;
    if (field.type == CustomFieldType::Number)
        return numberOf(given) == numberOf(stored);
    return given.toString() == stored.toString();
}

CustomFieldDefinition requireField(pqxx::transaction_base& tx, const Args& args)
{
    const qint64 id = args.requiredInt(QStringLiteral("id"), 1, kMaxId);
    const int version = int(args.requiredInt(QStringLiteral("version"), 1, std::numeric_limits<int>::max()));
    const auto current = CustomFieldRepository::find(tx, id, true);
    if (!current)
        throw ApiError::notFound(QStringLiteral("custom field"));
    if (current->version != version)
        throw ApiError::conflict(QStringLiteral("the custom field was changed by someone else (version %1, yours %2); reload it")
                                     .arg(current->version)
                                     .arg(version));
    return *current;
}

CustomFieldDefinition store(pqxx::transaction_base& tx, const Session& session, const CustomFieldDefinition& next,
                            const QString& action, const Args& args)
{
    if (!CustomFieldRepository::update(tx, next))
        throw ApiError::conflict(QStringLiteral("the custom field was changed by someone else; reload it"));
    CustomFieldDefinition stored = *CustomFieldRepository::find(tx, next.id, false);
    CustomFieldRepository::audit(tx, session.userId, action, stored.id, auditDetail(stored, args));
    return stored;
}
} // namespace

QCborMap CustomFieldService::list(pqxx::transaction_base& tx, const Args& args)
{
    QCborArray items;
    for (const CustomFieldDefinition& field :
         CustomFieldRepository::list(tx, args.boolOr(QStringLiteral("include_inactive"), false)))
        items.append(field.toCbor());
    QCborMap result;
    result.insert(QStringLiteral("items"), items);
    return result;
}

CustomFieldDefinition CustomFieldService::create(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    CustomFieldDefinition field;
    auto problems = common::applyCustomFieldArgs(field, args.map(), true);
    if (!problems.contains(QStringLiteral("code")) && CustomFieldRepository::codeTaken(tx, field.code))
        problems.insert(QStringLiteral("code"), QStringLiteral("is already taken"));
    if (!problems.isEmpty())
        throw ApiError::validation(problems);
    if (!args.has(QStringLiteral("position")))
        field.position = CustomFieldRepository::nextPosition(tx);
    const qint64 id = CustomFieldRepository::insert(tx, field, session.userId);
    CustomFieldDefinition stored = *CustomFieldRepository::find(tx, id, false);
    CustomFieldRepository::audit(tx, session.userId, QStringLiteral("customer.field.create"), id,
                                 auditDetail(stored, args));
    return stored;
}

CustomFieldDefinition CustomFieldService::update(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const CustomFieldDefinition current = requireField(tx, args);
    CustomFieldDefinition next = current;
    auto problems = common::applyCustomFieldArgs(next, args.map(), false);
    if (next.type != current.type && !problems.contains(QStringLiteral("type"))
        && CustomFieldRepository::hasValues(tx, current.id))
        problems.insert(QStringLiteral("type"), QStringLiteral("cannot be changed: customers hold values of this field"));
    if (current.type == CustomFieldType::Choice && next.type == CustomFieldType::Choice
        && !problems.contains(QStringLiteral("options"))) {
        QStringList kept;
        for (const common::CustomFieldOption& option : next.options)
            kept.append(option.value);
        const QStringList used = CustomFieldRepository::optionsInUse(tx, current.id, kept);
        if (!used.isEmpty())
            problems.insert(QStringLiteral("options"),
                            QStringLiteral("option '%1' is in use by customers and cannot be removed").arg(used.first()));
    }
    if (!problems.isEmpty())
        throw ApiError::validation(problems);
    return store(tx, session, next, QStringLiteral("customer.field.update"), args);
}

CustomFieldDefinition CustomFieldService::deactivate(pqxx::transaction_base& tx, const Session& session,
                                                     const Args& args)
{
    CustomFieldDefinition next = requireField(tx, args);
    if (!next.active)
        return next;   // already inactive: nothing changes
    next.active = false;
    return store(tx, session, next, QStringLiteral("customer.field.deactivate"), args);
}

QMap<QString, QString> CustomFieldService::checkValues(pqxx::transaction_base& tx, const Args& args, qint64 customerId,
                                                       bool creating, std::vector<CustomValueWrite>& writes)
{
    const QCborValue custom = args.map().value(QStringLiteral("custom"));
    const bool given = !custom.isUndefined() && !custom.isNull();
    if (!given && !creating)
        return {};
    const common::CustomFieldList active = CustomFieldRepository::list(tx, false);
    const QCborMap current = creating || !given ? QCborMap() : CustomFieldRepository::values(tx, customerId);
    auto problems = common::validateCustomValues(active, custom, current, creating);
    if (!problems.isEmpty() || !given)
        return problems;
    const QCborMap values = custom.toMap();
    for (const CustomFieldDefinition& field : active) {
        if (!values.contains(field.code))
            continue;
        const QCborValue value = common::checkCustomValue(field, values.value(field.code)).value;
        if (!sameValue(field, value, current.value(field.code)))
            writes.push_back(CustomValueWrite{field, value});
    }
    return problems;
}

void CustomFieldService::writeValues(pqxx::transaction_base& tx, qint64 customerId,
                                     const std::vector<CustomValueWrite>& writes)
{
    for (const CustomValueWrite& write : writes)
        CustomFieldRepository::writeValue(tx, customerId, write.field, write.value);
}

} // namespace csm::server::customers
