#include "common/model/service_type.h"

namespace csm::common {

const QStringList& serviceTypeCodes()
{
    static const QStringList codes{
        QStringLiteral("repair"),      QStringLiteral("delivery"),     QStringLiteral("installation"),
        QStringLiteral("maintenance"), QStringLiteral("replacement"),  QStringLiteral("return"),
        QStringLiteral("consultation"), QStringLiteral("complaint"),   QStringLiteral("suggestion"),
        QStringLiteral("praise")};
    return codes;
}

bool isServiceType(const QString& code)
{
    return serviceTypeCodes().contains(code);
}

const QStringList& severityCodes()
{
    static const QStringList codes{QStringLiteral("major"), QStringLiteral("general")};
    return codes;
}

bool isSeverity(const QString& code)
{
    return severityCodes().contains(code);
}

} // namespace csm::common
