#pragma once
// Rules of the service network shared by both sides.
#include <QString>

namespace csm::common {

// The kind of unit a unit of `parentKind` holds: hq → region → province → point; empty when none.
QString childOrgKind(const QString& parentKind);

} // namespace csm::common
