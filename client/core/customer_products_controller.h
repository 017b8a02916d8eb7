#pragma once
// The Products pane of a customer's 360 view: customer.product.list into the model,
// product.model.list for the model picker (and the category names), and add / update /
// remove. Field problems of a write come back as `failed` with the server's field names
// (model_id, serial_number, purchase_date, install_date, dealer, note).
#include "common/model/customer_product.h"
#include "common/protocol/message.h"

#include <QList>
#include <QObject>

#include <functional>

namespace csm::client {

class RpcClient;
class CustomerProductModel;

class CustomerProductsController : public QObject {
    Q_OBJECT
public:
    enum class Action { Load, Add, Update, Remove };
    Q_ENUM(Action)

    CustomerProductsController(RpcClient& rpc, CustomerProductModel& model, QObject* parent = nullptr);

    void load(qint64 customerId);
    void reload() { load(m_customerId); }
    // `fields`: the editable fields as customer.product.add takes them.
    void add(const QCborMap& fields);
    void update(qint64 productId, int version, const QCborMap& fields);
    void remove(qint64 productId, int version);

    qint64 customerId() const { return m_customerId; }
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_pending > 0; }
    // The active models of the catalogue (empty until modelsLoaded).
    const QList<common::ProductModel>& models() const { return m_models; }

signals:
    void loaded();
    void modelsLoaded();
    void saved(const csm::common::CustomerProduct& product);
    void removed(qint64 productId);
    void busyChanged(bool busy);
    void failed(csm::client::CustomerProductsController::Action action, const csm::common::ErrorInfo& error);

private:
    void loadModels();
    // The warranty verdict of a repair of each product (warranty.verdict), quietly: a user who
    // may not read orders simply sees none.
    void loadVerdicts(const QList<common::CustomerProduct>& products);
    bool knowsModel(qint64 modelId) const;
    void call(Action action, const QString& op, const QCborMap& args, std::function<void(const QCborValue&)> onResult);

    RpcClient& m_rpc;
    CustomerProductModel& m_model;
    qint64 m_customerId = 0;
    QList<common::ProductModel> m_models;
    quint64 m_generation = 0;
    int m_pending = 0;
    bool m_loaded = false;
    bool m_modelsInFlight = false;
};

} // namespace csm::client
