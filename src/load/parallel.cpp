// Running independent pieces of loading on every core.
#include "load/parallel.hpp"

#include <algorithm>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace aistrat::load {

void run_in_parallel(const std::function<void()>& work, unsigned threads) {
    threads = std::clamp(threads, 1U, 8U);
    std::vector<std::exception_ptr> errors(threads);
    auto guarded = [&](unsigned slot) {
        try {
            work();
        } catch (...) {
            errors[slot] = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) {
        try {
            pool.emplace_back(guarded, t);
        } catch (const std::system_error&) {
            break; // no more threads to be had: the ones running share the work
        }
    }
    guarded(0);
    for (auto& thread : pool)
        thread.join();
    for (const auto& error : errors)
        if (error)
            std::rethrow_exception(error);
}

unsigned threads_for(std::size_t pieces, std::size_t piece_cost_ns) {
    // Starting a thread costs some tens of microseconds: below a few milliseconds of work,
    // one thread is as fast.
    constexpr std::size_t k_worth_it_ns = 2'000'000;
    if (pieces < 2 || pieces * piece_cost_ns < k_worth_it_ns)
        return 1;
    return std::max(1U, std::thread::hardware_concurrency());
}

} // namespace aistrat::load
