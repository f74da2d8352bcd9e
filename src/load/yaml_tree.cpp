// Builds YamlNode trees from yaml-cpp's event stream, checking duplicate keys, nesting
// depth, alias recursion and the size of alias expansion as it goes.
#include "load/yaml_tree.hpp"

#include "model/marks.hpp"
#include "model/text.hpp"

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <charconv>
#include <libfyaml.h>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <unordered_map>

namespace aistrat::load {

namespace {

/// yaml-cpp's message, with a code point it gives in decimal ("invalid unicode: 55296") as
/// U+XXXX, and a surrogate (which no UTF-8 text may hold) said to be one.
std::string readable(const std::string& message) {
    constexpr std::string_view k_invalid = "invalid unicode: ";
    if (!message.starts_with(k_invalid))
        return message;
    unsigned long code = 0;
    const char* first = message.data() + k_invalid.size();
    const char* last = message.data() + message.size();
    const auto [end, error] = std::from_chars(first, last, code);
    if (error != std::errc{} || end != last)
        return message;
    const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
    return fmt::format("\\u or \\U escape of U+{:04X}, {}", code,
                       surrogate ? "a lone surrogate, which no text may hold (write the character "
                                   "itself, or its \\U escape)"
                                 : "which is no Unicode character");
}

} // namespace

const YamlNode* YamlNode::find(std::string_view name) const {
    for (std::size_t i = 0; i < pair_count(); ++i)
        if (key(i).is_scalar() && key(i).value == name)
            return &val(i);
    return nullptr;
}

std::string_view describe(const YamlNode& node) {
    switch (node.type) {
    case YamlNode::Type::Null:
        return "nothing";
    case YamlNode::Type::Scalar:
        return "a single value";
    case YamlNode::Type::Sequence:
        return "a list";
    case YamlNode::Type::Map:
        return "a mapping";
    }
    return "a value";
}

namespace {

/// Thrown by the builder when input exceeds a limit; becomes a diagnostic.
struct LimitError : std::runtime_error {
    LimitError(model::Location where, const std::string& message)
        : std::runtime_error(message), m_where(std::move(where)) {}
    model::Location m_where;
};

/// yaml-cpp turns the escapes `\_` (U+00A0) and `\N` (U+0085) into one raw byte each, the
/// code point's Latin-1 byte, where every other escape gives UTF-8. The file was checked to
/// be UTF-8 before parsing, so in a scalar a byte that is not part of UTF-8 came from one of
/// them: it is written as the code point it stands for.
void mend_latin1_escapes(std::string& value) {
    std::string out;
    for (std::size_t i = 0; i < value.size();) {
        char32_t cp = 0;
        const auto length = static_cast<unsigned char>(value[i]) < 0x80
                                ? std::size_t{1}
                                : model::decode_utf8(value, i, cp);
        if (length == 0) {
            if (out.empty())
                out.assign(value, 0, i);
            const auto byte = static_cast<unsigned char>(value[i]);
            out += static_cast<char>(0xC0 | (byte >> 6));
            out += static_cast<char>(0x80 | (byte & 0x3F));
            ++i;
            continue;
        }
        if (!out.empty())
            out.append(value, i, length);
        i += length;
    }
    if (!out.empty())
        value = std::move(out);
}

class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(const std::string& path, const std::string& text, YamlLimits limits,
                model::Diagnostics& diagnostics)
        : m_path(path), m_text(text), m_limits(limits), m_diagnostics(diagnostics),
          m_bom(text.starts_with("\xEF\xBB\xBF") ? 3 : 0) {}

    YamlNode take() { return std::move(m_document); }
    std::size_t alias_bytes() const { return m_alias_bytes; }
    const model::Location& first_alias() const { return m_first_alias; }
    /// How many of the reserved marks (U+E000 to U+E005) the text held, each replaced with
    /// U+FFFD, and where the scalar holding the first begins.
    std::size_t marks() const { return m_marks; }
    const model::Location& first_mark() const { return m_first_mark; }
    /// Where the last document began.
    const model::Location& start() const { return m_start; }

    void OnDocumentStart(const YAML::Mark& mark) override {
        m_start = location(mark);
        m_document = {};
        m_stack.clear();
        m_anchors.clear();
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        YamlNode node;
        node.where = empty_at(mark);
        count(1, 0, node.where);
        add(std::move(node), anchor, {1, 1, 0});
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        const model::Location where = location(mark);
        if (m_open.count(anchor) != 0)
            throw LimitError(where, "recursive alias: the alias refers to a node that contains it");
        auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            throw LimitError(where, "alias to an unknown anchor");
        const Extent extent = it->second.second;
        if (m_stack.size() + extent.depth > m_limits.max_depth)
            throw LimitError(where, too_deep());
        count(extent.size, extent.bytes, where);
        if (m_first_alias.line == 0)
            m_first_alias = where;
        m_alias_bytes += extent.bytes;
        add(it->second.first, 0, extent);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        // `!!null` (with nothing after it, or with `null` or `~`) is the null that `null` is;
        // yaml-cpp gives it as tagged text.
        if (tag == "tag:yaml.org,2002:null") {
            OnNull(mark, anchor);
            return;
        }
        if (tag != "?" && !mark.is_null() &&
            !closed_quote(static_cast<std::size_t>(mark.pos) + m_bom))
            throw LimitError(location(mark), "YAML syntax: quoted text without its closing quote");
        if (tag != "?" && !mark.is_null() &&
            folded_keep(static_cast<std::size_t>(mark.pos) + m_bom))
            throw LimitError(location(mark),
                             "a folded block that keeps its final line breaks (>+) is read "
                             "without some of them by the YAML library; write it as | (literal) "
                             "or > (folded, one final line break)");
        // A NUL ("\0" in a quoted scalar) would end the text early in SQLite and C APIs.
        if (value.find('\0') != std::string::npos)
            throw LimitError(location(mark), "a NUL character (\\0) in text; remove it");
        YamlNode node;
        node.type = YamlNode::Type::Scalar;
        node.value = value;
        if (tag != "?")
            mend_latin1_escapes(node.value);
        // A byte-order mark may open a later document too (files joined with `---`): before
        // plain text at the start of a line (a key, mostly) it is not part of the text.
        // (Before `-`, `#`, a quoted key or `---` it is still read as text.)
        if (tag == "?" && mark.column == 0 && node.value.starts_with("\xEF\xBB\xBF"))
            node.value.erase(0, 3);
        // U+E000 to U+E005 mark highlights and citations in aistrat's output (model/text.hpp);
        // data may not carry them.
        const std::size_t marks = model::replace_marks(node.value);
        node.plain = tag == "?";
        // yaml-cpp gives "?" for plain text and "!" for quoted or block text with no tag.
        node.tagged = tag != "?" && tag != "!";
        node.text_tag = tag == "tag:yaml.org,2002:str";
        node.where = text_location(mark, value);
        if (marks != 0 && m_marks == 0)
            m_first_mark = node.where;
        m_marks += marks;
        count(1, node.value.size(), node.where);
        add(std::move(node), anchor, {1, 1, value.size()});
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(mark, YamlNode::Type::Sequence, anchor);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(mark, YamlNode::Type::Map, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    /// How big a subtree is: its nodes, its depth and the bytes of its text.
    struct Extent {
        std::size_t size = 1;
        std::size_t depth = 1;
        std::size_t bytes = 0;
    };

    struct Frame {
        YamlNode node;
        YAML::anchor_t anchor = 0;
        Extent extent;                             ///< of this subtree so far
        std::unordered_map<std::string, int> keys; ///< map keys seen, with their line
    };

    /// Where a null is: yaml-cpp marks an empty one (`unit:` and nothing after it) at the next
    /// token, on a later line or past the end of the file; it is right after the ':' or '-'
    /// that opened it.
    model::Location empty_at(const YAML::Mark& mark) const {
        if (mark.is_null())
            return location(mark);
        std::size_t at = std::min(static_cast<std::size_t>(mark.pos) + m_bom, m_text.size());
        // A null written out (null, ~, !!null), not a key that starts so ("number:").
        std::size_t token = at;
        while (token < m_text.size() &&
               std::string_view(" \t\r\n,]}#").find(m_text[token]) == std::string_view::npos)
            ++token;
        const std::string_view word = std::string_view(m_text).substr(at, token - at);
        if (word == "null" || word == "Null" || word == "NULL" || word == "~" ||
            word.starts_with("!!null") || word.starts_with("!<tag:yaml.org,2002:null>"))
            return location(mark);
        int line = mark.line;
        // At the end of a file without a final line break, yaml-cpp marks the start of the
        // last line: back from the end instead, over a comment that ends it.
        const bool at_end = at == m_text.size();
        if (at_end) {
            std::size_t start = at;
            while (start > 0 && m_text[start - 1] != '\n' && m_text[start - 1] != '\r')
                --start;
            at = comment_start(start, at);
        }
        // Back over blanks, line breaks and comments to what opened the value.
        while (at > 0) {
            const char c = m_text[at - 1];
            if (c == ' ' || c == '\t') {
                --at;
                continue;
            }
            if (c == '\n' || c == '\r') {
                --at;
                if (c == '\r' || at == 0 || m_text[at - 1] != '\r')
                    --line;
                // A comment that ends the line before: back to where it starts.
                std::size_t start = at;
                while (start > 0 && m_text[start - 1] != '\n' && m_text[start - 1] != '\r')
                    --start;
                if (const std::size_t hash = comment_start(start, at); hash != at)
                    at = hash;
                continue;
            }
            break;
        }
        if (at == 0 || line < 0 || (line == mark.line && !at_end))
            return location(mark);
        std::size_t start = at;
        while (start > 0 && m_text[start - 1] != '\n' && m_text[start - 1] != '\r')
            --start;
        const auto column =
            static_cast<int>(at - start) - (start == 0 ? static_cast<int>(m_bom) : 0);
        return {m_path, line + 1, column + 1};
    }

    /// Where a comment starts on the line `m_text[start, end)`: at a '#' that opens the line
    /// or follows a blank, outside quotes; `end` when none does.
    std::size_t comment_start(std::size_t start, std::size_t end) const {
        char quote = 0;
        for (std::size_t i = start; i < end; ++i) {
            const char c = m_text[i];
            if (quote != 0) {
                if (c == quote)
                    quote = 0;
                continue;
            }
            if (c == '"' || c == '\'')
                quote = c;
            else if (c == '#' && (i == start || m_text[i - 1] == ' ' || m_text[i - 1] == '\t'))
                return i;
        }
        return end;
    }

    model::Location location(const YAML::Mark& mark) const {
        if (mark.is_null())
            return {m_path, 0, 0};
        return {m_path, mark.line + 1, mark.column + 1};
    }

    /// True when a folded block scalar with keep chomping (`>+`, `>2+`, `>+2`) starts at byte
    /// `at`: yaml-cpp drops a final line break of it (`>+` over "a" and an empty line gives
    /// "a\n", where YAML says "a\n\n"), so its text would not be what the file holds.
    bool folded_keep(std::size_t at) const {
        at = past_properties(at);
        if (at >= m_text.size() || m_text[at] != '>')
            return false;
        for (std::size_t i = at + 1; i < m_text.size(); ++i) {
            const char c = m_text[i];
            if (c == '+')
                return true;
            if (c != '-' && (c < '0' || c > '9'))
                return false; // the header's indicators end at a space, a comment or the line
        }
        return false;
    }

    /// Where a scalar's text `value` begins, for a scalar whose mark yaml-cpp puts at `mark`:
    /// the mark itself, but for a block scalar (`|`, `>-`) that holds text the first
    /// character of its first line that is not blank, below the header. A message about the
    /// text then points at the text, not at the indicator on its key's line.
    model::Location text_location(const YAML::Mark& mark, std::string_view value) const {
        auto where = location(mark);
        // A block of blank lines only (or none) has no text line: its header is where it is.
        if (mark.is_null() || value.find_first_not_of(" \t\r\n") == std::string_view::npos)
            return where;
        std::size_t at = past_properties(static_cast<std::size_t>(mark.pos) + m_bom);
        if (at >= m_text.size() || (m_text[at] != '|' && m_text[at] != '>'))
            return where;
        // Count the line breaks between the mark and `at` (properties on their own line).
        for (auto i = static_cast<std::size_t>(mark.pos) + m_bom; i < at; ++i)
            if (m_text[i] == '\n')
                ++where.line;
        for (;;) {
            at = m_text.find('\n', at);
            if (at == std::string_view::npos)
                return where; // no text below the header: the indicator it is
            ++at;
            ++where.line;
            std::size_t column = 0;
            while (at + column < m_text.size() &&
                   (m_text[at + column] == ' ' || m_text[at + column] == '\t'))
                ++column;
            if (at + column < m_text.size() && m_text[at + column] != '\n' &&
                m_text[at + column] != '\r') {
                where.column = static_cast<int>(column) + 1;
                return where;
            }
        }
    }

    /// The first byte at or after `at` that is not a tag, an anchor, a blank, a line break
    /// or a comment: where the scalar's own text or block header begins. The mark of a
    /// scalar with a tag or an anchor (`!!str >+`, `&a |`) is at the first of them.
    std::size_t past_properties(std::size_t at) const {
        while (at < m_text.size()) {
            const char c = m_text[at];
            if (c == '!' || c == '&') {
                while (at < m_text.size() && m_text[at] != ' ' && m_text[at] != '\t' &&
                       m_text[at] != '\n' && m_text[at] != '\r')
                    ++at;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++at;
            } else if (c == '#') {
                while (at < m_text.size() && m_text[at] != '\n' && m_text[at] != '\r')
                    ++at;
            } else {
                break;
            }
        }
        return at;
    }

    /// False when a quoted scalar starts at byte `at` of the text and the text ends before
    /// its closing quote (yaml-cpp takes such a scalar at the end of a file as if closed).
    bool closed_quote(std::size_t at) const {
        if (at >= m_text.size() || (m_text[at] != '"' && m_text[at] != '\''))
            return true; // not a quoted scalar, or not where the mark says: nothing to check
        const char quote = m_text[at];
        for (std::size_t i = at + 1; i < m_text.size(); ++i) {
            if (quote == '"' && m_text[i] == '\\')
                ++i; // an escape: the next character is never the end
            else if (m_text[i] == quote) {
                if (quote == '\'' && i + 1 < m_text.size() && m_text[i + 1] == '\'')
                    ++i; // '' is a quote inside single quotes
                else
                    return true;
            }
        }
        return false;
    }

    std::string too_deep() const {
        return fmt::format("nesting too deep (more than {} levels)", m_limits.max_depth);
    }

    void open(const YAML::Mark& mark, YamlNode::Type type, YAML::anchor_t anchor) {
        Frame frame;
        frame.node.type = type;
        frame.node.where = location(mark);
        if (m_stack.size() >= m_limits.max_depth)
            throw LimitError(frame.node.where, too_deep());
        frame.anchor = anchor;
        if (anchor != 0)
            m_open.insert(anchor);
        count(1, 0, frame.node.where);
        m_stack.push_back(std::move(frame));
    }

    void close() {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        if (frame.anchor != 0)
            m_open.erase(frame.anchor);
        add(std::move(frame.node), frame.anchor, frame.extent);
    }

    /// Counts `n` more nodes holding `bytes` of text; every node held in memory counts,
    /// copies for anchors too.
    void count(std::size_t n, std::size_t bytes, const model::Location& where) {
        m_nodes += n;
        m_bytes += bytes;
        if (m_nodes > m_limits.max_nodes)
            throw LimitError(where, fmt::format("document too large: more than {} nodes once "
                                                "aliases are expanded",
                                                m_limits.max_nodes));
        if (m_bytes > m_limits.max_text)
            throw LimitError(where, fmt::format("document too large: more than {} bytes of text "
                                                "once aliases are expanded (twice the file's "
                                                "size and 64 KiB)",
                                                m_limits.max_text));
    }

    /// Adds a finished node (already counted) to its parent.
    void add(YamlNode node, YAML::anchor_t anchor, Extent extent) {
        if (anchor != 0) {
            // The copy kept for aliases: its nodes count, its text not (the limit on text is
            // on what the document says, each alias a copy).
            count(extent.size, 0, node.where);
            m_anchors[anchor] = {node, extent};
        }
        if (m_stack.empty()) {
            m_document = std::move(node);
            return;
        }
        Frame& parent = m_stack.back();
        parent.extent.size += extent.size;
        parent.extent.bytes += extent.bytes;
        parent.extent.depth = std::max(parent.extent.depth, extent.depth + 1);
        const bool is_key =
            parent.node.type == YamlNode::Type::Map && parent.node.items.size() % 2 == 0;
        if (is_key && node.is_scalar()) {
            auto [it, inserted] = parent.keys.emplace(node.value, node.where.line);
            if (!inserted)
                m_diagnostics.push_back(
                    {node.where, model::Severity::Error,
                     fmt::format("duplicate key '{}' (first at line {})", node.value, it->second)});
        }
        parent.node.items.push_back(std::move(node));
    }

    const std::string& m_path;
    const std::string& m_text;
    YamlLimits m_limits;
    model::Diagnostics& m_diagnostics;
    YamlNode m_document;
    std::vector<Frame> m_stack;
    std::map<YAML::anchor_t, std::pair<YamlNode, Extent>> m_anchors;
    std::set<YAML::anchor_t> m_open;
    std::size_t m_nodes = 0;
    std::size_t m_alias_bytes = 0;
    model::Location m_first_alias;
    std::size_t m_marks = 0;
    model::Location m_first_mark;
    std::size_t m_bytes = 0;
    model::Location m_start;
    std::size_t m_bom; ///< yaml-cpp's positions start after a byte-order mark
};

} // namespace

namespace {

/// The offset of the first byte that breaks UTF-8 or is NUL, or npos; `nul` tells which.
/// utf8proc decides what is UTF-8: overlong forms, surrogates and code points past U+10FFFF
/// are not.
std::size_t bad_byte(std::string_view text, bool& nul) {
    nul = false;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '\0') {
            nul = true;
            return i;
        }
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        char32_t cp = 0;
        const std::size_t length = model::decode_utf8(text, i, cp);
        if (length == 0)
            return i;
        i += length;
    }
    return std::string_view::npos;
}

model::Location location_of(const std::string& path, std::string_view text, std::size_t offset) {
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {path, line, column};
}

} // namespace

namespace {

/// The first carriage return at or after `from` that no line feed follows, or npos.
std::size_t lone_cr(std::string_view text, std::size_t from) {
    for (auto at = text.find('\r', from); at != std::string_view::npos;
         at = text.find('\r', at + 1))
        if (at + 1 == text.size() || text[at + 1] != '\n')
            return at;
    return std::string_view::npos;
}

/// Where more `[` and `{` than `limit` are open at once, or npos. They are counted in the
/// raw text, quotes and comments included: a reading of YAML's context (which quote opens
/// text, where a block scalar ends) could be misled into missing brackets, and a count
/// cannot. yaml-cpp queues every token of nested flow collections until it knows whether
/// the outermost is a key, so half a million nested `[a, ` took 265 MB and 2 s before the
/// tree's depth limit saw its 65th level. The limit is far above that depth: only a file
/// with thousands of unclosed brackets in its text reaches it.
std::size_t brackets_too_deep(std::string_view text, std::size_t limit) {
    std::size_t depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '[' || c == '{') {
            if (++depth > limit)
                return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::string_view::npos;
}

/// The first syntax error libfyaml finds in `text`, if any. yaml-cpp 0.7 reads some text
/// that YAML 1.2 forbids (a third of the invalid cases of the YAML test suite: a comment
/// glued to a quoted scalar, `\\'` in double quotes, directives without a document) as if
/// it were something else; libfyaml, which passes the whole suite, reads the same events
/// and says where the text goes wrong. Only its verdict is used: the tree is yaml-cpp's.
struct SyntaxError {
    int line = 0; ///< 1-based, as libfyaml gives it
    int column = 0;
    std::string message;
};

std::optional<SyntaxError> strict_syntax_error(std::string_view text) {
    fy_diag_cfg diag_config{};
    fy_diag_cfg_default(&diag_config);
    diag_config.fp = nullptr; // collected below, never printed
    diag_config.colorize = false;
    std::unique_ptr<fy_diag, decltype(&fy_diag_destroy)> diag(fy_diag_create(&diag_config),
                                                              &fy_diag_destroy);
    if (!diag)
        throw std::bad_alloc();
    fy_diag_set_collect_errors(diag.get(), true);
    fy_parse_cfg config{};
    // Sloppy flow indentation: a closing `]` or a quoted scalar's next line at the
    // parent's column is refused by YAML 1.2 but read alike by yaml-cpp, libyaml and
    // PyYAML, and written so by hand (the built-in vocabulary does); its meaning is plain.
    config.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_COLLECT_DIAG |
                                                   FYPCF_DEFAULT_VERSION_1_2 | FYPCF_JSON_NONE |
                                                   FYPCF_SLOPPY_FLOW_INDENTATION);
    config.diag = diag.get();
    std::unique_ptr<fy_parser, decltype(&fy_parser_destroy)> parser(fy_parser_create(&config),
                                                                    &fy_parser_destroy);
    if (!parser || fy_parser_set_string(parser.get(), text.data(), text.size()) != 0)
        throw std::bad_alloc();
    while (fy_event* event = fy_parser_parse(parser.get())) {
        const bool end = event->type == FYET_STREAM_END;
        fy_parser_event_free(parser.get(), event);
        if (end)
            break;
    }
    if (!fy_parser_get_stream_error(parser.get()))
        return std::nullopt;
    void* iterator = nullptr;
    while (const fy_diag_error* error = fy_diag_errors_iterate(diag.get(), &iterator)) {
        if (error->type < FYET_ERROR || error->msg == nullptr)
            continue;
        SyntaxError found{std::max(error->line, 0), std::max(error->column, 0), error->msg};
        // libfyaml's one misspelt message.
        if (const auto at = found.message.find("indendation"); at != std::string::npos)
            found.message.replace(at, 11, "indentation");
        return found;
    }
    return SyntaxError{0, 0, "the text is not valid YAML"};
}

} // namespace

YamlParse parse_yaml(const std::string& path, const std::string& original, YamlLimits limits) {
    // YAML takes a lone carriage return as a line break (old Mac files); yaml-cpp does not.
    // Each becomes a line feed, byte for byte, so offsets, lines and columns stay the
    // file's; the copy is made only for such a file.
    std::string normalized;
    if (auto at = lone_cr(original, 0); at != std::string_view::npos) {
        normalized = original;
        for (; at != std::string_view::npos; at = lone_cr(normalized, at + 1))
            normalized[at] = '\n';
    }
    const std::string& text = normalized.empty() ? original : normalized;
    YamlParse result;
    bool nul = false;
    if (const auto offset = bad_byte(text, nul); offset != std::string_view::npos) {
        result.diagnostics.push_back(
            {location_of(path, text, offset), model::Severity::Error,
             nul ? fmt::format("NUL byte at byte {}: a knowledge file is text", offset)
                 : fmt::format("invalid UTF-8 at byte {}: a knowledge file must be UTF-8",
                               offset)});
        return result;
    }
    if (const auto offset = brackets_too_deep(text, k_max_open_brackets);
        offset != std::string_view::npos) {
        result.diagnostics.push_back(
            {location_of(path, text, offset), model::Severity::Error,
             fmt::format("more than {} '[' or '{{' open at once, counted in the whole text "
                         "(quotes and comments too): a file may nest at most {} levels, and "
                         "may hold at most {} unclosed brackets",
                         k_max_open_brackets, limits.max_depth, k_max_open_brackets)});
        return result;
    }
    if (limits.max_text == 0)
        limits.max_text = 2 * text.size() + (std::size_t{64} << 10U);
    std::istringstream in(text);
    TreeBuilder builder(path, text, limits, result.diagnostics);
    bool syntax_error = false;
    try {
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(builder)) {
            if (result.documents.size() == limits.max_documents) {
                result.diagnostics.push_back(
                    {builder.start(), model::Severity::Error,
                     fmt::format("more than {} documents in one file", limits.max_documents)});
                break;
            }
            result.documents.push_back(builder.take());
        }
        // yaml-cpp read it all: a stricter parser confirms that the text is YAML at all.
        // A syntax error makes the tree (and what was said about it) meaningless.
        if (auto error = strict_syntax_error(text)) {
            syntax_error = true;
            result.documents.clear();
            result.diagnostics.clear();
            result.diagnostics.push_back({{path, error->line, error->column},
                                          model::Severity::Error,
                                          "YAML syntax: " + std::move(error->message)});
        }
    } catch (const LimitError& e) {
        result.diagnostics.push_back({e.m_where, model::Severity::Error, e.what()});
    } catch (const YAML::Exception& e) {
        model::Location where{path, 0, 0};
        if (!e.mark.is_null())
            where = {path, e.mark.line + 1, e.mark.column + 1};
        result.diagnostics.push_back(
            {where, model::Severity::Error, "YAML syntax: " + readable(e.msg)});
    }
    if (syntax_error)
        return result; // nothing of the tree, nor what was said of its text, is kept
    result.alias_bytes = builder.alias_bytes();
    result.first_alias = builder.first_alias();
    if (builder.marks() != 0)
        result.diagnostics.push_back(
            {builder.first_mark(), model::Severity::Warning,
             fmt::format("{} private-use character{} between U+E000 and U+E005 read as U+FFFD: "
                         "aistrat reserves these six for the marks of its own output "
                         "(highlights, citations)",
                         builder.marks(), builder.marks() == 1 ? "" : "s")});
    return result;
}

} // namespace aistrat::load
