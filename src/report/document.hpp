// A neutral document (headings, paragraphs, lists, tables) that every command builds and
// every renderer prints; it knows nothing of formats.
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace aistrat::report {

struct Heading {
    int level = 1;
    std::string text;
};

struct Paragraph {
    std::string text;
};

struct BulletList {
    std::vector<std::string> items;
};

/// A table of text cells; every row has as many cells as there are headers. A `matrix`
/// table marks cells with `k_mark` and ends with a row of totals.
struct Table {
    std::vector<std::string> headers;
    std::vector<std::vector<std::string>> rows;
    bool matrix = false;
    /// The same rows for programs (CSV), where they differ from what a reader sees: one datum
    /// a cell, without the citation numbers and basis notes a cell shows (which point at a list
    /// of sources that CSV does not carry). Empty: `headers` and `rows` serve both.
    std::vector<std::string> data_headers{};
    std::vector<std::vector<std::string>> data_rows{};
};

/// The mark of a matrix cell where a link exists that a source states.
inline constexpr const char* k_mark = "✓";
/// The mark of a link that follows from a source's framing, though no source states it.
inline constexpr const char* k_mark_implied = "~";
/// The mark of a link that is our own reading: no source states it.
inline constexpr const char* k_mark_interpretation = "?";

/// Labelled values, such as an entity's fields.
struct FieldList {
    std::vector<std::pair<std::string, std::string>> rows;
};

using Block = std::variant<Heading, Paragraph, BulletList, Table, FieldList>;

struct Document {
    std::vector<Block> blocks;
    /// What the document is, for a page's title (HTML's <title>) where its first top heading
    /// does not say it: a list, search results, answers, several entities. Empty: that
    /// heading, else "aistrat".
    std::string title;
    /// Written for pandoc's own markdown (a brief with pandoc citations): in markdown, the
    /// markers of its extensions in the text (`@`, `^`, `$`, braces, `--`) are escaped too.
    bool for_pandoc = false;

    template <typename T>
    Document& add(T block) {
        blocks.emplace_back(std::move(block));
        return *this;
    }
};

} // namespace aistrat::report
