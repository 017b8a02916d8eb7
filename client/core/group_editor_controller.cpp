#include "client/core/group_editor_controller.h"

#include "client/core/rpc_client.h"

#include <QCborArray>
#include <QHash>
#include <QSet>

#include <functional>

namespace csm::client {

QList<CategoryEntry> orderCategoryTree(const QList<CategoryEntry>& flat)
{
    QHash<QString, QList<CategoryEntry>> children;
    QSet<QString> codes;
    for (const CategoryEntry& entry : flat)
        codes.insert(entry.code);
    for (const CategoryEntry& entry : flat) {
        // A parent that is missing puts the entry at the top.
        const QString parent = codes.contains(entry.parentCode) ? entry.parentCode : QString();
        children[parent].append(entry);
    }
    QList<CategoryEntry> ordered;
    QSet<QString> placed;
    std::function<void(const QString&, int)> walk = [&](const QString& parent, int depth) {
        for (CategoryEntry entry : children.value(parent)) {
            if (placed.contains(entry.code))
                continue;   // a cycle in the data: show each category once
            placed.insert(entry.code);
            entry.depth = depth;
            ordered.append(entry);
            walk(entry.code, depth + 1);
        }
    };
    walk(QString(), 0);
    return ordered;
}

GroupEditorController::GroupEditorController(RpcClient& rpc, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
{
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &GroupEditorController::runPreview);
}

void GroupEditorController::loadCategories()
{
    m_rpc.call(QStringLiteral("product.category.list"), {}, this, [this](const common::Response& response) {
        if (!response.ok) {
            emit failed(response.error);
            return;
        }
        QList<CategoryEntry> flat;
        for (const QCborValue& item : response.result.toMap().value(QStringLiteral("items")).toArray()) {
            const QCborMap map = item.toMap();
            flat.append(CategoryEntry{map.value(QStringLiteral("code")).toString(),
                                      map.value(QStringLiteral("name")).toString(),
                                      map.value(QStringLiteral("parent_code")).toString(), 0});
        }
        m_categories = orderCategoryTree(flat);
        emit categoriesLoaded();
    });
}

void GroupEditorController::schedulePreview(const common::SegmentRule& rule)
{
    m_pendingRule = rule;
    ++m_previewGeneration;   // an answer to an older rule is stale from now on
    m_previewTimer.start();
}

void GroupEditorController::previewNow(const common::SegmentRule& rule)
{
    m_pendingRule = rule;
    m_previewTimer.stop();
    runPreview();
}

void GroupEditorController::cancelPreview()
{
    m_previewTimer.stop();
    ++m_previewGeneration;
}

void GroupEditorController::runPreview()
{
    const quint64 generation = ++m_previewGeneration;
    emit previewStarted();
    m_rpc.call(QStringLiteral("customer.group.preview"), QCborMap{{QStringLiteral("rule"), m_pendingRule.toCbor()}}, this,
               [this, generation](const common::Response& response) {
                   if (generation != m_previewGeneration)
                       return;
                   if (!response.ok) {
                       emit previewFailed(response.error);
                       return;
                   }
                   emit previewReady(response.result.toMap().value(QStringLiteral("count")).toInteger());
               });
}

void GroupEditorController::save(const common::CustomerGroup& base, const QString& name, const QString& description,
                                 const common::SegmentRule& rule)
{
    if (m_saving)
        return;
    const bool creating = base.id == 0;
    QCborMap args;
    QString op;
    if (creating) {
        op = QStringLiteral("customer.group.create");
        args.insert(QStringLiteral("kind"), common::groupKindName(base.kind));
        args.insert(QStringLiteral("name"), name);
        args.insert(QStringLiteral("description"), description);
        if (base.kind == common::GroupKind::Segment)
            args.insert(QStringLiteral("rule"), rule.toCbor());
        if (base.orgUnitId > 0)
            args.insert(QStringLiteral("org_unit_id"), base.orgUnitId);
    } else {
        op = QStringLiteral("customer.group.update");
        args.insert(QStringLiteral("id"), base.id);
        args.insert(QStringLiteral("version"), base.version);
        if (name != base.name)
            args.insert(QStringLiteral("name"), name);
        if (description != base.description)
            args.insert(QStringLiteral("description"), description);
        if (base.kind == common::GroupKind::Segment && rule != base.rule)
            args.insert(QStringLiteral("rule"), rule.toCbor());
    }
    m_saving = true;
    m_rpc.call(op, args, this, [this, creating](const common::Response& response) {
        m_saving = false;
        if (!response.ok) {
            emit saveFailed(response.error);
            return;
        }
        emit saved(common::CustomerGroup::fromCbor(response.result.toMap()), creating);
    });
}

} // namespace csm::client
