// Work shared out over the machine's cores, for the parts of loading that are many
// independent pieces (stat'ing files, parsing them).
#pragma once

#include <functional>

namespace aistrat::load {

/// Runs `work` on `threads` threads (this one among them, at most 8) and waits for all;
/// each call of `work` takes pieces until none are left. An exception on any thread is
/// rethrown here; when no more threads can be started, those running do the work.
void run_in_parallel(const std::function<void()>& work, unsigned threads);

/// How many threads to use for `pieces` pieces of about `piece_cost` nanoseconds each: one
/// unless there is enough work to pay for starting more.
unsigned threads_for(std::size_t pieces, std::size_t piece_cost_ns);

} // namespace aistrat::load
