#pragma once
// The group editor's server side: the category tree for the product condition
// (product.category.list), the live "N customers match" (customer.group.preview, debounced;
// answers to older rules are dropped) and saving (customer.group.create / update).
#include "common/model/customer_group.h"
#include "common/protocol/message.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace csm::client {

class RpcClient;

struct CategoryEntry {
    QString code;
    QString name;
    QString parentCode;
    int depth = 0;       // 0 at the top of the tree
};

class GroupEditorController : public QObject {
    Q_OBJECT
public:
    static constexpr int kPreviewDelayMs = 400;

    explicit GroupEditorController(RpcClient& rpc, QObject* parent = nullptr);

    void loadCategories();
    const QList<CategoryEntry>& categories() const { return m_categories; }
    // Counts the rule after a short pause (the last call wins).
    void schedulePreview(const common::SegmentRule& rule);
    void previewNow(const common::SegmentRule& rule);
    // Drops a scheduled preview and the answer to one in flight.
    void cancelPreview();
    // Creates (base.id == 0) or updates the group; for an update only the changed fields are sent.
    void save(const common::CustomerGroup& base, const QString& name, const QString& description,
              const common::SegmentRule& rule);
    bool isSaving() const { return m_saving; }

signals:
    void categoriesLoaded();
    void previewStarted();
    void previewReady(qint64 count);
    // The rule cannot be counted: its problems (field → problem), or another error.
    void previewFailed(const csm::common::ErrorInfo& error);
    void saved(const csm::common::CustomerGroup& group, bool created);
    void saveFailed(const csm::common::ErrorInfo& error);
    void failed(const csm::common::ErrorInfo& error);

private:
    void runPreview();

    RpcClient& m_rpc;
    QList<CategoryEntry> m_categories;
    QTimer m_previewTimer;
    common::SegmentRule m_pendingRule;
    quint64 m_previewGeneration = 0;
    bool m_saving = false;
};

// The tree in display order (parents before their children), each with its depth.
QList<CategoryEntry> orderCategoryTree(const QList<CategoryEntry>& flat);

} // namespace csm::client
