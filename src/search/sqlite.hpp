// Thin RAII wrappers over SQLite's C API, shared by the search index and the cache (the two
// places that include SQLite). Every failure throws std::runtime_error with SQLite's message,
// except running out of memory, which throws std::bad_alloc.
#pragma once

#include <cstdint>
#include <sqlite3.h>
#include <string>
#include <string_view>

namespace aistrat::sqlite {

/// The bytes of a database file, already in memory (see Database(Image)).
struct Image {
    std::string_view bytes;
};

/// An open database connection, closed when it goes out of scope.
class Database {
public:
    /// Opens `name` (a path, or a URI with SQLITE_OPEN_URI) with `flags`.
    Database(const std::string& name, int flags);
    /// A read-only database over `image`, which must outlive it: nothing is read from a file,
    /// so nothing that happens to the file afterwards can reach SQLite.
    explicit Database(Image image);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Runs one or more statements that return no rows.
    void exec(const char* sql);
    sqlite3* get() const { return m_db; }
    /// Hands the connection over to the caller, who closes it.
    sqlite3* release();

private:
    sqlite3* m_db = nullptr;
};

/// Runs statements that return no rows on `db`.
void exec(sqlite3* db, const char* sql);

/// A prepared statement: finalized when it goes out of scope, or, when borrowed from a cache
/// of prepared statements, reset and unbound for its next use.
class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    Statement(sqlite3* db, sqlite3_stmt* borrowed) : m_db(db), m_stmt(borrowed), m_owned(false) {}
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    /// Binds text, copied; parameters count from 1.
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::int64_t value);
    /// Binds bytes, copied.
    Statement& bind_blob(int index, const void* data, std::size_t size);
    /// Steps once: true while there is a row.
    bool step();
    void reset();
    /// A column of the current row as bytes, valid until the next step or reset.
    std::string_view view(int column) const;
    std::string text(int column) const { return std::string(view(column)); }
    std::int64_t integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    bool is_null(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

private:
    [[noreturn]] void fail() const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_owned = true;
};

/// Prepares `sql` on `db`; the caller finalizes it.
sqlite3_stmt* prepare(sqlite3* db, std::string_view sql);

} // namespace aistrat::sqlite
