#pragma once
// Administration → Fault codes, the server side: the product categories (product.category.list),
// the codes of the chosen category into the model (fault_code.list), fault_code.set and
// fault_code.deactivate. No widgets here.
#include "common/model/ticket_case.h"
#include "common/protocol/message.h"

#include <QList>
#include <QObject>
#include <QPair>

namespace csm::client {

class FaultCodeAdminModel;
class RpcClient;

class FaultCodeAdminController : public QObject {
    Q_OBJECT
public:
    FaultCodeAdminController(RpcClient& rpc, FaultCodeAdminModel& model, QObject* parent = nullptr);

    void loadCategories();
    // The codes of a category, active and inactive.
    void loadCodes(const QString& category);
    void save(const common::FaultCode& code);
    void deactivate(const QString& category, const QString& code);

    const QString& category() const { return m_category; }
    bool isBusy() const { return m_pending > 0; }
    // (code, "name (code)"), in the catalogue's order.
    const QList<QPair<QString, QString>>& categories() const { return m_categories; }

signals:
    void categoriesLoaded();
    void codesLoaded();
    void saved(const csm::common::FaultCode& code);
    void deactivated(const csm::common::FaultCode& code);
    void failed(const csm::common::ErrorInfo& error);
    void busyChanged(bool busy);

private:
    void begin();
    void end();

    RpcClient& m_rpc;
    FaultCodeAdminModel& m_model;
    QList<QPair<QString, QString>> m_categories;
    QString m_category;
    int m_pending = 0;
};

} // namespace csm::client
