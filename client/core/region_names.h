#pragma once
// Names of region codes for display ("江苏省 / 南京市 / 玄武区"), from the region cache: each
// link of a code's chain is in the children list of the link above it (GB/T 2260 codes nest:
// 320102 → 320100 → 320000).
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace csm::client {

class RegionCache;

// The province and city codes above `code` (none for a province).
QStringList regionParentCodes(const QString& code);

// Calls `done` with code → path name each time more names are known (at once when the cache
// has them all). Unknown links show as their codes. Skipped when `context` is gone.
void lookUpRegionNames(RegionCache& regions, const QStringList& codes, QObject* context,
                       std::function<void(const QHash<QString, QString>& names)> done);

} // namespace csm::client
