// A full-text index of the knowledge with SQLite FTS5 (porter stemming, BM25 ranking,
// highlighted snippets), built in memory and saved to (or opened from) a file for the cache.
// With cache/, the only place that includes SQLite.
#pragma once

#include "search/statements.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace aistrat::search {

/// An entity that matches a search, with the statement that matched best.
struct EntityHit {
    const model::Entity* entity = nullptr;
    double score = 0;         ///< higher is better
    std::string field;        ///< the field of the best statement (filled by `describe`)
    std::string snippet;      ///< that statement, matched words between highlight marks (same)
    long long statement = -1; ///< the best statement's index, or -1 when none matches
};

/// A statement that matches, by its index in `SearchIndex::statements()`.
struct StatementHit {
    std::size_t statement = 0;
    double score = 0; ///< higher is better
};

class SearchIndex {
public:
    /// Indexes every entity and statement of `kb`, which must outlive the index.
    explicit SearchIndex(const model::KnowledgeBase& kb);
    /// The index of `kb` that `save` wrote under `key`, from `image` (the bytes of that file,
    /// which the index keeps); nothing when they are not such an index, are damaged or hold
    /// another key.
    static std::unique_ptr<SearchIndex> open(const model::KnowledgeBase& kb, std::string image,
                                             const std::string& key);
    /// Writes the index to a new database file at `path`, with `key` to tell it by; throws
    /// std::runtime_error with SQLite's reason when it cannot.
    void save(const std::string& path, const std::string& key) const;
    ~SearchIndex();
    SearchIndex(const SearchIndex&) = delete;
    SearchIndex& operator=(const SearchIndex&) = delete;

    /// Entities matching the FTS5 expression `match`, best first by BM25 over title,
    /// aliases, summary and the rest (weighted in that order), each with its statement that
    /// best matches `any_words` (an OR of the query's words).
    std::vector<EntityHit> search_entities(const std::string& match,
                                           const std::string& any_words) const;
    /// Fills in the field and snippet of each hit's best statement (its id when none
    /// matched): for the hits that are shown, not every one. One pass over the matches.
    void describe(std::vector<EntityHit>& hits, const std::string& any_words) const;

    /// The `limit` statements that best match `match`, by BM25 over the statement's text
    /// and (less) its context.
    std::vector<StatementHit> match_statements(const std::string& match, std::size_t limit) const;

    /// The indexes of every statement whose text or context matches `match`; put
    /// `text : (...)` or `context : (...)` in `match` to look in one of them.
    std::set<std::size_t> statements_matching(const std::string& match) const;

    /// The indexes (into the knowledge base's entities) of every entity that matches
    /// `match` anywhere: title, aliases, summary or any statement.
    std::set<std::size_t> entities_matching(const std::string& match) const;

    /// How many entities match `match`.
    std::size_t count_entities(const std::string& match) const;

    /// Every statement, by index (an index read from a file extracts them as it opens, and
    /// is refused when they are not the ones it counted).
    const std::vector<Statement>& statements() const;
    const model::KnowledgeBase& knowledge() const { return m_kb; }
    /// Every word of the knowledge (lower case, three letters or more), sorted, for
    /// suggestions.
    const std::vector<std::string>& words() const;
    /// The words of the knowledge that start with `prefix` (any case), at most `limit`.
    std::vector<std::string> words_starting(std::string_view prefix, std::size_t limit = 64) const;

private:
    SearchIndex(const model::KnowledgeBase& kb, sqlite3* db);
    /// `sql` prepared once for the life of the index (ask runs the same queries many times).
    sqlite3_stmt* prepared(const std::string& sql) const;
    void build(const model::KnowledgeBase& kb);

    std::size_t entity_of(long long statement) const;

    const model::KnowledgeBase& m_kb;
    std::vector<Statement> m_statements;
    mutable bool m_first_match_ready = false; ///< first_match() registered on m_db
    std::vector<std::uint32_t> m_first;       ///< each entity's first statement; then the count
    mutable std::vector<std::string> m_words;
    mutable bool m_words_loaded = false; ///< an opened index reads its words when first asked
    std::string m_image; ///< the file an opened index was read from, which m_db reads
    sqlite3* m_db = nullptr;
    mutable std::map<std::string, sqlite3_stmt*> m_prepared;
};

/// `text` as an FTS5 string literal: in double quotes, inner quotes doubled.
std::string fts_quote(std::string_view text);

/// How many words a hit's snippet shows, and the longest statement FTS5's snippet() is asked
/// for (longer ones: window_around_first_mark over highlight()).
inline constexpr std::size_t k_snippet_words = 24;
inline constexpr std::size_t k_snippet_limit = 4096;
/// The most characters (code points) a snippet shows: words can be long, and text written
/// without spaces (Chinese, Japanese) is one word to the tokenizer.
inline constexpr std::size_t k_snippet_chars = 200;

/// About `words` words of `marked` (text with model::k_highlight_start/end around matches)
/// around its first match, with "…" where text is left out; a match cut by the end stays
/// marked up to it.
std::string window_around_first_mark(std::string_view marked, std::size_t words);

/// `marked` cut to at most `limit` code points around its first match (a quarter of them
/// before it), with "…" where text is left out and a match cut by the end closed.
std::string cap_around_first_mark(std::string_view marked, std::size_t limit);

/// `body` with "…" before and after as asked, and its last match closed if it is open.
std::string with_ellipses(std::string_view body, bool before, bool after);

} // namespace aistrat::search
