#pragma once
// One catalogue names every op, its transaction kind and the permission it needs.
#include <QString>

#include <optional>
#include <span>

namespace csm::common {

enum class OpId {
#define CSM_OP(id, name, tx, permission, since) id,
#include "common/protocol/ops.def"
#undef CSM_OP
};

enum class OpTx { Inline, Own, ReadOne, Read, Write };

inline constexpr const char* kPermissionPublic = "";
inline constexpr const char* kPermissionSession = "session";

struct OpInfo {
    OpId id;
    const char* name;
    OpTx tx;
    const char* permission;
    int since;

    bool isPublic() const { return permission[0] == '\0'; }
    bool needsSessionOnly() const;
    bool isWrite() const { return tx == OpTx::Write || tx == OpTx::Own; }
};

std::span<const OpInfo> opCatalogue();
const OpInfo& opInfo(OpId id);
std::optional<OpInfo> findOp(const QString& name);

} // namespace csm::common
