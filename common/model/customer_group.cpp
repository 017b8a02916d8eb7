#include "common/model/customer_group.h"

#include "common/domain/text_rules.h"

#include <QCborArray>
#include <QRegularExpression>
#include <QSet>

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

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QStringList stringList(const QCborValue& value)
{
    QStringList list;
    for (const QCborValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

QCborArray cborList(const QStringList& list)
{
    QCborArray array;
    for (const QString& item : list)
        array.append(item);
    return array;
}

std::optional<int> optionalInt(const QCborMap& map, const char* key)
{
    const QCborValue value = map.value(QLatin1String(key));
    if (!value.isInteger())
        return std::nullopt;
    return int(value.toInteger());
}

struct TypeName {
    ConditionType type;
    const char* name;
};
constexpr TypeName kTypeNames[] = {
    {ConditionType::Product, "product"},       {ConditionType::Region, "region"},
    {ConditionType::Gender, "gender"},         {ConditionType::Age, "age"},
    {ConditionType::VipLevel, "vip_level"},    {ConditionType::Tags, "tags"},
    {ConditionType::Occupation, "occupation"}, {ConditionType::IncomeBand, "income_band"},
};

// The keys each condition type may carry besides "type".
QStringList allowedKeys(ConditionType type)
{
    switch (type) {
    case ConditionType::Product:
        return {QStringLiteral("category"), QStringLiteral("purchased_from"), QStringLiteral("purchased_to"),
                QStringLiteral("older_than_months")};
    case ConditionType::Gender: return {QStringLiteral("value")};
    case ConditionType::Age:
    case ConditionType::VipLevel: return {QStringLiteral("min"), QStringLiteral("max")};
    case ConditionType::Region:
    case ConditionType::Tags:
    case ConditionType::Occupation:
    case ConditionType::IncomeBand: return {QStringLiteral("values")};
    }
    return {};
}

bool absent(const QCborValue& value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty());
}

// One condition: fills `out`, adds problems under `rule.conditions[index]`.
void parseCondition(const QCborMap& map, int index, SegmentCondition& out, QMap<QString, QString>& problems)
{
    auto problem = [&](const QString& member, const QString& text) {
        problems.insert(conditionField(index, member), text);
    };
    const QCborValue typeValue = map.value(QStringLiteral("type"));
    if (!typeValue.isString() || typeValue.toString().isEmpty()) {
        problem(QStringLiteral("type"), QStringLiteral("is required"));
        return;
    }
    const auto type = conditionTypeFromName(typeValue.toString());
    if (!type) {
        problem(QStringLiteral("type"), QStringLiteral("unknown condition '%1'").arg(typeValue.toString().left(40)));
        return;
    }
    out.type = *type;
    const QStringList allowed = allowedKeys(*type);
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString key = it.key().toString();
        if (key != QLatin1String("type") && !allowed.contains(key))
            problem(key.left(40), QStringLiteral("unknown key '%1' for a %2 condition").arg(key.left(40), typeValue.toString()));
    }

    auto date = [&](const char* key, QDate& target) {
        const QCborValue value = map.value(QLatin1String(key));
        if (absent(value))
            return;
        target = value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
        if (!target.isValid() || target.year() < 1900 || target.year() > 2999) {
            target = QDate();
            problem(QLatin1String(key), QStringLiteral("must be a date YYYY-MM-DD"));
        }
    };
    auto number = [&](const char* key, int low, int high) -> std::optional<int> {
        const QCborValue value = map.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isInteger() || value.toInteger() < low || value.toInteger() > high) {
            problem(QLatin1String(key), QStringLiteral("must be a whole number from %1 to %2").arg(low).arg(high));
            return std::nullopt;
        }
        return int(value.toInteger());
    };
    auto range = [&](int low, int high) {
        const bool hasMin = map.contains(QStringLiteral("min")) && !map.value(QStringLiteral("min")).isNull();
        const bool hasMax = map.contains(QStringLiteral("max")) && !map.value(QStringLiteral("max")).isNull();
        out.min = number("min", low, high);
        out.max = number("max", low, high);
        if (!hasMin && !hasMax)
            problem(QString(), QStringLiteral("needs a minimum or a maximum"));
        else if (out.min && out.max && *out.min > *out.max)
            problem(QStringLiteral("min"), QStringLiteral("must not be greater than the maximum"));
    };

    switch (*type) {
    case ConditionType::Product: {
        static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
        const QCborValue category = map.value(QStringLiteral("category"));
        if (absent(category))
            problem(QStringLiteral("category"), QStringLiteral("is required"));
        else if (!category.isString() || !code.match(category.toString()).hasMatch())
            problem(QStringLiteral("category"), QStringLiteral("must be a category code"));
        else
            out.category = category.toString();
        date("purchased_from", out.purchasedFrom);
        date("purchased_to", out.purchasedTo);
        if (out.purchasedFrom.isValid() && out.purchasedTo.isValid() && out.purchasedFrom > out.purchasedTo)
            problem(QStringLiteral("purchased_to"), QStringLiteral("must not be before the start of the range"));
        out.olderThanMonths = number("older_than_months", 1, kSegmentMonthsMax);
        break;
    }
    case ConditionType::Gender: {
        const QString value = str(map, "value");
        if (value != QLatin1String("male") && value != QLatin1String("female"))
            problem(QStringLiteral("value"), QStringLiteral("must be male or female"));
        else
            out.value = value;
        break;
    }
    case ConditionType::Age: range(0, 150); break;
    case ConditionType::VipLevel: range(0, 9); break;
    case ConditionType::Region:
    case ConditionType::Tags:
    case ConditionType::Occupation:
    case ConditionType::IncomeBand: {
        const QCborValue values = map.value(QStringLiteral("values"));
        if (!values.isArray() || values.toArray().isEmpty() || values.toArray().size() > kSegmentValuesMax) {
            problem(QStringLiteral("values"), QStringLiteral("needs 1 to %1 values").arg(kSegmentValuesMax));
            break;
        }
        static const QRegularExpression regionCode(QStringLiteral("^[0-9]{6}$"));
        for (const QCborValue& item : values.toArray()) {
            const QString text = item.isString() ? simplifiedText(item.toString()) : QString();
            if (*type == ConditionType::Region) {
                if (!regionCode.match(text).hasMatch()) {
                    problem(QStringLiteral("values"), QStringLiteral("must be a 6-digit region code"));
                    break;
                }
            } else if (text.isEmpty() || textLength(text) > kSegmentValueLengthMax) {
                problem(QStringLiteral("values"),
                        QStringLiteral("each value must be 1 to %1 characters").arg(kSegmentValueLengthMax));
                break;
            }
            if (!out.values.contains(text))
                out.values.append(text);
        }
        break;
    }
    }
}
} // namespace

QString groupKindName(GroupKind kind)
{
    return kind == GroupKind::Segment ? QStringLiteral("segment") : QStringLiteral("static");
}

std::optional<GroupKind> groupKindFromName(const QString& name)
{
    if (name == QLatin1String("static"))
        return GroupKind::Static;
    if (name == QLatin1String("segment"))
        return GroupKind::Segment;
    return std::nullopt;
}

QString conditionTypeName(ConditionType type)
{
    for (const TypeName& entry : kTypeNames) {
        if (entry.type == type)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<ConditionType> conditionTypeFromName(const QString& name)
{
    for (const TypeName& entry : kTypeNames) {
        if (name == QLatin1String(entry.name))
            return entry.type;
    }
    return std::nullopt;
}

QList<ConditionType> allConditionTypes()
{
    QList<ConditionType> types;
    for (const TypeName& entry : kTypeNames)
        types.append(entry.type);
    return types;
}

QString conditionField(int index, const QString& member)
{
    QString field = QStringLiteral("rule.conditions[%1]").arg(index);
    if (!member.isEmpty())
        field += QLatin1Char('.') + member;
    return field;
}

QCborMap SegmentCondition::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("type"), conditionTypeName(type));
    switch (type) {
    case ConditionType::Product:
        map.insert(QStringLiteral("category"), category);
        if (purchasedFrom.isValid())
            map.insert(QStringLiteral("purchased_from"), dateText(purchasedFrom));
        if (purchasedTo.isValid())
            map.insert(QStringLiteral("purchased_to"), dateText(purchasedTo));
        if (olderThanMonths)
            map.insert(QStringLiteral("older_than_months"), *olderThanMonths);
        break;
    case ConditionType::Gender: map.insert(QStringLiteral("value"), value); break;
    case ConditionType::Age:
    case ConditionType::VipLevel:
        if (min)
            map.insert(QStringLiteral("min"), *min);
        if (max)
            map.insert(QStringLiteral("max"), *max);
        break;
    case ConditionType::Region:
    case ConditionType::Tags:
    case ConditionType::Occupation:
    case ConditionType::IncomeBand: map.insert(QStringLiteral("values"), cborList(values)); break;
    }
    return map;
}

QCborMap SegmentRule::toCbor() const
{
    QCborArray list;
    for (const SegmentCondition& condition : conditions)
        list.append(condition.toCbor());
    QCborMap map;
    map.insert(QStringLiteral("conditions"), list);
    return map;
}

SegmentRule SegmentRule::fromCbor(const QCborMap& map)
{
    SegmentRule rule;
    for (const QCborValue& item : map.value(QStringLiteral("conditions")).toArray()) {
        const QCborMap entry = item.toMap();
        const auto type = conditionTypeFromName(str(entry, "type"));
        if (!type)
            continue;
        SegmentCondition condition;
        condition.type = *type;
        condition.category = str(entry, "category");
        condition.purchasedFrom = QDate::fromString(str(entry, "purchased_from"), Qt::ISODate);
        condition.purchasedTo = QDate::fromString(str(entry, "purchased_to"), Qt::ISODate);
        condition.olderThanMonths = optionalInt(entry, "older_than_months");
        condition.values = stringList(entry.value(QStringLiteral("values")));
        condition.value = str(entry, "value");
        condition.min = optionalInt(entry, "min");
        condition.max = optionalInt(entry, "max");
        rule.conditions.append(condition);
    }
    return rule;
}

QMap<QString, QString> parseSegmentRule(const QCborValue& rule, SegmentRule& out)
{
    QMap<QString, QString> problems;
    out = SegmentRule{};
    if (!rule.isMap()) {
        problems.insert(QStringLiteral("rule"), QStringLiteral("must be a map with a list of conditions"));
        return problems;
    }
    const QCborMap map = rule.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.key().toString() != QLatin1String("conditions"))
            problems.insert(QStringLiteral("rule"), QStringLiteral("unknown key '%1'").arg(it.key().toString().left(40)));
    }
    const QCborValue list = map.value(QStringLiteral("conditions"));
    if (!list.isArray()) {
        problems.insert(QStringLiteral("rule.conditions"), QStringLiteral("must be a list of conditions"));
        return problems;
    }
    const QCborArray conditions = list.toArray();
    if (conditions.isEmpty()) {
        problems.insert(QStringLiteral("rule.conditions"), QStringLiteral("needs at least one condition"));
        return problems;
    }
    if (conditions.size() > kSegmentConditionsMax) {
        problems.insert(QStringLiteral("rule.conditions"),
                        QStringLiteral("at most %1 conditions").arg(kSegmentConditionsMax));
        return problems;
    }
    QSet<ConditionType> seen;
    int products = 0;
    for (int index = 0; index < conditions.size(); ++index) {
        const QCborValue item = conditions.at(index);
        if (!item.isMap()) {
            problems.insert(conditionField(index), QStringLiteral("must be a map"));
            continue;
        }
        SegmentCondition condition;
        const qsizetype before = problems.size();
        parseCondition(item.toMap(), index, condition, problems);
        if (problems.size() != before)
            continue;
        if (condition.type == ConditionType::Product) {
            if (++products > kSegmentProductConditionsMax)
                problems.insert(conditionField(index, QStringLiteral("type")),
                                QStringLiteral("at most %1 product conditions").arg(kSegmentProductConditionsMax));
        } else if (seen.contains(condition.type)) {
            problems.insert(conditionField(index, QStringLiteral("type")),
                            QStringLiteral("only one %1 condition is allowed; put all values in one")
                                .arg(conditionTypeName(condition.type)));
        }
        seen.insert(condition.type);
        out.conditions.append(condition);
    }
    if (!problems.isEmpty())
        out = SegmentRule{};
    return problems;
}

QMap<QString, QString> validateGroupArgs(const QCborMap& args, bool requireAll)
{
    QMap<QString, QString> problems;
    const QCborValue name = args.value(QStringLiteral("name"));
    if (requireAll || args.contains(QStringLiteral("name"))) {
        if (!name.isString() || name.toString().trimmed().isEmpty())
            problems.insert(QStringLiteral("name"), QStringLiteral("is required"));
        else if (textLength(name.toString().trimmed()) > kGroupNameMax)
            problems.insert(QStringLiteral("name"), QStringLiteral("must be at most %1 characters").arg(kGroupNameMax));
    }
    if (args.contains(QStringLiteral("description"))) {
        const QCborValue description = args.value(QStringLiteral("description"));
        if (!description.isString() && !description.isNull())
            problems.insert(QStringLiteral("description"), QStringLiteral("must be a string"));
        else if (textLength(description.toString().trimmed()) > kGroupDescriptionMax)
            problems.insert(QStringLiteral("description"),
                            QStringLiteral("must be at most %1 characters").arg(kGroupDescriptionMax));
    }
    return problems;
}

QCborMap CustomerGroup::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("version"), version);
    map.insert(QStringLiteral("name"), name);
    map.insert(QStringLiteral("description"), description);
    map.insert(QStringLiteral("kind"), groupKindName(kind));
    map.insert(QStringLiteral("rule"), kind == GroupKind::Segment ? QCborValue(rule.toCbor()) : QCborValue(nullptr));
    map.insert(QStringLiteral("org_unit_id"), orgUnitId);
    map.insert(QStringLiteral("org_unit_name"), orgUnitName);
    map.insert(QStringLiteral("created_by"), createdBy);
    map.insert(QStringLiteral("created_by_name"), createdByName);
    map.insert(QStringLiteral("created_at"), timeText(createdAt));
    map.insert(QStringLiteral("updated_at"), timeText(updatedAt));
    map.insert(QStringLiteral("member_count"), memberCount >= 0 ? QCborValue(memberCount) : QCborValue(nullptr));
    return map;
}

CustomerGroup CustomerGroup::fromCbor(const QCborMap& map)
{
    CustomerGroup group;
    group.id = map.value(QStringLiteral("id")).toInteger();
    group.version = int(map.value(QStringLiteral("version")).toInteger());
    group.name = str(map, "name");
    group.description = str(map, "description");
    group.kind = groupKindFromName(str(map, "kind")).value_or(GroupKind::Static);
    if (map.value(QStringLiteral("rule")).isMap())
        group.rule = SegmentRule::fromCbor(map.value(QStringLiteral("rule")).toMap());
    group.orgUnitId = map.value(QStringLiteral("org_unit_id")).toInteger();
    group.orgUnitName = str(map, "org_unit_name");
    group.createdBy = map.value(QStringLiteral("created_by")).toInteger();
    group.createdByName = str(map, "created_by_name");
    group.createdAt = QDateTime::fromString(str(map, "created_at"), Qt::ISODateWithMs);
    group.updatedAt = QDateTime::fromString(str(map, "updated_at"), Qt::ISODateWithMs);
    const QCborValue count = map.value(QStringLiteral("member_count"));
    group.memberCount = count.isInteger() ? count.toInteger() : -1;
    return group;
}

QCborMap GroupMember::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), customerId);
    map.insert(QStringLiteral("name"), name);
    map.insert(QStringLiteral("phones"), cborList(phones));
    map.insert(QStringLiteral("address"), addressText);
    map.insert(QStringLiteral("vip_level"), vipLevel);
    map.insert(QStringLiteral("tags"), cborList(tags));
    map.insert(QStringLiteral("added_at"), timeText(addedAt));
    return map;
}

GroupMember GroupMember::fromCbor(const QCborMap& map)
{
    GroupMember member;
    member.customerId = map.value(QStringLiteral("id")).toInteger();
    member.name = str(map, "name");
    member.phones = stringList(map.value(QStringLiteral("phones")));
    member.addressText = str(map, "address");
    member.vipLevel = int(map.value(QStringLiteral("vip_level")).toInteger());
    member.tags = stringList(map.value(QStringLiteral("tags")));
    member.addedAt = QDateTime::fromString(str(map, "added_at"), Qt::ISODateWithMs);
    return member;
}

} // namespace csm::common
