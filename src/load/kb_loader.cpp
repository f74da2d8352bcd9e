// The loading pipeline: folders -> YAML trees -> schema and entities.
#include "load/kb_loader.hpp"

#include "load/entity_reader.hpp"
#include "load/schema_reader.hpp"
#include "load/vocabulary_reader.hpp"
#include "load/yaml_tree.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <set>

namespace aistrat::load {

namespace {

constexpr const char* k_schema_file = "schema.yaml";
constexpr const char* k_vocabulary_file = "vocabulary.yaml";

void hash_bytes(std::uint64_t& hash, std::string_view bytes) {
    for (unsigned char c : bytes) {
        hash ^= c;
        hash *= 1099511628211ULL; // FNV-1a
    }
}

} // namespace

LoadResult load_folders(const std::vector<Folder>& folders) {
    LoadResult result;
    result.content_hash = 14695981039346656037ULL;
    model::Schema schema;
    model::Vocabulary vocabulary;
    for (const auto& folder : folders) {
        for (const auto& file : folder.files) {
            result.texts.emplace(file.path, file.content);
            if (file.relative != k_schema_file && file.relative != k_vocabulary_file)
                continue;
            hash_bytes(result.content_hash, file.relative);
            hash_bytes(result.content_hash, file.content);
            YamlParse parse = parse_yaml(file.path, file.content);
            result.diagnostics.insert(result.diagnostics.end(), parse.diagnostics.begin(),
                                      parse.diagnostics.end());
            for (const auto& document : parse.documents) {
                if (file.relative == k_schema_file)
                    read_schema(document, schema, result.diagnostics);
                else
                    read_vocabulary(document, vocabulary, result.diagnostics);
            }
        }
    }
    if (schema.kinds.empty())
        result.diagnostics.push_back(
            {{}, model::Severity::Error, "no kinds are defined: no schema.yaml declares any"});
    check_schema(schema, result.diagnostics);
    // The citation kind may be named by its plural or an alias; keep its name.
    if (const model::KindDef* kind = schema.find_kind(schema.citation_kind))
        schema.citation_kind = kind->name;

    std::vector<model::Entity> entities;
    std::vector<model::FolderInfo> infos;
    for (const auto& folder : folders) {
        model::FolderInfo info{folder.name, folder.origin, 0};
        for (const auto& file : folder.files) {
            if (file.relative == k_schema_file || file.relative == k_vocabulary_file)
                continue;
            hash_bytes(result.content_hash, file.relative);
            hash_bytes(result.content_hash, file.content);
            YamlParse parse = parse_yaml(file.path, file.content);
            result.diagnostics.insert(result.diagnostics.end(), parse.diagnostics.begin(),
                                      parse.diagnostics.end());
            for (const auto& document : parse.documents) {
                auto entity = read_entity(document, schema, result.diagnostics);
                if (!entity)
                    continue;
                entity->folder = folder.name;
                entities.push_back(std::move(*entity));
                ++info.entities;
            }
        }
        infos.push_back(std::move(info));
    }
    result.kb = model::KnowledgeBase(std::move(schema), std::move(entities), std::move(infos),
                                     std::move(vocabulary));
    return result;
}

LoadResult load_knowledge(const SearchOptions& options) {
    std::vector<Folder> folders{embedded_folder(!options.builtin)};
    if (!options.builtin)
        folders.front().name = "<builtin schema>";
    model::Diagnostics read_diagnostics;
    std::vector<std::string> io_errors;
    std::set<std::filesystem::path> seen;
    for (const auto& spec : knowledge_path(options)) {
        std::error_code ec;
        if (!std::filesystem::is_directory(spec.dir, ec)) {
            if (spec.required)
                io_errors.push_back(fmt::format(
                    "{}: {} (from {})", spec.dir,
                    std::filesystem::exists(spec.dir, ec) ? "not a directory" : "no such directory",
                    spec.origin));
            continue;
        }
        // The same folder named twice (say in AISTRAT_KB and --kb) is loaded once.
        if (!seen.insert(std::filesystem::canonical(spec.dir, ec)).second)
            continue;
        folders.push_back(read_folder(spec.dir, spec.origin, read_diagnostics, io_errors,
                                      {options.max_file_bytes}));
    }
    LoadResult result = load_folders(folders);
    result.diagnostics.insert(result.diagnostics.begin(), read_diagnostics.begin(),
                              read_diagnostics.end());
    result.io_errors = std::move(io_errors);
    return result;
}

} // namespace aistrat::load
