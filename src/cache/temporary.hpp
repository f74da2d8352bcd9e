#pragma once
// Files written under a temporary name beside their final one and renamed into place, by the
// cache and by `init`: how the name is made, and when a file left under it is a stopped
// run's, to be removed.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace aistrat::cache {

/// The name `final_name` is written under first: `FINAL.tmp-PID-N`, with this process's id
/// and `n` in hexadecimal (a counter or a random number, so that two writers differ).
std::string temporary_name(std::string_view final_name, std::uint64_t n);

/// True when `file_name` holds the temporary mark (`.tmp-`) at all, well formed or not.
bool is_temporary(std::string_view file_name);

/// The final name that `file_name` is the temporary name of, when it is one as
/// `temporary_name` makes them (`FINAL.tmp-PID-N`: a process id, N hexadecimal); else nothing.
std::optional<std::string_view> final_name_of(std::string_view file_name);

/// True when the temporary file `file_name`, last written `age` ago, may belong to a run
/// still writing it: `final_name_of` reads it (or it is such a name followed by '-' and
/// anything, as SQLite's journal of a database being written is) and it is under an hour old, and
/// that process is alive or it is under a minute old (a process whose file is dated in the future
/// must be alive; of another PID namespace, sharing the folder, is not seen). Anything else is left
/// over.
bool in_progress(std::string_view file_name, std::chrono::seconds age);

} // namespace aistrat::cache
