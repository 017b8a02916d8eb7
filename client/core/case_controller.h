#pragma once
// The case ops of one work order: complaint details (complaint.set), the resolution and the
// customer's satisfaction (complaint.resolve), supervision (supervision.open / answer / close),
// and the units a case may name (case.unit.list, read once when first asked for). After each
// change the order is to be reloaded (done()).
#include "common/protocol/message.h"

#include <QCborMap>
#include <QList>
#include <QObject>

#include <functional>

namespace csm::client {

class RpcClient;

struct CaseUnit {
    qint64 id = 0;
    QString code;
    QString name;
    int depth = 0;        // 1: the root of the service network
};

class CaseController : public QObject {
    Q_OBJECT
public:
    enum class Action { Units, SetComplaint, ResolveComplaint, OpenSupervision, AnswerSupervision, CloseSupervision };
    Q_ENUM(Action)

    explicit CaseController(RpcClient& rpc, QObject* parent = nullptr);

    void loadUnits();
    const QList<CaseUnit>& units() const { return m_units; }
    bool areUnitsLoaded() const { return m_unitsLoaded; }

    // `details`: {category, responsible_org_unit_id?, deadline?}.
    void setComplaint(qint64 ticketId, const QCborMap& details);
    void resolveComplaint(qint64 ticketId, const QString& resolution, int satisfaction, const QString& comment);
    void openSupervision(qint64 ticketId, qint64 targetOrgUnitId, const QDateTime& deadline, const QString& demand);
    void answerSupervision(qint64 supervisionId, const QString& answer);
    void closeSupervision(qint64 supervisionId, const QString& note);
    bool isBusy() const { return m_pending > 0; }

signals:
    void unitsLoaded();
    void done(csm::client::CaseController::Action action);
    void busyChanged(bool busy);
    void failed(csm::client::CaseController::Action action, const csm::common::ErrorInfo& error);

private:
    void call(Action action, const QString& op, const QCborMap& args, std::function<void(const QCborValue&)> onResult = {});

    RpcClient& m_rpc;
    QList<CaseUnit> m_units;
    bool m_unitsRequested = false;
    bool m_unitsLoaded = false;
    int m_pending = 0;
};

} // namespace csm::client
