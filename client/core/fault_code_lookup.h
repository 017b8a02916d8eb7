#pragma once
// The fault codes of product categories (fault_code.list), read once per category or product
// model and kept: the choices of the fault-code box in the order form and the transition form.
#include "common/model/ticket_case.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>

namespace csm::client {

class RpcClient;

class FaultCodeLookup : public QObject {
    Q_OBJECT
public:
    explicit FaultCodeLookup(RpcClient& rpc, QObject* parent = nullptr);

    // Asks for the codes that apply to a category (or to a model's category) unless known.
    void requestCategory(const QString& category);
    void requestModel(const QString& modelCode);
    bool hasCategory(const QString& category) const { return m_byKey.contains(categoryKey(category)); }
    bool hasModel(const QString& modelCode) const { return m_byKey.contains(modelKey(modelCode)); }
    QList<common::FaultCode> categoryCodes(const QString& category) const { return m_byKey.value(categoryKey(category)); }
    QList<common::FaultCode> modelCodes(const QString& modelCode) const { return m_byKey.value(modelKey(modelCode)); }

signals:
    // The codes of that category or model arrived (an empty list when it has none or the
    // lookup failed: the box then takes free text, and the server checks).
    void categoryLoaded(const QString& category);
    void modelLoaded(const QString& modelCode);

private:
    static QString categoryKey(const QString& category) { return QStringLiteral("c:") + category; }
    static QString modelKey(const QString& model) { return QStringLiteral("m:") + model; }
    void request(const QString& key, const QCborMap& args, std::function<void()> announce);

    RpcClient& m_rpc;
    QHash<QString, QList<common::FaultCode>> m_byKey;
    QSet<QString> m_requested;
};

} // namespace csm::client
