// aistrat's entry point; everything happens in cli::run.
#include "cli/app.hpp"
#include "cli/exit_codes.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib> // defines __GLIBC__ on glibc
#include <exception>
#include <fcntl.h>
#include <new>
#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#include <cstdint>
#include <malloc.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

/// A large knowledge base is hundreds of thousands of small allocations: on 4 KiB pages,
/// the kernel's page faults cost as much as decoding the cache (10,000 entities: 20 of 45
/// ms). So the heap grows in 256 MiB steps (address space, not memory), asked for transparent huge
/// pages, as glibc's own `glibc.malloc.hugetlb=1` tunable would do. Only advice: without THP
/// nothing changes. Under a limit on address space or data (`ulimit -v`, `prlimit --as`) the
/// step could be most of what is allowed: then the heap grows as glibc sees fit.
void prefer_huge_pages() {
    for (const int resource : {RLIMIT_AS, RLIMIT_DATA}) {
        rlimit limit{};
        if (getrlimit(resource, &limit) != 0 || limit.rlim_cur != RLIM_INFINITY)
            return;
    }
    constexpr std::size_t k_step = 256U << 20;
    constexpr std::uintptr_t k_huge = 2U << 20;
    // Blocks up to 4 MiB come from the heap (not each from its own mapping); one of 1 MiB
    // makes the heap grow now, by the step.
    mallopt(M_MMAP_THRESHOLD, 4 << 20);
    mallopt(M_TOP_PAD, static_cast<int>(k_step));
    void* first = std::malloc(1U << 20);
    const auto begin = (reinterpret_cast<std::uintptr_t>(first) + k_huge - 1) & ~(k_huge - 1);
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0)) & ~(k_huge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
    std::free(first);
}

} // namespace
#endif

namespace {

/// The stack below which aistrat refuses to run: its deepest bounded input (64 YAML levels,
/// 32 template sections, 16 parentheses) needs about 48 KiB; this leaves room to spare.
constexpr rlim_t k_min_stack = 256U << 10;
/// The stack it asks for: the usual default.
constexpr rlim_t k_stack = 8U << 20;

/// A small stack limit (`ulimit -s 32`) crashed deep but bounded input with SIGSEGV: the
/// soft limit is raised towards 8 MiB as far as the hard limit allows (the main thread's
/// stack grows to the limit of the moment), and worker threads, which glibc sizes by the
/// limit at start, get 8 MiB whatever it is. Below 256 KiB after that, false: refused.
bool enough_stack() {
    rlimit limit{};
    if (getrlimit(RLIMIT_STACK, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return true;
    if (limit.rlim_cur < k_stack) {
        rlimit raised = limit;
        raised.rlim_cur =
            limit.rlim_max == RLIM_INFINITY ? k_stack : std::min(k_stack, limit.rlim_max);
        if (raised.rlim_cur > limit.rlim_cur && setrlimit(RLIMIT_STACK, &raised) == 0)
            limit = raised;
    }
#if defined(__GLIBC__)
    pthread_attr_t attributes;
    if (pthread_attr_init(&attributes) == 0) {
        if (pthread_attr_setstacksize(&attributes, k_stack) == 0)
            pthread_setattr_default_np(&attributes);
        pthread_attr_destroy(&attributes);
    }
#endif
    return limit.rlim_cur >= k_min_stack;
}

/// Out of memory where no handler can catch it (nlohmann's JSON destructor allocates, and
/// a throw from a destructor ends the program) exits 70 with the usual message, not with
/// SIGABRT and a word from the C++ runtime.
[[noreturn]] void on_terminate() {
    bool out_of_memory = false;
    if (const std::exception_ptr current = std::current_exception()) {
        try {
            std::rethrow_exception(current);
        } catch (const std::bad_alloc&) {
            out_of_memory = true;
        } catch (...) {
        }
    }
    std::fputs(out_of_memory ? "aistrat: error: out of memory\n"
                             : "aistrat: error: internal error (please report it)\n",
               stderr);
    std::_Exit(static_cast<int>(aistrat::cli::ExitCode::Internal));
}

/// Says the stack is too small and exits 70, in a frame of a few hundred bytes: with a
/// limit of 16 KiB, what the loader left was too little for fprintf (SIGSEGV, no message).
[[noreturn]] void refuse_small_stack() {
    rlimit limit{};
    getrlimit(RLIMIT_STACK, &limit);
    char text[160];
    std::size_t n = 0;
    const auto put = [&](const char* part) {
        while (*part != '\0' && n < sizeof text)
            text[n++] = *part++;
    };
    const auto put_number = [&](unsigned long long value) {
        char digits[24];
        std::size_t count = 0;
        do {
            digits[count++] = static_cast<char>('0' + value % 10);
            value /= 10;
        } while (value != 0 && count < sizeof digits);
        while (count > 0 && n < sizeof text)
            text[n++] = digits[--count];
    };
    put("aistrat: error: the stack size limit is ");
    put_number(static_cast<unsigned long long>(limit.rlim_cur >> 10));
    put(" KiB (ulimit -s); aistrat needs ");
    put_number(static_cast<unsigned long long>(k_min_stack >> 10));
    put(" KiB or more\n");
    [[maybe_unused]] const ssize_t written = write(STDERR_FILENO, text, n);
    _exit(static_cast<int>(aistrat::cli::ExitCode::Internal));
}

/// A standard stream the caller closed stays closed to aistrat, and its number is kept from
/// the files it opens: /dev/null is opened there the wrong way round (reading standard output
/// or writing standard input fails, as on a closed one). Else a knowledge or cache file
/// opened as 0 was read as the questions of `ask -` (exit 0 on a cold cache, 4 on a warm
/// one), and one opened as 1 would take the output.
void hold_closed_streams() {
    for (const int fd : {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO})
        if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
            const int held = open("/dev/null", fd == STDIN_FILENO ? O_WRONLY : O_RDONLY);
            if (held != -1 && held != fd)
                close(held);
        }
}

} // namespace

int main(int argc, char** argv) {
    hold_closed_streams();
    std::set_terminate(on_terminate);
    if (!enough_stack())
        refuse_small_stack();
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
    prefer_huge_pages();
#endif
    // cli::run answers out of memory itself; this catches it where cli::run has not begun
    // to (setting up the command line).
    try {
        return aistrat::cli::run(argc, argv);
    } catch (const std::bad_alloc&) {
        std::fputs("aistrat: error: out of memory\n", stderr);
        return static_cast<int>(aistrat::cli::ExitCode::Internal);
    }
}
