#pragma once
// Customer groups (客户分组) as both sides see them: static lists and rule-based segments, and
// the fixed vocabulary of segment rules with the checks both sides run. The server stores a rule
// as jsonb in exactly the shape SegmentRule::toCbor() gives and evaluates it as one
// parameterised query (server/modules/groups).
#include <QCborMap>
#include <QCborValue>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace csm::common {

enum class GroupKind { Static, Segment };
QString groupKindName(GroupKind kind);                      // "static", "segment"
std::optional<GroupKind> groupKindFromName(const QString& name);

// The conditions a segment may combine (all must hold).
enum class ConditionType {
    Product,     // owns a product of a category (or one of its sub-categories), optionally bought in a date range
    Region,      // lives in one of these regions (a province, city or district, with everything below it)
    Gender,      // male / female
    Age,         // age in whole years from the birth date, min..max
    VipLevel,    // VIP level min..max (0–9)
    Tags,        // has any of these tags
    Occupation,  // occupation is one of these
    IncomeBand,  // income band is one of these
};
QString conditionTypeName(ConditionType type);              // "product", "region", … as on the wire
std::optional<ConditionType> conditionTypeFromName(const QString& name);
QList<ConditionType> allConditionTypes();

struct SegmentCondition {
    ConditionType type = ConditionType::Product;
    QString category;                 // Product: a category code
    QDate purchasedFrom;              // Product: optional, inclusive
    QDate purchasedTo;                // Product: optional, inclusive
    std::optional<int> olderThanMonths;  // Product: bought at least this many months before the evaluation day
    QStringList values;               // Region codes, tags, occupations, income bands
    QString value;                    // Gender
    std::optional<int> min;           // Age, VipLevel
    std::optional<int> max;

    QCborMap toCbor() const;
    bool operator==(const SegmentCondition& other) const = default;
};

struct SegmentRule {
    QList<SegmentCondition> conditions;

    // {"conditions": [{"type": "product", "category": "RH", "purchased_to": "2023-06-30"}, …]}
    QCborMap toCbor() const;
    // Lenient: for display of a stored rule. Use parseSegmentRule() for input.
    static SegmentRule fromCbor(const QCborMap& map);
    bool operator==(const SegmentRule& other) const = default;
};

struct CustomerGroup {
    qint64 id = 0;
    int version = 0;
    QString name;
    QString description;
    GroupKind kind = GroupKind::Static;
    SegmentRule rule;                 // segments only
    qint64 orgUnitId = 0;
    QString orgUnitName;
    qint64 createdBy = 0;
    QString createdByName;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 memberCount = -1;          // static: from the member table; segment: -1 unless evaluated

    QCborMap toCbor() const;
    static CustomerGroup fromCbor(const QCborMap& map);
};

// A row of customer.group.members.
struct GroupMember {
    qint64 customerId = 0;
    QString name;
    QStringList phones;               // normalised
    QString addressText;
    int vipLevel = 0;
    QStringList tags;
    QDateTime addedAt;                // static groups only

    QCborMap toCbor() const;
    static GroupMember fromCbor(const QCborMap& map);
};

// Limits shared by the editor and the server.
inline constexpr int kGroupNameMax = 100;
inline constexpr int kGroupDescriptionMax = 500;
inline constexpr int kSegmentConditionsMax = 10;
inline constexpr int kSegmentProductConditionsMax = 5;
inline constexpr int kSegmentValuesMax = 20;
inline constexpr int kSegmentValueLengthMax = 50;
inline constexpr int kSegmentMonthsMax = 600;
inline constexpr int kGroupMembersPerCall = 1000;

// Checks a rule as sent (the `rule` argument) against the fixed vocabulary and fills `out`.
// Returns field → problem; fields are named `rule`, `rule.conditions`,
// `rule.conditions[2].category` (0-based). Unknown condition types and unknown keys are
// problems, as are bad dates and ranges. Whether a category or region exists is the server's
// check (it needs the catalogue).
QMap<QString, QString> parseSegmentRule(const QCborValue& rule, SegmentRule& out);

// The field key of condition `index` (0-based), with an optional member: "rule.conditions[1].min".
QString conditionField(int index, const QString& member = {});

// Checks the name and description of a group as the editor sends them.
QMap<QString, QString> validateGroupArgs(const QCborMap& args, bool requireAll);

} // namespace csm::common
