#pragma once
// All SQL of fees: fee schedules, the warranty rule parameters, the facts the warranty verdict
// needs (one statement), the parts used on an order and the fees stored on it.
#include "common/model/fees.h"
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <QCborMap>

#include <optional>
#include <vector>

namespace csm::server::fees {

// The business day of fees and warranty verdicts (the call center's).
inline constexpr const char* kFeeTimeZone = "Asia/Shanghai";

// The schedule row that applies to a service type on a product (its category or the nearest
// parent category with a row), valid today.
struct ScheduleMatch {
    qint64 id = 0;
    common::Fen labourFen = 0;
    common::Fen travelFen = 0;
    QString categoryCode;
    QDate validFrom;
};

// Everything the verdict and the fees of one product and service type need, read at once.
struct FeeFacts {
    bool productFound = false;
    QString categoryCode;
    QString categoryName;
    QDate purchaseDate;
    QDate warrantyEnd;
    QList<common::WarrantyContract> contracts;   // the active ones
    int priorRepairs = 0;
    common::WarrantyParams params;
    QDate today;
    std::optional<QCborMap> storedVerdict;      // the verdict stored when the order was completed
    std::optional<ScheduleMatch> schedule;
};

struct FeeFactsQuery {
    qint64 productId = 0;       // 0: none (only the stored verdict and today are read)
    QString serviceType;
    QString faultCode;          // empty: repairs of any fault count
    qint64 ticketId = 0;        // 0: none (not excluded from the repairs, no stored verdict)
};

struct RuleParamRow {
    QString categoryCode;       // empty: the default
    QString categoryName;
    QString key;
    int value = 0;
};

// The few facts of an order the fees need (read without scope: the caller checked it).
struct TicketBasics {
    QString serviceType;
    qint64 productId = 0;
    QString faultCode;
};

struct StoredFee {
    common::TicketFee fee;
    QCborMap verdict;
};

class FeeRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    static FeeFacts facts(pqxx::transaction_base& tx, const FeeFactsQuery& query);

    // Fee schedules, by service type, category and newest first; `current` marks the row that
    // applies today to its service type × category.
    static std::vector<common::FeeSchedule> schedules(pqxx::transaction_base& tx, const QString& serviceType,
                                                      const QString& categoryCode);
    static std::optional<common::FeeSchedule> schedule(pqxx::transaction_base& tx, const QString& serviceType,
                                                       const QString& categoryCode, const QDate& validFrom);
    // False: a row exists already (insert) or the version is stale (update).
    static bool saveSchedule(pqxx::transaction_base& tx, const common::FeeSchedule& schedule, qint64 userId);
    static std::optional<QString> categoryName(pqxx::transaction_base& tx, const QString& code);
    static QDate today(pqxx::transaction_base& tx);

    static std::vector<RuleParamRow> ruleParams(pqxx::transaction_base& tx);
    static void setRuleParam(pqxx::transaction_base& tx, const QString& categoryCode, const QString& key, int value,
                             qint64 userId);
    static void removeRuleParam(pqxx::transaction_base& tx, const QString& categoryCode, const QString& key);

    static std::optional<TicketBasics> ticketBasics(pqxx::transaction_base& tx, qint64 ticketId);
    static QList<common::TicketPart> parts(pqxx::transaction_base& tx, qint64 ticketId);
    static void replaceParts(pqxx::transaction_base& tx, qint64 ticketId, const QList<common::TicketPart>& parts);
    // The order's version + 1 when it still is `version`; nullopt when it is not.
    static std::optional<int> touchTicket(pqxx::transaction_base& tx, qint64 ticketId, int version);

    static std::optional<StoredFee> fee(pqxx::transaction_base& tx, qint64 ticketId);
    static void saveFee(pqxx::transaction_base& tx, const common::TicketFee& fee, const QCborMap& verdict,
                        qint64 userId);
    // One visit of a maintenance plan used; false when none was left.
    static bool useVisit(pqxx::transaction_base& tx, qint64 contractId);

    static void audit(pqxx::transaction_base& tx, qint64 userId, const QString& action, const QString& entity,
                      qint64 entityId, const QCborMap& detail);
};

} // namespace csm::server::fees
