#pragma once
// The region tree (province → city → district) as the forms need it: children of a code,
// loaded once through admin.region.list and kept for the session.
#include "common/protocol/message.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace csm::client {

class RpcClient;

struct RegionEntry {
    QString code;
    QString parentCode;
    QString name;
    int level = 1;        // 1 province, 2 city, 3 district
    bool active = true;
};

class RegionCache : public QObject {
    Q_OBJECT
public:
    // `error` is null on success.
    using Callback = std::function<void(const QList<RegionEntry>& children, const common::ErrorInfo* error)>;

    explicit RegionCache(RpcClient& rpc, QObject* parent = nullptr);

    // The children of `parentCode` (empty: the provinces). Answers at once from the cache,
    // else after the server did; concurrent asks for the same code share one request.
    // The callback is skipped when `context` is gone.
    void children(const QString& parentCode, QObject* context, Callback callback);
    // Cached children, or nullptr when not loaded yet.
    const QList<RegionEntry>* cached(const QString& parentCode) const;
    // Forgets everything (after an edit of the region tree).
    void invalidate();
    // Forgets one level (after adding or renaming a child of `parentCode`).
    void invalidate(const QString& parentCode);

private:
    struct Waiter {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
    };

    RpcClient& m_rpc;
    QHash<QString, QList<RegionEntry>> m_cache;
    QHash<QString, QList<Waiter>> m_waiting;
    quint64 m_generation = 0;
};

} // namespace csm::client
