// The shell completion scripts of completions/, compiled in (see cmake/embed.cmake).
#pragma once

#include "load/embedded.hpp"

#include <span>

namespace aistrat::cli {

using load::EmbeddedFile;

/// aistrat.bash, _aistrat (zsh) and aistrat.fish, by file name.
std::span<const EmbeddedFile> completion_scripts();

} // namespace aistrat::cli
