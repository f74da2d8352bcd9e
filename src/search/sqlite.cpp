// The SQLite wrappers.
#include "search/sqlite.hpp"

#include <new>
#include <stdexcept>

namespace aistrat::sqlite {

namespace {

/// SQLite's error on `db` as an exception: running out of memory is std::bad_alloc, as
/// anywhere else (it was an "internal error" to report), the rest std::runtime_error.
[[noreturn]] void throw_error(sqlite3* db, const std::string& reason) {
    if (db == nullptr || sqlite3_errcode(db) == SQLITE_NOMEM)
        throw std::bad_alloc();
    throw std::runtime_error(reason);
}

[[noreturn]] void throw_error(sqlite3* db) {
    throw_error(db, db != nullptr ? sqlite3_errmsg(db) : "out of memory");
}

} // namespace

Database::Database(const std::string& name, int flags) {
    if (sqlite3_open_v2(name.c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
        if (m_db == nullptr || sqlite3_errcode(m_db) == SQLITE_NOMEM) {
            sqlite3_close(m_db);
            m_db = nullptr;
            throw std::bad_alloc();
        }
        const std::string reason = sqlite3_errmsg(m_db);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw std::runtime_error(reason);
    }
}

Database::Database(Image image) : Database(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) {
    auto* bytes = reinterpret_cast<unsigned char*>(const_cast<char*>(image.bytes.data()));
    const auto size = static_cast<sqlite3_int64>(image.bytes.size());
    if (sqlite3_deserialize(m_db, "main", bytes, size, size, SQLITE_DESERIALIZE_READONLY) !=
        SQLITE_OK)
        throw_error(m_db);
}

Database::~Database() {
    sqlite3_close(m_db);
}

sqlite3* Database::release() {
    sqlite3* db = m_db;
    m_db = nullptr;
    return db;
}

void Database::exec(const char* sql) {
    sqlite::exec(m_db, sql);
}

void exec(sqlite3* db, const char* sql) {
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string reason = error != nullptr ? error : sqlite3_errmsg(db);
        sqlite3_free(error);
        throw_error(db, reason);
    }
}

sqlite3_stmt* prepare(sqlite3* db, std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(stmt);
        throw_error(db);
    }
    return stmt;
}

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db), m_stmt(prepare(db, sql)) {}

Statement::~Statement() {
    if (m_owned) {
        sqlite3_finalize(m_stmt);
    } else {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

Statement& Statement::bind(int index, std::string_view text) {
    if (sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT,
                            SQLITE_UTF8) != SQLITE_OK)
        fail();
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        fail();
    return *this;
}

Statement& Statement::bind_blob(int index, const void* data, std::size_t size) {
    if (sqlite3_bind_blob64(m_stmt, index, data, size, SQLITE_TRANSIENT) != SQLITE_OK)
        fail();
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail();
    return false;
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::string_view Statement::view(int column) const {
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data == nullptr
               ? std::string_view{}
               : std::string_view(static_cast<const char*>(data), static_cast<std::size_t>(size));
}

void Statement::fail() const {
    throw_error(m_db);
}

} // namespace aistrat::sqlite
