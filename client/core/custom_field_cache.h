#pragma once
// The active custom fields of customers as the 360 view needs them to show values: loaded
// once through customer.field.list and kept until something newer is stored (the customer
// form loads them fresh each time it opens; the admin tab after every change).
#include "common/model/custom_field.h"
#include "common/protocol/message.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace csm::client {

class RpcClient;

class CustomFieldCache : public QObject {
    Q_OBJECT
public:
    // `error` is null on success (then `fields` are the active ones, in display order).
    using Callback = std::function<void(const common::CustomFieldList& fields, const common::ErrorInfo* error)>;

    explicit CustomFieldCache(RpcClient& rpc, QObject* parent = nullptr);

    // Answers at once from the cache, else after the server did; concurrent asks share one
    // request. The callback is skipped when `context` is gone.
    void fields(QObject* context, Callback callback);
    bool isLoaded() const { return m_loaded; }
    // Replaces the cached list (active fields only are kept).
    void store(const common::CustomFieldList& fields);
    void invalidate();

private:
    struct Waiter {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
    };

    RpcClient& m_rpc;
    common::CustomFieldList m_fields;
    bool m_loaded = false;
    QList<Waiter> m_waiting;
    quint64 m_generation = 0;
};

// The definitions of a customer.field.list result.
common::CustomFieldList customFieldsFromResult(const QCborValue& result);

} // namespace csm::client
