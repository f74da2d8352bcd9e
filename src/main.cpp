// aistrat's entry point; everything happens in cli::run.
#include "cli/app.hpp"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#include <cstdint>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

namespace {

/// A large knowledge base is hundreds of thousands of small allocations: on 4 KiB pages,
/// the kernel's page faults cost as much as decoding the cache (10,000 entities: 20 of 45
/// ms). So the heap grows in 256 MiB steps (address space, not memory), asked for transparent huge
/// pages, as glibc's own `glibc.malloc.hugetlb=1` tunable would do. Only advice: without THP
/// nothing changes.
void prefer_huge_pages() {
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

int main(int argc, char** argv) {
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
    prefer_huge_pages();
#endif
    return aistrat::cli::run(argc, argv);
}
