// Loads knowledge folders into a KnowledgeBase, collecting every diagnostic.
#pragma once

#include "load/folder.hpp"
#include "load/search_path.hpp"
#include "model/knowledge_base.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace aistrat::load {

struct LoadResult {
    model::KnowledgeBase kb;
    model::Diagnostics diagnostics;
    std::uint64_t content_hash = 0;           ///< over every file loaded, for `--version`
    std::vector<std::string> io_errors;       ///< folders that were named but cannot be read
    std::map<std::string, std::string> texts; ///< each file's text by its shown path, to quote
};

/// Loads `folders` in order: every root `schema.yaml` is merged into the schema first,
/// then every other file is read as entities of that schema.
LoadResult load_folders(const std::vector<Folder>& folders);

/// Loads the built-in folder (or only its schema, without `options.builtin`) and then the
/// folders of the search path.
LoadResult load_knowledge(const SearchOptions& options);

} // namespace aistrat::load
