// The in-memory FTS5 index: two tables, one row per entity and one per statement.
#include "search/search_index.hpp"

#include "model/text.hpp"
#include "search/sqlite.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <stdexcept>
#include <vector>

namespace aistrat::search {

namespace {

constexpr const char* k_tokenizer = "tokenize = 'porter aistrat remove_diacritics 2'";

using Query = sqlite::Statement;

void exec(sqlite3* db, const std::string& sql) {
    sqlite::exec(db, sql.c_str());
}

/// `text` without the characters Unicode says to ignore when they cannot be shown (a soft
/// hyphen, a zero-width joiner, a word joiner): invisible, they split a word for the
/// tokenizer ("Zorg\u00ADblatt" was two words) or kept it from matching what one types.
std::string searchable(std::string_view text) {
    if (std::all_of(text.begin(), text.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return std::string(text);
    const std::string safe = model::stream_safe(text);
    utf8proc_uint8_t* out = nullptr;
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(safe.data()),
                                static_cast<utf8proc_ssize_t>(safe.size()), &out,
                                static_cast<utf8proc_option_t>(UTF8PROC_IGNORE));
    std::string result = n >= 0 && out != nullptr ? std::string(reinterpret_cast<const char*>(out),
                                                                static_cast<std::size_t>(n))
                                                  : std::string(text);
    std::free(out);
    return result;
}

void collect_words(const std::string& text, std::set<std::string>& words) {
    std::string word;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
        if (std::isalnum(c) || c >= 0x80) {
            word += static_cast<char>(c);
            continue;
        }
        if (word.size() >= 3)
            words.insert(model::to_lower(word));
        word.clear();
    }
}

/// FTS5 auxiliary function first_match(table): the text of column 0 with its first match
/// (the instance at the smallest token offset) between the highlight marks. Linear in the
/// text and the matches: FTS5's own highlight() appends each piece by copying what it has
/// so far, so its time grows with the square of the matches (a word 200,000 times in one
/// field took 34 s).
void first_match(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int,
                 sqlite3_value**) {
    const char* text = nullptr;
    int length = 0;
    int count = 0;
    if (api->xColumnText(fts, 0, &text, &length) != SQLITE_OK || text == nullptr ||
        api->xInstCount(fts, &count) != SQLITE_OK) {
        sqlite3_result_null(context);
        return;
    }
    int first = -1;
    for (int i = 0; i < count; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && column == 0 &&
            (first < 0 || offset < first))
            first = offset;
    }
    struct Find {
        int wanted;
        int token = 0;
        int start = -1;
        int end = -1;
    } find{first};
    if (first >= 0)
        api->xTokenize(fts, text, length, &find,
                       [](void* state, int flags, const char*, int, int start, int end) {
                           auto* f = static_cast<Find*>(state);
                           if ((flags & FTS5_TOKEN_COLOCATED) != 0)
                               return SQLITE_OK;
                           if (f->token++ != f->wanted)
                               return SQLITE_OK;
                           f->start = start;
                           f->end = end;
                           return SQLITE_DONE; // found: stop tokenizing
                       });
    const std::string_view all(text, static_cast<std::size_t>(length));
    std::string out;
    if (find.start < 0) {
        out = all;
    } else {
        const auto start = static_cast<std::size_t>(find.start);
        const auto end = static_cast<std::size_t>(find.end);
        out.reserve(all.size() + 8);
        out.append(all.substr(0, start))
            .append(model::k_highlight_start)
            .append(all.substr(start, end - start))
            .append(model::k_highlight_end)
            .append(all.substr(end));
    }
    sqlite3_result_text64(context, out.data(), out.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

/// The tokenizer `aistrat`: unicode61 (given the arguments the table names) over the text
/// without the characters to ignore (a soft hyphen, a joiner: "Zorg\u00ADblatt" was two words
/// to unicode61, and "Mal\u034Fware" no word one could type), each token then folded by
/// model::to_lower ("Großbritannien" is "grossbritannien", "ﬂow" is "flow"), with each
/// token's offsets into the text as stored, so that what a snippet quotes is the text itself.
struct Ignoring {
    fts5_tokenizer inner{};
    Fts5Tokenizer* instance = nullptr;
};

int ignoring_create(void* context, const char** args, int count, Fts5Tokenizer** out) {
    auto* api = static_cast<fts5_api*>(context);
    auto tokenizer = std::make_unique<Ignoring>();
    void* user = nullptr;
    if (api->xFindTokenizer(api, "unicode61", &user, &tokenizer->inner) != SQLITE_OK)
        return SQLITE_ERROR;
    if (const int rc = tokenizer->inner.xCreate(user, args, count, &tokenizer->instance);
        rc != SQLITE_OK)
        return rc;
    *out = reinterpret_cast<Fts5Tokenizer*>(tokenizer.release());
    return SQLITE_OK;
}

void ignoring_delete(Fts5Tokenizer* tokenizer) {
    auto* ignoring = reinterpret_cast<Ignoring*>(tokenizer);
    ignoring->inner.xDelete(ignoring->instance);
    delete ignoring;
}

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

int ignoring_tokenize(Fts5Tokenizer* tokenizer, void* context, int flags, const char* text,
                      int length, TokenCallback token) {
    auto* ignoring = reinterpret_cast<Ignoring*>(tokenizer);
    const std::string_view all(text, static_cast<std::size_t>(std::max(length, 0)));
    if (std::all_of(all.begin(), all.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return ignoring->inner.xTokenize(ignoring->instance, context, flags, text, length, token);
    std::string kept;
    std::vector<int> at; // at[i]: where kept[i] is in the text; then the text's length
    kept.reserve(all.size());
    at.reserve(all.size() + 1);
    for (std::size_t i = 0; i < all.size();) {
        utf8proc_int32_t cp = 0;
        const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(all.data() + i),
                                        static_cast<utf8proc_ssize_t>(all.size() - i), &cp);
        const std::size_t size = n > 0 ? static_cast<std::size_t>(n) : 1;
        if (n <= 0 || !utf8proc_get_property(cp)->ignorable)
            for (std::size_t k = 0; k < size; ++k) {
                kept += all[i + k];
                at.push_back(static_cast<int>(i + k));
            }
        i += size;
    }
    at.push_back(length);
    struct Forward {
        void* context;
        TokenCallback token;
        const std::vector<int>* at;
    } forward{context, token, &at};
    return ignoring->inner.xTokenize(
        ignoring->instance, &forward, flags, kept.data(), static_cast<int>(kept.size()),
        [](void* state, int token_flags, const char* word, int size, int start, int end) {
            const auto* f = static_cast<const Forward*>(state);
            // Folded fully, as names and questions are: unicode61 keeps "ß" and "ﬁ", which
            // questions and --where fold to "ss" and "fi".
            const std::string folded =
                model::to_lower(std::string_view(word, static_cast<std::size_t>(size)));
            return f->token(f->context, token_flags, folded.data(), static_cast<int>(folded.size()),
                            (*f->at)[static_cast<std::size_t>(start)],
                            (*f->at)[static_cast<std::size_t>(end)]);
        });
}

/// FTS5's API on `db`.
fts5_api* fts5_of(sqlite3* db) {
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        throw std::runtime_error(sqlite3_errmsg(db));
    sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (api == nullptr || api->iVersion < 2)
        throw std::runtime_error("search index: no FTS5");
    return api;
}

/// Adds the tokenizer `aistrat` to `db`, which every index table names: before any of them
/// is built or read.
void register_tokenizer(sqlite3* db) {
    fts5_api* api = fts5_of(db);
    fts5_tokenizer tokenizer{&ignoring_create, &ignoring_delete, &ignoring_tokenize};
    if (api->xCreateTokenizer(api, "aistrat", api, &tokenizer, nullptr) != SQLITE_OK)
        throw std::runtime_error("search index: cannot add its tokenizer to FTS5");
}

/// Adds first_match() to the FTS5 of `db`.
void register_first_match(sqlite3* db) {
    fts5_api* api = fts5_of(db);
    if (api->xCreateFunction(api, "first_match", nullptr, &first_match, nullptr) != SQLITE_OK)
        throw std::runtime_error("search index: cannot add first_match to FTS5");
}

} // namespace

std::string fts_quote(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        out += c;
        if (c == '"')
            out += '"';
    }
    return out + "\"";
}

SearchIndex::SearchIndex(const model::KnowledgeBase& kb) : m_kb(kb) {
    m_first.reserve(kb.entities().size() + 1);
    for (const auto& entity : kb.entities()) {
        m_first.push_back(static_cast<std::uint32_t>(m_statements.size()));
        extract_statements(kb, entity, m_statements);
    }
    m_first.push_back(static_cast<std::uint32_t>(m_statements.size()));
    if (sqlite3_open(":memory:", &m_db) != SQLITE_OK) {
        sqlite3_close(m_db);
        throw std::runtime_error("search index: cannot open an in-memory database");
    }
    try {
        register_tokenizer(m_db);
        build(kb);
    } catch (...) {
        sqlite3_close(m_db); // the destructor does not run for a half-built index
        throw;
    }
}

void SearchIndex::build(const model::KnowledgeBase& kb) {
    exec(m_db, fmt::format("CREATE VIRTUAL TABLE entity_fts USING fts5(title, aliases, summary, "
                           "body, {});",
                           k_tokenizer));
    exec(m_db, fmt::format("CREATE VIRTUAL TABLE statement_fts USING fts5(text, context, {});",
                           k_tokenizer));
    exec(m_db, "BEGIN");
    std::vector<std::string> bodies(kb.entities().size());
    std::set<std::string> words;
    {
        Query insert(m_db, "INSERT INTO statement_fts(rowid, text, context) VALUES (?, ?, ?)");
        for (std::size_t i = 0; i < m_statements.size(); ++i) {
            const Statement& s = m_statements[i];
            // The text as it is: the tokenizer passes over the characters to ignore, and
            // snippets quote the text itself.
            insert.bind(1, static_cast<long long>(i)).bind(2, s.text).bind(3, s.context);
            insert.step();
            insert.reset();
            collect_words(searchable(s.text), words); // words one can type
            if (s.field != "title" && s.field != "aliases" && s.field != "summary") {
                auto& body = bodies[static_cast<std::size_t>(s.entity - kb.entities().data())];
                body += s.text + "\n";
            }
        }
    }
    {
        Query insert(m_db, "INSERT INTO entity_fts(rowid, title, aliases, summary, body) "
                           "VALUES (?, ?, ?, ?, ?)");
        for (std::size_t i = 0; i < kb.entities().size(); ++i) {
            const model::Entity& e = kb.entities()[i];
            insert.bind(1, static_cast<long long>(i))
                .bind(2, e.title)
                .bind(3, fmt::to_string(fmt::join(e.aliases, "; ")) + " " + e.id)
                .bind(4, e.summary)
                .bind(5, bodies[i]);
            insert.step();
            insert.reset();
        }
    }
    exec(m_db, "COMMIT");
    m_words.assign(words.begin(), words.end());
    m_words_loaded = true;
}

SearchIndex::SearchIndex(const model::KnowledgeBase& kb, sqlite3* db) : m_kb(kb), m_db(db) {}

std::unique_ptr<SearchIndex> SearchIndex::open(const model::KnowledgeBase& kb, std::string image,
                                               const std::string& key) {
    try {
        auto index = std::unique_ptr<SearchIndex>(new SearchIndex(kb, nullptr));
        index->m_image = std::move(image);
        sqlite::Database db(sqlite::Image{index->m_image});
        register_tokenizer(db.get());
        Query query(db.get(), "SELECT value FROM index_meta WHERE name = 'key'");
        if (!query.step() || query.view(0) != key)
            return nullptr;
        Query firsts(db.get(), "SELECT firsts FROM entity_statements");
        std::vector<std::uint32_t> first;
        if (firsts.step()) {
            const std::string_view bytes = firsts.view(0);
            first.resize(bytes.size() / sizeof(std::uint32_t));
            std::memcpy(first.data(), bytes.data(), first.size() * sizeof(std::uint32_t));
        }
        if (first.size() != kb.entities().size() + 1 || first.front() != 0 ||
            !std::is_sorted(first.begin(), first.end()))
            return nullptr;
        // Every row must stand for an entity or a statement there is: a damaged index is
        // rebuilt, never read past the end of the knowledge.
        const auto within = [&](const char* table, std::size_t count) {
            for (const char* order : {"ASC", "DESC"}) {
                Query edge(db.get(), fmt::format("SELECT rowid FROM {} ORDER BY rowid {} LIMIT 1",
                                                 table, order));
                if (edge.step() &&
                    (edge.integer(0) < 0 || static_cast<std::uint64_t>(edge.integer(0)) >= count))
                    return false;
            }
            return true;
        };
        if (!within("entity_fts", kb.entities().size()) || !within("statement_fts", first.back()))
            return nullptr;
        // The statements, entity by entity, as the index counted them when it was built: an
        // index of other statements (a damaged or planted entry under this key) is a miss,
        // rebuilt, never an error half-way through a search.
        for (std::size_t i = 0; i < kb.entities().size(); ++i) {
            if (first[i] != index->m_statements.size())
                return nullptr;
            extract_statements(kb, kb.entities()[i], index->m_statements);
        }
        if (index->m_statements.size() != first.back())
            return nullptr;
        index->m_first = std::move(first);
        index->m_db = db.release(); // the statements above finalize on it as they go
        return index;
    } catch (const std::runtime_error&) { // missing, not an index, or damaged
        return nullptr;
    }
}

void SearchIndex::save(const std::string& path, const std::string& key) const {
    sqlite::Database db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3* file = db.get();
    {
        sqlite3_backup* backup = sqlite3_backup_init(file, "main", m_db, "main");
        if (backup == nullptr)
            throw std::runtime_error(sqlite3_errmsg(file));
        const int stepped = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (stepped == SQLITE_NOMEM)
            throw std::bad_alloc();
        if (stepped != SQLITE_DONE)
            throw std::runtime_error(sqlite3_errstr(stepped));
        exec(file, "PRAGMA journal_mode = OFF; BEGIN; "
                   "CREATE TABLE index_meta(name TEXT PRIMARY KEY, value TEXT); "
                   "CREATE TABLE words(word TEXT PRIMARY KEY) WITHOUT ROWID; "
                   "CREATE TABLE entity_statements(firsts BLOB);");
        Query meta(file, "INSERT INTO index_meta VALUES ('key', ?)");
        meta.bind(1, key);
        meta.step();
        Query firsts(file, "INSERT INTO entity_statements VALUES (?)");
        firsts.bind_blob(1, m_first.data(), m_first.size() * sizeof(std::uint32_t)).step();
        Query insert(file, "INSERT INTO words VALUES (?)");
        for (const auto& word : words()) {
            insert.bind(1, word);
            insert.step();
            insert.reset();
        }
        exec(file, "COMMIT");
    }
    if (sqlite3_close(db.release()) != SQLITE_OK)
        throw std::runtime_error("cannot close " + path);
}

const std::vector<std::string>& SearchIndex::words() const {
    if (!m_words_loaded) {
        m_words_loaded = true;
        try {
            Query query(m_db, "SELECT word FROM words ORDER BY word");
            while (query.step())
                m_words.push_back(query.text(0));
        } catch (const std::runtime_error&) {
            m_words.clear(); // suggestions are a help, never a failure
        }
    }
    return m_words;
}

sqlite3_stmt* SearchIndex::prepared(const std::string& sql) const {
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end())
        it = m_prepared.emplace(sql, sqlite::prepare(m_db, sql)).first;
    return it->second;
}

SearchIndex::~SearchIndex() {
    for (const auto& [sql, stmt] : m_prepared)
        sqlite3_finalize(stmt);
    sqlite3_close(m_db);
}

std::vector<EntityHit> SearchIndex::search_entities(const std::string& match,
                                                    const std::string& any_words) const {
    std::vector<EntityHit> hits;
    Query entities(m_db,
                   prepared("SELECT rowid, bm25(entity_fts, 10.0, 8.0, 3.0, 1.0) FROM entity_fts "
                            "WHERE entity_fts MATCH ? ORDER BY 2, rowid"));
    entities.bind(1, match);
    while (entities.step()) {
        const auto index = static_cast<std::size_t>(entities.integer(0));
        if (index < m_kb.entities().size())
            hits.push_back({&m_kb.entities()[index], -entities.real(1), {}, {}});
    }
    // The statement of each entity whose text best matches any of the words.
    Query best(m_db,
               prepared("SELECT rowid FROM statement_fts WHERE statement_fts MATCH ? ORDER BY "
                        "bm25(statement_fts, 1.0, 0.0)"));
    best.bind(1, "text : (" + any_words + ")");
    std::vector<long long> best_of(m_kb.entities().size(), -1);
    while (best.step()) {
        const long long statement = best.integer(0);
        const std::size_t entity = entity_of(statement);
        if (entity < best_of.size() && best_of[entity] < 0)
            best_of[entity] = statement;
    }
    for (auto& hit : hits)
        hit.statement = best_of[static_cast<std::size_t>(hit.entity - m_kb.entities().data())];
    return hits;
}

std::size_t SearchIndex::entity_of(long long statement) const {
    const auto it = std::upper_bound(m_first.begin(), m_first.end(), statement,
                                     [](long long s, std::uint32_t first) { return s < first; });
    return static_cast<std::size_t>(it - m_first.begin()) - 1;
}

void SearchIndex::describe(std::vector<EntityHit>& hits, const std::string& any_words) const {
    // Each hit's statement, by its row; a hit with none shows its id.
    std::map<long long, EntityHit*> by_row;
    std::string short_rows;
    std::string long_rows;
    for (auto& hit : hits) {
        const std::size_t entity = static_cast<std::size_t>(hit.entity - m_kb.entities().data());
        hit.field = "id";
        hit.snippet = hit.entity->id;
        if (hit.statement < 0 || entity + 1 >= m_first.size())
            continue;
        std::vector<Statement> own;
        extract_statements(m_kb, *hit.entity, own);
        const auto nth = static_cast<std::size_t>(hit.statement) - m_first[entity];
        if (nth >= own.size())
            continue;
        hit.field = own[nth].field;
        // FTS5's snippet() weighs every window around every match, and its highlight()
        // copies its output at each match: the time of both grows with the square of the
        // matches (a word 30,000 times in one field took 12 s). A long statement gets its
        // first match marked by first_match(), which is linear, and is cut around it.
        std::string& rows = own[nth].text.size() > k_snippet_limit ? long_rows : short_rows;
        rows += fmt::format("{}{}", rows.empty() ? "" : ",", hit.statement);
        by_row[hit.statement] = &hit;
    }
    if (by_row.empty())
        return;
    if (!long_rows.empty() && !m_first_match_ready) {
        register_first_match(m_db);
        m_first_match_ready = true;
    }
    // One pass over the matches for every hit: a query per hit evaluated the whole MATCH
    // again each time (`search --limit 0` over 6,000 entities took 92 s).
    Query snippets(
        m_db,
        fmt::format("SELECT rowid, CASE WHEN rowid IN ({}) THEN snippet(statement_fts, 0, "
                    "'{}', '{}', '…', {}) END, CASE WHEN rowid IN ({}) THEN {} END FROM "
                    "statement_fts WHERE statement_fts MATCH ?",
                    short_rows, model::k_highlight_start, model::k_highlight_end, k_snippet_words,
                    long_rows, long_rows.empty() ? "NULL" : "first_match(statement_fts)"));
    snippets.bind(1, "text : (" + any_words + ")");
    while (snippets.step()) {
        const auto at = by_row.find(snippets.integer(0));
        if (at == by_row.end())
            continue;
        if (!snippets.is_null(1)) // words without spaces between them are one long word
            at->second->snippet = cap_around_first_mark(snippets.text(1), k_snippet_chars);
        else if (!snippets.is_null(2))
            at->second->snippet = window_around_first_mark(snippets.text(2), k_snippet_words);
    }
}

std::string window_around_first_mark(std::string_view marked, std::size_t words) {
    // The words, split at spaces; the marks stay inside the words they wrap.
    std::vector<std::string_view> all;
    for (std::size_t i = 0; i < marked.size();) {
        const std::size_t end = std::min(marked.find(' ', i), marked.size());
        if (end > i)
            all.push_back(marked.substr(i, end - i));
        i = end + 1;
    }
    std::size_t first = 0;
    while (first < all.size() && all[first].find(model::k_highlight_start) == std::string::npos)
        ++first;
    if (first == all.size())
        first = 0;
    // A few words of context before the match, the rest after it.
    std::size_t begin = first > words / 4 ? first - words / 4 : 0;
    const std::size_t end = std::min(all.size(), begin + words);
    if (end - begin < words)
        begin = end > words ? end - words : 0;
    std::string body;
    for (std::size_t i = begin; i < end; ++i)
        body += (i > begin ? " " : "") + std::string(all[i]);
    return cap_around_first_mark(with_ellipses(body, begin > 0, end < all.size()), k_snippet_chars);
}

std::string with_ellipses(std::string_view body, bool before, bool after) {
    // No mark comes before the first match; one the window's end cuts through is closed.
    bool open = false;
    for (std::size_t at = 0; at < body.size(); ++at) {
        if (body.compare(at, model::k_highlight_start.size(), model::k_highlight_start) == 0)
            open = true;
        else if (body.compare(at, model::k_highlight_end.size(), model::k_highlight_end) == 0)
            open = false;
    }
    std::string out = (before ? "…" : "") + std::string(body);
    if (open)
        out += model::k_highlight_end;
    if (after)
        out += "…";
    return out;
}

std::string cap_around_first_mark(std::string_view marked, std::size_t limit) {
    std::vector<std::size_t> starts; // where each code point starts
    for (std::size_t i = 0; i < marked.size(); ++i)
        if ((static_cast<unsigned char>(marked[i]) & 0xC0) != 0x80)
            starts.push_back(i);
    if (starts.size() <= limit)
        return std::string(marked);
    const auto mark = marked.find(model::k_highlight_start);
    const std::size_t first =
        mark == std::string_view::npos
            ? 0
            : static_cast<std::size_t>(std::lower_bound(starts.begin(), starts.end(), mark) -
                                       starts.begin());
    const std::size_t begin = first > limit / 4 ? first - limit / 4 : 0;
    const std::size_t end = std::min(starts.size(), begin + limit);
    const std::size_t from = starts[begin];
    const std::size_t to = end < starts.size() ? starts[end] : marked.size();
    return with_ellipses(marked.substr(from, to - from), begin > 0, end < starts.size());
}

const std::vector<Statement>& SearchIndex::statements() const {
    return m_statements;
}

std::vector<StatementHit> SearchIndex::match_statements(const std::string& match,
                                                        std::size_t limit) const {
    std::vector<StatementHit> hits;
    Query query(m_db,
                prepared("SELECT rowid, bm25(statement_fts, 1.0, 0.5) FROM statement_fts WHERE "
                         "statement_fts MATCH ? ORDER BY 2, rowid LIMIT ?"));
    query.bind(1, match).bind(2, static_cast<long long>(limit));
    while (query.step())
        hits.push_back({static_cast<std::size_t>(query.integer(0)), -query.real(1)});
    return hits;
}

std::set<std::size_t> SearchIndex::statements_matching(const std::string& match) const {
    std::set<std::size_t> out;
    Query query(m_db, prepared("SELECT rowid FROM statement_fts WHERE statement_fts MATCH ?"));
    query.bind(1, match);
    while (query.step())
        out.insert(static_cast<std::size_t>(query.integer(0)));
    return out;
}

std::set<std::size_t> SearchIndex::entities_matching(const std::string& match) const {
    std::set<std::size_t> out;
    Query query(m_db, prepared("SELECT rowid FROM entity_fts WHERE entity_fts MATCH ?"));
    query.bind(1, match);
    while (query.step())
        out.insert(static_cast<std::size_t>(query.integer(0)));
    return out;
}

std::size_t SearchIndex::count_entities(const std::string& match) const {
    Query query(m_db, prepared("SELECT count(*) FROM entity_fts WHERE entity_fts MATCH ?"));
    query.bind(1, match);
    return query.step() ? static_cast<std::size_t>(query.integer(0)) : 0;
}

} // namespace aistrat::search

namespace aistrat::search {

std::vector<std::string> SearchIndex::words_starting(std::string_view prefix,
                                                     std::size_t limit) const {
    const std::string lower = model::to_lower(prefix);
    std::vector<std::string> out;
    const auto& all = words();
    for (auto it = std::lower_bound(all.begin(), all.end(), lower);
         it != all.end() && it->starts_with(lower) && out.size() < limit; ++it)
        out.push_back(*it);
    return out;
}

} // namespace aistrat::search
