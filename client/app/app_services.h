#pragma once
// What every workspace shares: the one RPC client, the one error presenter, the region
// cache, the custom fields of customers. Owned by ClientApp; workspaces keep references.
namespace csm::client {
class CustomFieldCache;
class RpcClient;
class RegionCache;
}

namespace csm::client::ui {

class ErrorPresenter;

struct AppServices {
    RpcClient& rpc;
    ErrorPresenter& errors;
    RegionCache& regions;
    CustomFieldCache& customFields;
};

} // namespace csm::client::ui
