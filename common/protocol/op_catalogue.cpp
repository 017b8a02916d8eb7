#include "common/protocol/op_catalogue.h"

#include <array>
#include <cstring>
#include <QHash>

namespace csm::common {
namespace {
constexpr OpInfo kOps[] = {
#define CSM_OP(id, name, tx, permission, since) OpInfo{OpId::id, name, OpTx::tx, permission, since},
#include "common/protocol/ops.def"
#undef CSM_OP
};

const QHash<QString, const OpInfo*>& opIndex()
{
    static const auto index = [] {
        QHash<QString, const OpInfo*> map;
        for (const OpInfo& op : kOps)
            map.insert(QString::fromLatin1(op.name), &op);
        return map;
    }();
    return index;
}
} // namespace

bool OpInfo::needsSessionOnly() const
{
    return std::strcmp(permission, kPermissionSession) == 0;
}

std::span<const OpInfo> opCatalogue()
{
    return kOps;
}

const OpInfo& opInfo(OpId id)
{
    return kOps[static_cast<size_t>(id)];
}

std::optional<OpInfo> findOp(const QString& name)
{
    const auto& index = opIndex();
    const auto it = index.find(name);
    if (it == index.end())
        return std::nullopt;
    return **it;
}

} // namespace csm::common
