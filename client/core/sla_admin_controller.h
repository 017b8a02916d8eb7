#pragma once
// Administration → SLA, the server side: sla.policy.list into the model (with the business
// calendar and the repeat-repair window it carries), sla.policy.set, sla.calendar.set and
// sla.settings.set. No widgets here.
#include "common/model/sla_policy.h"
#include "common/protocol/message.h"

#include <QObject>

namespace csm::client {

class RpcClient;
class SlaPolicyModel;

class SlaAdminController : public QObject {
    Q_OBJECT
public:
    // Which form a failure belongs to (its field problems show there).
    enum class Form { List, Policy, Calendar, Settings };
    Q_ENUM(Form)

    SlaAdminController(RpcClient& rpc, SlaPolicyModel& model, QObject* parent = nullptr);

    void load();
    // A new policy (version 0) or a change of a stored one (its version).
    void savePolicy(const common::SlaPolicy& policy);
    void saveCalendar(const common::SlaCalendar& calendar);
    void saveRepeatRepairDays(int days);

    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_pending > 0; }
    const common::SlaCalendar& calendar() const { return m_calendar; }
    int repeatRepairDays() const { return m_repeatRepairDays; }

signals:
    void loaded();
    void policySaved(const csm::common::SlaPolicy& policy);
    void calendarSaved();
    void settingsSaved();
    void failed(csm::client::SlaAdminController::Form form, const csm::common::ErrorInfo& error);
    void busyChanged(bool busy);

private:
    void begin();
    void end();

    RpcClient& m_rpc;
    SlaPolicyModel& m_model;
    common::SlaCalendar m_calendar;
    int m_repeatRepairDays = 0;
    bool m_loaded = false;
    int m_pending = 0;
};

} // namespace csm::client
