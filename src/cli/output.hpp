// Writing to standard output with every failure noticed: a closed pipe ends quietly, any
// other failed write is an I/O error.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace aistrat::cli {

/// Thrown when the reader of standard output has gone away (`aistrat list | head -1`):
/// not an error, the program just stops.
struct BrokenPipe {};

/// Writes `text` to standard output and flushes it; throws BrokenPipe or a Failure.
void write_stdout(std::string_view text);

/// Writes `text` to standard error. A write that fails, but for one into a closed pipe, is
/// remembered: diagnostics and warnings are output too (`stderr_lost`).
void write_stderr(std::string_view text);

/// True when a write to standard error failed (other than into a closed pipe).
bool stderr_lost();

/// Writes `text` through `pager` (AISTRAT_PAGER, else PAGER; none set: `less -FRX`; an
/// empty one means none) when `allowed`, standard output is a terminal and `text` is longer
/// than the terminal; otherwise as write_stdout.
void write_paged(std::string_view text, bool allowed, const std::optional<std::string>& pager);

/// Two lines that quote `text` (neutralised, cut to about 30 characters either side of
/// `position`, a byte offset) with a caret under `position`: the detail of an error in an
/// argument.
std::string caret_under(std::string_view text, std::size_t position);

/// True when standard output (fd 1) or error (fd 2) is a terminal.
bool stdout_is_terminal();
bool stderr_is_terminal();

} // namespace aistrat::cli
