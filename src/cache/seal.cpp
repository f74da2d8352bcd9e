// Whole-file checksums for the cache's files, with xxHash (XXH3, 64 bits).
#include "cache/seal.hpp"

#define XXH_INLINE_ALL
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <stdexcept>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

namespace aistrat::cache {

namespace {

/// Where the hash goes in SQLite's 100-byte header: the user version (4 bytes at 60) holds
/// its high half, the application id (4 bytes at 68) its low half, both big-endian.
constexpr std::size_t k_high = 60;
constexpr std::size_t k_low = 68;
constexpr std::size_t k_header = 100;

/// The hash of `bytes` with the two fields read as zero.
std::uint64_t hash_of_file(const unsigned char* bytes, std::size_t size) {
    unsigned char header[k_header];
    std::memcpy(header, bytes, k_header);
    std::memset(header + k_high, 0, 4);
    std::memset(header + k_low, 0, 4);
    XXH3_state_t state;
    XXH3_64bits_reset(&state);
    XXH3_64bits_update(&state, header, k_header);
    XXH3_64bits_update(&state, bytes + k_header, size - k_header);
    return XXH3_64bits_digest(&state);
}

std::uint64_t stored(const unsigned char* bytes) {
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < 4; ++i)
        value = value << 8 | bytes[k_high + i];
    for (std::size_t i = 0; i < 4; ++i)
        value = value << 8 | bytes[k_low + i];
    return value;
}

class File {
public:
    File(const std::string& path, int flags) : m_fd(::open(path.c_str(), flags | O_CLOEXEC)) {}
    ~File() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    File(const File&) = delete;
    File& operator=(const File&) = delete;
    int fd() const { return m_fd; }

private:
    int m_fd;
};

/// Reads `size` bytes at `offset` of `fd` into `out`; false on an error or a short file.
bool read_at(int fd, char* out, std::size_t size, std::size_t offset) {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::pread(fd, out + done, size - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) // an error, or the file was cut short meanwhile
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

std::uint32_t big_endian(const unsigned char* bytes, std::size_t count) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < count; ++i)
        value = value << 8U | bytes[i];
    return value;
}

/// The size SQLite's header gives its database (page size times page count), or 0 when the
/// header does not say it reliably (the count is valid only where the change counter at 24
/// equals the "version valid for" at 92).
std::uint64_t size_in_header(const unsigned char* header) {
    if (std::memcmp(header, "SQLite format 3", 16) != 0 ||
        big_endian(header + 24, 4) != big_endian(header + 92, 4))
        return 0;
    std::uint64_t page = big_endian(header + 16, 2);
    if (page == 1)
        page = 65536;
    return page * big_endian(header + 28, 4);
}

/// The whole of the open file `fd`, read with pread: nothing when it is not a regular file
/// of this user, is shorter than SQLite's header, is not the size its header gives (a file
/// grown or cut short is not read: a damaged 3 GB file costs nothing), or cannot be read to
/// that size.
std::optional<std::string> read_whole(int fd, std::uint64_t max_bytes) {
    struct stat st {};
    // Only the user's own files: another user's, sealed with a checksum of their own
    // making, could say anything.
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid() ||
        st.st_size < static_cast<off_t>(k_header) ||
        static_cast<std::uint64_t>(st.st_size) > max_bytes)
        return std::nullopt;
    unsigned char header[k_header];
    if (!read_at(fd, reinterpret_cast<char*>(header), k_header, 0) ||
        size_in_header(header) != static_cast<std::uint64_t>(st.st_size))
        return std::nullopt;
    std::string bytes(static_cast<std::size_t>(st.st_size), '\0');
    if (!read_at(fd, bytes.data(), bytes.size(), 0))
        return std::nullopt;
    return bytes;
}

const unsigned char* unsigned_bytes(const std::string& bytes) {
    return reinterpret_cast<const unsigned char*>(bytes.data());
}

} // namespace

void seal(const std::string& path) {
    const File file(path, O_RDWR | O_NOFOLLOW | O_NONBLOCK);
    if (file.fd() < 0)
        throw std::runtime_error(std::strerror(errno));
    const auto bytes = read_whole(file.fd(), std::numeric_limits<std::uint64_t>::max());
    if (!bytes)
        throw std::runtime_error("cannot read the new cache file back");
    const std::uint64_t hash = hash_of_file(unsigned_bytes(*bytes), bytes->size());
    unsigned char high[4];
    unsigned char low[4];
    for (std::size_t i = 0; i < 4; ++i) {
        high[i] = static_cast<unsigned char>(hash >> (56 - 8 * i));
        low[i] = static_cast<unsigned char>(hash >> (24 - 8 * i));
    }
    if (::pwrite(file.fd(), high, 4, k_high) != 4 || ::pwrite(file.fd(), low, 4, k_low) != 4)
        throw std::runtime_error(std::strerror(errno));
}

std::optional<std::string> read_sealed(const std::string& path, std::uint64_t max_bytes) {
    // Never waits: a FIFO put in the file's place opens at once and is refused as not regular.
    const File file(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
    if (file.fd() < 0)
        return std::nullopt;
    auto bytes = read_whole(file.fd(), max_bytes);
    if (!bytes ||
        stored(unsigned_bytes(*bytes)) != hash_of_file(unsigned_bytes(*bytes), bytes->size()))
        return std::nullopt;
    return bytes;
}

bool verify(const std::string& path) {
    return read_sealed(path, std::numeric_limits<std::uint64_t>::max()).has_value();
}

} // namespace aistrat::cache
