#pragma once
// The warranty and fees of one work order: ticket.fees.get (the verdict, the parts, the fees
// stored at completion or what completing now would charge) into the parts model, and
// ticket.parts.set with the order's version (a stale version comes back as `conflict`; a saved
// list moves the order's version on, so the order is to be reloaded).
#include "common/model/fees.h"
#include "common/protocol/message.h"

#include <QObject>

#include <optional>

namespace csm::client {

class RpcClient;
class TicketPartsModel;

// What completing the order now would charge; `problem` non-empty when it cannot be completed
// (no fee schedule).
struct FeeEstimate {
    common::FeeAmounts amounts;
    bool hasSchedule = false;
    QString problemCode;
    QString problemServiceType;
    QString problemCategoryName;
};

class TicketFeesController : public QObject {
    Q_OBJECT
public:
    TicketFeesController(RpcClient& rpc, TicketPartsModel& parts, QObject* parent = nullptr);

    // Loads the order's fees; the parts are kept when the user has unsaved edits.
    void load(qint64 ticketId);
    void reload() { load(m_ticketId); }
    // Saves the parts model (checked with the shared rules first: problems come back as failed()
    // with a validation error and nothing is sent).
    void saveParts();

    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_pending > 0; }
    qint64 ticketId() const { return m_ticketId; }
    int ticketVersion() const { return m_ticketVersion; }
    bool canEditParts() const { return m_canEdit; }
    const common::WarrantyVerdict& verdict() const { return m_verdict; }
    // The verdict was fixed at completion (else judged today).
    bool verdictFixed() const { return m_verdictFixed; }
    const std::optional<common::TicketFee>& fee() const { return m_fee; }
    const std::optional<FeeEstimate>& estimate() const { return m_estimate; }

signals:
    void loaded();
    // The parts were saved; the order is now at `ticketVersion` (reload it).
    void partsSaved(int ticketVersion);
    void busyChanged(bool busy);
    void failed(const csm::common::ErrorInfo& error);

private:
    void adopt(const QCborMap& result, bool keepEdits);

    RpcClient& m_rpc;
    TicketPartsModel& m_parts;
    qint64 m_ticketId = 0;
    int m_ticketVersion = 0;
    bool m_canEdit = false;
    bool m_loaded = false;
    common::WarrantyVerdict m_verdict;
    bool m_verdictFixed = false;
    std::optional<common::TicketFee> m_fee;
    std::optional<FeeEstimate> m_estimate;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace csm::client
