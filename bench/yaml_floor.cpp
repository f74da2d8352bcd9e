// The floor for a cold load: only parse every YAML file under the folders given, with
// yaml-cpp's own LoadAll on one thread, and print how many documents were read. aistrat's
// cold start is measured against this.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    std::size_t documents = 0;
    for (int i = 1; i < argc; ++i) {
        std::vector<fs::path> files;
        for (const auto& entry : fs::recursive_directory_iterator(argv[i]))
            if (entry.is_regular_file() &&
                (entry.path().extension() == ".yaml" || entry.path().extension() == ".yml"))
                files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const auto& file : files) {
            std::ifstream in(file, std::ios::binary);
            std::ostringstream text;
            text << in.rdbuf();
            documents += YAML::LoadAll(text.str()).size();
        }
    }
    std::printf("%zu documents\n", documents);
    return 0;
}
