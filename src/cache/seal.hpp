// A checksum over a whole cache file, kept in the file itself, so that a damaged byte
// anywhere (a bad disk, a stray write, a half-copied file) is caught before SQLite or the
// snapshot decoder reads it.
//
// A cache file is an SQLite database. Its header has two 32-bit fields that SQLite stores
// and never interprets: the user version (offset 60) and the application id (offset 68).
// `seal` writes there the XXH3 hash of the file with those eight bytes taken as zero;
// `verify` recomputes it. A file is sealed once, after it is written and closed and before
// it is renamed into place; it is never changed afterwards.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>

namespace aistrat::cache {

/// Seals the finished file at `path`; throws std::runtime_error when it cannot.
void seal(const std::string& path);

/// The bytes of the file at `path` when it is a regular file of at most `max_bytes` that can
/// be read whole and still holds the hash `seal` wrote; nothing otherwise. Read, never
/// mapped: a file cut short while it is read (or afterwards) is a mismatch or an image already
/// in memory, never a SIGBUS or a database that changes under SQLite. `max_bytes` keeps a
/// file grown past anything the cache writes (a sparse file of gigabytes with a header to
/// match) from being read into memory at all.
std::optional<std::string> read_sealed(const std::string& path, std::uint64_t max_bytes);

/// True when read_sealed would give the file's bytes, whatever its size.
bool verify(const std::string& path);

} // namespace aistrat::cache
