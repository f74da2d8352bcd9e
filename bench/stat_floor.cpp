// The floor for a warm run: list every YAML file under the folders given (hidden entries
// skipped, links to folders not followed) and stat each, on one thread, then print how
// many files were seen. A warm aistrat run must do at least this to know that no file
// changed since its cache was written; its warm times are measured against this.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <sys/stat.h>
#include <vector>

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    std::size_t files = 0;
    std::uint64_t stamp = 1469598103934665603ULL; // FNV-1a over what a cache key holds
    const auto mix = [&](std::uint64_t value) {
        for (int i = 0; i < 8; ++i) {
            stamp ^= (value >> (8 * i)) & 0xFFU;
            stamp *= 1099511628211ULL;
        }
    };
    for (int i = 1; i < argc; ++i) {
        std::vector<std::string> paths;
        fs::recursive_directory_iterator it(argv[i]), end;
        for (; it != end; ++it) {
            const std::string name = it->path().filename().string();
            if (name.starts_with('.')) {
                if (it->is_directory())
                    it.disable_recursion_pending();
                continue;
            }
            const auto extension = it->path().extension();
            if (extension == ".yaml" || extension == ".yml")
                paths.push_back(it->path().string());
        }
        std::sort(paths.begin(), paths.end());
        for (const auto& path : paths) {
            struct stat st {};
            if (::stat(path.c_str(), &st) != 0)
                continue;
            mix(static_cast<std::uint64_t>(st.st_size));
            mix(static_cast<std::uint64_t>(st.st_mtim.tv_sec) * 1000000000ULL +
                static_cast<std::uint64_t>(st.st_mtim.tv_nsec));
            mix(static_cast<std::uint64_t>(st.st_ctim.tv_sec) * 1000000000ULL +
                static_cast<std::uint64_t>(st.st_ctim.tv_nsec));
            mix(static_cast<std::uint64_t>(st.st_ino));
            ++files;
        }
    }
    std::printf("%zu files, stamp %016llx\n", files, static_cast<unsigned long long>(stamp));
    return 0;
}
