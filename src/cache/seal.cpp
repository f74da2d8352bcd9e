// Whole-file checksums for the cache's files, with xxHash (XXH3, 64 bits).
#include "cache/seal.hpp"

#define XXH_INLINE_ALL
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/mman.h>
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

/// A file mapped read-only for the life of the object.
class Mapping {
public:
    explicit Mapping(int fd) {
        struct stat st {};
        if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
            st.st_size < static_cast<off_t>(k_header))
            return;
        m_size = static_cast<std::size_t>(st.st_size);
        void* p = ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p != MAP_FAILED)
            m_bytes = static_cast<const unsigned char*>(p);
    }
    ~Mapping() {
        if (m_bytes != nullptr)
            ::munmap(const_cast<unsigned char*>(m_bytes), m_size);
    }
    Mapping(const Mapping&) = delete;
    Mapping& operator=(const Mapping&) = delete;
    const unsigned char* bytes() const { return m_bytes; }
    std::size_t size() const { return m_size; }

private:
    const unsigned char* m_bytes = nullptr;
    std::size_t m_size = 0;
};

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

} // namespace

void seal(const std::string& path) {
    const File file(path, O_RDWR | O_NOFOLLOW | O_NONBLOCK);
    if (file.fd() < 0)
        throw std::runtime_error(std::strerror(errno));
    std::uint64_t hash = 0;
    {
        const Mapping map(file.fd());
        if (map.bytes() == nullptr)
            throw std::runtime_error("cannot read the new cache file back");
        hash = hash_of_file(map.bytes(), map.size());
    }
    unsigned char high[4];
    unsigned char low[4];
    for (std::size_t i = 0; i < 4; ++i) {
        high[i] = static_cast<unsigned char>(hash >> (56 - 8 * i));
        low[i] = static_cast<unsigned char>(hash >> (24 - 8 * i));
    }
    if (::pwrite(file.fd(), high, 4, k_high) != 4 || ::pwrite(file.fd(), low, 4, k_low) != 4)
        throw std::runtime_error(std::strerror(errno));
}

bool verify(const std::string& path) {
    // Never waits: a FIFO put in the file's place opens at once and is refused as not regular.
    const File file(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
    if (file.fd() < 0)
        return false;
    const Mapping map(file.fd());
    if (map.bytes() == nullptr)
        return false;
    return stored(map.bytes()) == hash_of_file(map.bytes(), map.size());
}

} // namespace aistrat::cache
