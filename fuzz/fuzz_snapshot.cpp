// libFuzzer target: cache snapshots. A cache file is only ours until something else writes to
// it, so any bytes must be refused or decoded, never crash or allocate without bound; and a
// snapshot that decodes must encode to bytes that decode to the same again.
#include "cache/snapshot.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const auto decoded = aistrat::cache::decode(bytes);
    if (!decoded)
        return 0;
    const std::string once = aistrat::cache::encode(*decoded);
    const auto again = aistrat::cache::decode(once);
    if (!again || aistrat::cache::encode(*again) != once)
        std::abort(); // the encoding does not round-trip
    return 0;
}
