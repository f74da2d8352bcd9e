// The command-line entry point: parse, run one command, map failures to exit codes.
#pragma once

namespace aistrat::cli {

/// Runs aistrat with the program arguments; returns the exit code. The one place that
/// catches errors and prints them as `aistrat: error: ...`.
int run(int argc, char** argv);

} // namespace aistrat::cli
