#pragma once
// The service types of work orders (工单服务类型) and their severities, named once for both
// sides: tickets, workflows, SLA policies, fee schedules and warranty rules all key on these codes.
#include <QStringList>

namespace csm::common {

// Wire codes, in the order the domain lists them:
// repair 维修, delivery 送货, installation 安装调试, maintenance 保养, replacement 置换,
// return 退货, consultation 咨询, complaint 投诉, suggestion 建议, praise 赞誉.
const QStringList& serviceTypeCodes();
bool isServiceType(const QString& code);

// Severities: "major" (重大, 24 h by default) and "general" (一般, 48 h by default).
const QStringList& severityCodes();
bool isSeverity(const QString& code);

} // namespace csm::common
