#pragma once
// Administration → Fees, the server side: fee.schedule.list into the model, the product
// categories for the form (product.category.list), fee.schedule.set. No widgets here.
#include "common/model/fees.h"
#include "common/protocol/message.h"

#include <QList>
#include <QObject>
#include <QPair>

namespace csm::client {

class FeeScheduleModel;
class RpcClient;

class FeeScheduleController : public QObject {
    Q_OBJECT
public:
    FeeScheduleController(RpcClient& rpc, FeeScheduleModel& model, QObject* parent = nullptr);

    void load();
    // A new row (version 0) or a change of an existing one (its version).
    void save(const common::FeeSchedule& schedule);
    bool isBusy() const { return m_pending > 0; }
    // (code, "name (code)"), in the catalogue's order.
    const QList<QPair<QString, QString>>& categories() const { return m_categories; }

signals:
    void loaded();
    void saved(const csm::common::FeeSchedule& schedule);
    void failed(const csm::common::ErrorInfo& error);
    void busyChanged(bool busy);

private:
    void begin();
    void end();

    RpcClient& m_rpc;
    FeeScheduleModel& m_model;
    QList<QPair<QString, QString>> m_categories;
    int m_pending = 0;
};

} // namespace csm::client
