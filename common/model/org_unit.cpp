#include "common/model/org_unit.h"

namespace csm::common {

QString childOrgKind(const QString& parentKind)
{
    if (parentKind == QLatin1String("hq"))
        return QStringLiteral("region");
    if (parentKind == QLatin1String("region"))
        return QStringLiteral("province");
    if (parentKind == QLatin1String("province"))
        return QStringLiteral("point");
    return {};
}

} // namespace csm::common
