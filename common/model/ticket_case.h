#pragma once
// Complaints, suggestions and praise (投诉 / 建议 / 赞誉) and supervision (督办) of work orders, as
// both sides see them; and the fault codes of a product category. The server sends codes, the
// client owns their words (client/core/case_text.h).
#include <QCborMap>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace csm::common {

// The service types that carry complaint details: complaint, suggestion, praise.
const QStringList& caseServiceTypes();
bool isCaseServiceType(const QString& serviceType);

// What a complaint (or suggestion, or praise) is about: service_attitude, repair_quality,
// timeliness, fees, product_quality, other.
const QStringList& complaintCategoryCodes();

// Supervision states: open → answered → closed; open → overdue (by the server, when the
// deadline passes unanswered) → answered (late) → closed. Closing is possible from any of them.
const QStringList& supervisionStatusCodes();

inline constexpr int kComplaintResolutionMax = 2000;
inline constexpr int kComplaintCommentMax = 1000;
inline constexpr int kSupervisionDemandMax = 1000;
inline constexpr int kSupervisionAnswerMax = 2000;
inline constexpr int kSupervisionNoteMax = 1000;
inline constexpr int kFaultCodeNameMax = 100;
inline constexpr int kSatisfactionMin = 1;
inline constexpr int kSatisfactionMax = 5;

// The complaint details of an order (ticket_complaint).
struct TicketComplaint {
    qint64 ticketId = 0;
    QString category;
    qint64 responsibleOrgUnitId = 0;     // 0: none named
    QString responsibleOrgUnitName;
    QDateTime deadline;                  // invalid: none
    QString resolution;
    int satisfaction = 0;                // 1–5; 0: not recorded yet
    QString satisfactionComment;
    QDateTime recordedAt;                // when the resolution and satisfaction were recorded
    QString recordedByName;
    QString setByName;
    QDateTime updatedAt;

    bool isResolved() const { return recordedAt.isValid(); }
    QCborMap toCbor() const;
    static TicketComplaint fromCbor(const QCborMap& map);
};

// One supervision (督办) of an order.
struct TicketSupervision {
    qint64 id = 0;
    qint64 ticketId = 0;
    QString ticketNumber;
    QString status;
    qint64 openedBy = 0;
    QString openedByName;
    QDateTime openedAt;
    QDateTime deadline;
    QString demand;
    qint64 targetOrgUnitId = 0;
    QString targetOrgUnitName;
    QString answer;
    qint64 answeredBy = 0;
    QString answeredByName;
    QDateTime answeredAt;
    QDateTime overdueAt;                 // set once when the deadline passed unanswered
    QDateTime closedAt;
    QString closedByName;
    QString closeNote;
    bool canAnswer = false;              // for the caller: a user of the target unit (or above it)
    bool canClose = false;

    bool isOpen() const { return status == QLatin1String("open") || status == QLatin1String("overdue"); }
    QCborMap toCbor() const;
    static TicketSupervision fromCbor(const QCborMap& map);
};

// What ticket.get / ticket.transition add for the cases module: the complaint details (service
// types of caseServiceTypes() only), the supervisions, newest first, and the case ops the caller
// may use on the order now ("complaint.set", "complaint.resolve", "supervision.open").
struct TicketCaseFacts {
    bool hasComplaint = false;           // the order is a complaint, suggestion or praise…
    std::optional<TicketComplaint> complaint;   // …and its details, once set
    QList<TicketSupervision> supervisions;
    QStringList actions;

    void insertInto(QCborMap& map) const;
    static TicketCaseFacts fromCbor(const QCborMap& ticketReply);
};

// A fault code of a product category (故障代码).
struct FaultCode {
    QString categoryCode;                // the category that defines it (the product's or above)
    QString categoryName;
    QString code;
    QString name;
    bool active = true;

    QCborMap toCbor() const;
    static FaultCode fromCbor(const QCborMap& map);
};

} // namespace csm::common
