#pragma once
// The one place that names the protocol version.
namespace csm::common {
inline constexpr int kProtocolVersion = 1;     // what this build speaks
inline constexpr int kMinProtocolVersion = 1;  // the oldest peer version it still accepts
} // namespace csm::common
