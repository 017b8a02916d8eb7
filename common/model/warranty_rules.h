#pragma once
// The warranty rule engine (保修 / 三包): who pays for a service on a customer product and what
// the customer is entitled to (repair, replacement or refund). Pure: the caller gathers the
// facts (the product's dates, its contracts, its earlier repairs, the rule parameters an admin
// keeps per product category) and `judgeWarranty` decides. The server stores and sends the
// verdict; the client words it from `rule` and `args` (the English `reason` is for logs and
// tools).
//
// The rules, first match wins (DOMAIN.md §8; the 三包 rules of 部分商品修理更换退货责任规定):
//   1. consultation, complaint, suggestion, praise: nothing to charge       → not_applicable
//   2. no product on the order                                             → undetermined
//   3. maintenance: an active maintenance plan with visits left → free, else paid
//   4. repair, replacement, return — a performance fault:
//      day 0 … refund_days after the purchase (default 7)  → free; refund, replacement or repair
//      … replace_days (default 15)                         → free; replacement or repair
//   5. in warranty (today ≤ warranty end):
//      repair-like, after repair_limit (default 2) completed repairs of the same fault in the
//      warranty period                                      → free; replacement (or refund)
//      otherwise                                            → free repair
//   6. an active extended-warranty contract covering today   → free repair
//   7. no warranty dates known                               → undetermined (not charged)
//   8. otherwise                                             → paid
// Days count from the day after the purchase (民法典 §201): bought on the 1st, the 8th is day 7,
// the last day of the 7-day window; the warranty end is the last day covered.
#include <QCborMap>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace csm::common {

// The parameters an admin keeps (warranty.rules.set); 0 turns a rule off.
struct WarrantyParams {
    int refundDays = 7;
    int replaceDays = 15;
    int repairLimit = 2;
    bool extendedCoversParts = true;     // an extended warranty pays the parts too
    bool maintenanceCoversParts = true;  // a maintenance plan visit pays the parts too

    // The keys of warranty.rules.* and their allowed range.
    static const QStringList& keys();
    static int maxValue(const QString& key);
    int value(const QString& key) const;
    void set(const QString& key, int value);
};

// A service contract (服务合同) of the product, as the engine needs it.
struct WarrantyContract {
    qint64 id = 0;
    QString kind;          // extended_warranty | maintenance_plan
    QDate startsOn;
    QDate endsOn;          // the last day covered
    int visits = 0;        // maintenance plans: visits bought
    int visitsUsed = 0;
    bool active = true;    // false: cancelled

    bool covers(const QDate& day) const { return active && startsOn <= day && day <= endsOn; }
};

struct WarrantyInput {
    QString serviceType;
    bool hasProduct = false;
    QString categoryCode;
    QDate purchaseDate;    // invalid: unknown
    QDate warrantyEnd;     // invalid: unknown
    QList<WarrantyContract> contracts;
    int priorRepairs = 0;  // completed repairs of the same fault of this product within the warranty
    QDate today;
    WarrantyParams params;
};

// The verdict. `verdict`: free | paid | undetermined | not_applicable; `rule`: the rule that
// fired (the client translates it); `remedy`: repair | replace | refund | none, with the
// options the customer may choose from; `partsFree`: whether the parts are free too.
struct WarrantyVerdict {
    QString verdict;
    QString rule;
    QString remedy;
    QStringList remedyOptions;
    bool partsFree = false;
    QString reason;        // English, for logs and tools
    QCborMap args;         // the numbers the reason names: days_since_purchase, limit_days, ...
    qint64 contractId = 0; // the contract that pays (extended warranty, maintenance plan)

    bool isFree() const { return verdict == QLatin1String("free") || verdict == QLatin1String("not_applicable"); }
    bool isPaid() const { return verdict == QLatin1String("paid"); }

    QCborMap toCbor() const;
    static WarrantyVerdict fromCbor(const QCborMap& map);
};

// The codes, named once.
const QStringList& warrantyVerdictCodes();
const QStringList& warrantyRuleCodes();
const QStringList& serviceContractKinds();
// Service types the warranty rules and fees apply to (the others are never charged).
bool isChargeableServiceType(const QString& serviceType);
// Service types judged as a performance fault (the 7/15-day and repeat-failure rules).
bool isRepairLikeServiceType(const QString& serviceType);

WarrantyVerdict judgeWarranty(const WarrantyInput& input);

} // namespace csm::common
