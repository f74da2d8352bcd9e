// Knowledge bases made from strings, so unit tests need no files (ninja's test.h idea).
#pragma once

#include "check/checker.hpp"
#include "load/kb_loader.hpp"
#include "model/diagnostic.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

namespace doctest {
/// Prints lists of diagnostics in failure messages.
template <>
struct StringMaker<std::vector<std::string>> {
    static String convert(const std::vector<std::string>& items) {
        std::string out = "{";
        for (const auto& item : items)
            out += "\n  \"" + item + "\"";
        return (out + "}").c_str();
    }
};
} // namespace doctest

namespace aistrat::test {

/// A small schema: two kinds (`item` with a required integer `number` that identifies it,
/// and `source`) and one relation `refers-to` / `referred-by` from item to item.
inline const char* k_schema = R"(schema_version: 1
citation_kind: source
kinds:
  - name: source
    plural: sources
    cites: false
    fields:
      - {name: url, type: url}
  - name: item
    plural: items
    aliases: [it]
    key_fields: [number]
    fields:
      - {name: number, type: integer, required: true, identifies: true}
      - {name: born, type: date}
      - {name: notes, type: list}
relations:
  - {name: refers-to, inverse: referred-by, from: [item], to: [item]}
)";

/// One source every fixture entity may cite.
inline const char* k_source = "kind: source\nid: doc\ntitle: A document\nsummary: s\n";

/// An item entity with the given id and number, citing `doc`.
inline std::string item(const std::string& id, int number, const std::string& extra = "") {
    return "kind: item\nid: " + id + "\ntitle: Item " + id +
           "\nsummary: s\nnumber: " + std::to_string(number) + "\n" + extra +
           "sources:\n  - {source: doc, locator: p1}\n";
}

/// Loads folders given as (folder name, [(relative path, content)]); the first folder
/// gets `schema` (the fixture schema unless given) and the source `doc`.
inline load::LoadResult load_strings(
    const std::vector<std::pair<std::string, std::vector<std::pair<std::string, std::string>>>>&
        folders,
    const char* schema = k_schema) {
    std::vector<load::Folder> out;
    for (std::size_t i = 0; i < folders.size(); ++i) {
        load::Folder folder{folders[i].first, "test", {}};
        if (i == 0) {
            folder.files.push_back({"schema.yaml", folders[i].first + "/schema.yaml", schema});
            folder.files.push_back({"doc.yaml", folders[i].first + "/doc.yaml", k_source});
        }
        for (const auto& [relative, content] : folders[i].second)
            folder.files.push_back({relative, folders[i].first + "/" + relative, content});
        out.push_back(std::move(folder));
    }
    return load::load_folders(out);
}

/// Every diagnostic of loading and checking, formatted.
inline std::vector<std::string> all_diagnostics(const load::LoadResult& result) {
    std::vector<std::string> out;
    for (const auto& d : result.diagnostics)
        out.push_back(model::format_diagnostic(d));
    for (const auto& d : check::check_knowledge_base(result.kb))
        out.push_back(model::format_diagnostic(d));
    return out;
}

} // namespace aistrat::test
