#pragma once
// Fees of work orders (DOMAIN.md §8) as both sides see them: fee schedules per service type ×
// product category, service contracts on a customer product, the parts used on an order and the
// fees computed when it is completed. Money is in fen (common/domain/money.h), never floating.
#include "common/domain/money.h"
#include "common/model/warranty_rules.h"

#include <QCborArray>
#include <QCborMap>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace csm::common {

// Limits shared by the forms and the server.
inline constexpr Fen kFeeMaxFen = 100'000'000;        // ¥1,000,000.00 per amount
inline constexpr int kTicketPartsMax = 50;            // lines per order
inline constexpr int kTicketPartQtyMax = 999;
inline constexpr int kTicketPartCodeMax = 40;
inline constexpr int kTicketPartNameMax = 100;
inline constexpr int kContractNoMax = 40;
inline constexpr int kContractNoteMax = 500;
inline constexpr int kContractVisitsMax = 100;

// Labour and travel fee of a service type on a product category, valid from a day on (the
// latest row not after today applies). A category without a row of its own uses its parent's.
struct FeeSchedule {
    qint64 id = 0;
    QString serviceType;
    QString categoryCode;
    QString categoryName;
    QDate validFrom;
    Fen labourFen = 0;
    Fen travelFen = 0;
    int version = 0;
    QDateTime updatedAt;
    bool current = false;     // the row that applies today to its service type × category

    QCborMap toCbor() const;
    static FeeSchedule fromCbor(const QCborMap& map);
};

// One line of the parts used on an order.
struct TicketPart {
    QString partCode;
    QString partName;
    int qty = 1;
    Fen unitPriceFen = 0;
    bool recoverOld = true;   // the old (defective) part is to be recovered (旧件回收)
    bool recovered = false;   // … and has been

    Fen amountFen() const { return unitPriceFen * qty; }
    QCborMap toCbor() const;
    static TicketPart fromCbor(const QCborMap& map);
};

// Checks a parts list as ticket.parts.set receives it; returns field → problem, keyed
// "parts" or "parts[3].qty" (rows counted from 0).
QMap<QString, QString> validateTicketParts(const QCborValue& parts);
QList<TicketPart> ticketPartsFromCbor(const QCborArray& items);
QCborArray ticketPartsToCbor(const QList<TicketPart>& parts);

// What the customer is charged: labour + travel (from the schedule) + parts when the verdict
// is paid; nothing when it is free (parts too, when the rule covers them); nothing when the
// warranty is undetermined. `partsValueFen` is the value of the parts used whoever pays.
struct FeeAmounts {
    Fen labourFen = 0;
    Fen travelFen = 0;
    Fen partsFen = 0;
    Fen totalFen = 0;
    Fen partsValueFen = 0;
};
FeeAmounts computeFees(const WarrantyVerdict& verdict, Fen labourFen, Fen travelFen, const QList<TicketPart>& parts);

// The fees stored on an order when it was completed (ticket_fee).
struct TicketFee {
    qint64 ticketId = 0;
    QString verdict;
    QString rule;
    FeeAmounts amounts;
    qint64 feeScheduleId = 0;
    qint64 contractId = 0;
    QDateTime computedAt;

    QCborMap toCbor() const;
    static TicketFee fromCbor(const QCborMap& map);
};

// A service contract (服务合同) on a customer product: an extended warranty or a maintenance plan
// with a number of visits.
struct ServiceContract {
    qint64 id = 0;
    int version = 0;
    qint64 customerProductId = 0;
    QString kind;             // serviceContractKinds()
    QString contractNo;
    QDate startsOn;
    QDate endsOn;             // the last day covered
    int visits = 0;           // maintenance plans
    int visitsUsed = 0;
    Fen priceFen = 0;
    QString note;
    QString status;           // active | cancelled
    QString cancelReason;
    QDateTime createdAt;
    QDateTime cancelledAt;

    QCborMap toCbor() const;
    static ServiceContract fromCbor(const QCborMap& map);
};

} // namespace csm::common
