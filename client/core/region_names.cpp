#include "client/core/region_names.h"

#include "client/core/region_cache.h"

#include <memory>

namespace csm::client {

QStringList regionParentCodes(const QString& code)
{
    QStringList parents;
    if (code.size() != 6)
        return parents;
    const QString province = code.left(2) + QStringLiteral("0000");
    const QString city = code.left(4) + QStringLiteral("00");
    if (code != province)
        parents.append(province);
    if (code != city && city != province)
        parents.append(city);
    return parents;
}

void lookUpRegionNames(RegionCache& regions, const QStringList& codes, QObject* context,
                       std::function<void(const QHash<QString, QString>& names)> done)
{
    struct State {
        QHash<QString, QString> linkNames;   // one level's code → its own name
        QStringList codes;
        std::function<void(const QHash<QString, QString>&)> done;
    };
    auto state = std::make_shared<State>();
    state->codes = codes;
    state->done = std::move(done);
    auto report = [state] {
        QHash<QString, QString> names;
        for (const QString& code : state->codes) {
            QStringList chain = regionParentCodes(code);
            chain.append(code);
            QStringList parts;
            for (const QString& link : chain)
                parts.append(state->linkNames.value(link, link));
            names.insert(code, parts.join(QStringLiteral(" / ")));
        }
        state->done(names);
    };
    QStringList parents;   // the lists to load: children of "" and of each parent link
    parents.append(QString());
    for (const QString& code : codes) {
        for (const QString& parent : regionParentCodes(code)) {
            if (!parents.contains(parent))
                parents.append(parent);
        }
    }
    for (const QString& parent : parents) {
        regions.children(parent, context, [state, report](const QList<RegionEntry>& children, const common::ErrorInfo* error) {
            if (error)
                return;
            for (const RegionEntry& entry : children)
                state->linkNames.insert(entry.code, entry.name);
            report();
        });
    }
}

} // namespace csm::client
