// A small recursive-descent parser for search queries.
#include "query/search_query.hpp"

#include "model/text.hpp"
#include "search/search_index.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

namespace aistrat::query {

namespace {

struct Token {
    enum class Type { Word, Prefix, Phrase, And, Or, Not, Open, Close, End };
    Type type = Type::End;
    std::string text;
    std::size_t position = 0;
};

bool blank(char c) {
    const auto u = static_cast<unsigned char>(c);
    return std::isspace(u) || u < 0x20 || u == 0x7F;
}

/// The words of a phrase (its blanks already made spaces).
std::size_t words_in(std::string_view phrase) {
    std::size_t words = 0;
    bool in_word = false;
    for (const char c : phrase) {
        if (c != ' ' && !in_word)
            ++words;
        in_word = c != ' ';
    }
    return words;
}

bool has_alnum(std::string_view s) {
    for (unsigned char c : s)
        if (std::isalnum(c) || c >= 0x80)
            return true;
    return false;
}

class Parser {
public:
    Parser(std::string_view text, const PrefixExpander& expand) : m_text(text), m_expand(expand) {
        tokenize();
    }

    SearchQuery parse() {
        if (m_tokens.size() == 1)
            throw QueryError{0, "no words to search for"};
        // Each word of a phrase counts: FTS5's work on a phrase grows with its length times
        // the places its words occur (a 5,000-word phrase took 12 s and 400 MB).
        std::size_t terms = 0;
        for (const auto& token : m_tokens)
            if (token.type == Token::Type::Word || token.type == Token::Type::Prefix ||
                token.type == Token::Type::Phrase) {
                terms += token.type == Token::Type::Phrase ? words_in(token.text) : 1;
                if (terms > k_max_query_terms)
                    throw QueryError{
                        token.position,
                        token.type == Token::Type::Phrase
                            ? fmt::format("a query may have at most {} terms (each word of a "
                                          "phrase counts as one)",
                                          k_max_query_terms)
                            : fmt::format("a query may have at most {} terms", k_max_query_terms)};
            }
        SearchQuery out;
        out.match = expression(out, false);
        // What FTS5 is given, counted whole: a term repeated where it is not left out (after
        // NOT, in different groups) counts each time it is there.
        if (words_in_expression(out.match) > k_max_query_words)
            throw QueryError{first_prefix(), too_many_words()};
        if (peek().type != Token::Type::End)
            throw QueryError{peek().position, peek().type == Token::Type::Close
                                                  ? "')' without a matching '('"
                                                  : "unexpected '" + peek().text + "'"};
        return out;
    }

private:
    /// Whether a term (a word, a phrase or a group) starts at `m_text[i]`.
    bool starts_term_at(std::size_t i) const {
        const auto c = static_cast<unsigned char>(m_text[i]);
        return std::isalnum(c) || c >= 0x80 || c == '"' || c == '(';
    }

    void tokenize() {
        std::size_t i = 0;
        while (i < m_text.size()) {
            const char c = m_text[i];
            // Control characters (a NUL among them) separate words like blanks do: none may
            // reach FTS5, which stops at them.
            if (blank(c)) {
                ++i;
            } else if (const std::size_t space = model::space_at(m_text, i); space > 0) {
                i += space; // a no-break or other Unicode space separates words too
            } else if (c == '-' && i + 1 < m_text.size() && starts_term_at(i + 1) &&
                       (i == 0 || blank(m_text[i - 1]) || m_text[i - 1] == '(')) {
                // A '-' before a term leaves it out, as web searches read it: `a -b` is
                // `a NOT b` (it was read as `a b`, the opposite).
                m_tokens.push_back({Token::Type::Not, "-", i});
                ++i;
            } else if (c == '(' || c == ')') {
                m_tokens.push_back({c == '(' ? Token::Type::Open : Token::Type::Close, {c}, i});
                ++i;
            } else if (c == '"') {
                const auto end = m_text.find('"', i + 1);
                if (end == std::string_view::npos)
                    throw QueryError{i, "this quote is never closed"};
                std::string phrase(m_text.substr(i + 1, end - i - 1));
                for (char& ch : phrase)
                    if (blank(ch))
                        ch = ' ';
                if (!has_alnum(phrase))
                    throw QueryError{i, "the phrase has no words"};
                m_tokens.push_back({Token::Type::Phrase, phrase, i});
                i = end + 1;
            } else {
                std::size_t end = i;
                while (end < m_text.size() && !blank(m_text[end]) && m_text[end] != '(' &&
                       m_text[end] != ')' && m_text[end] != '"' &&
                       model::space_at(m_text, end) == 0)
                    ++end;
                std::string word(m_text.substr(i, end - i));
                Token token{Token::Type::Word, word, i};
                if (word == "AND")
                    token.type = Token::Type::And;
                else if (word == "OR")
                    token.type = Token::Type::Or;
                else if (word == "NOT")
                    token.type = Token::Type::Not;
                else if (word.size() > 1 && word.back() == '*' && has_alnum(word)) {
                    token.type = Token::Type::Prefix;
                    token.text.pop_back();
                } else if (!has_alnum(word)) {
                    i = end; // punctuation alone separates words
                    continue;
                }
                if (token.text.find('*') != std::string::npos && token.type != Token::Type::And &&
                    token.type != Token::Type::Or && token.type != Token::Type::Not)
                    throw QueryError{i + token.text.find('*'), "'*' may only end a word"};
                m_tokens.push_back(std::move(token));
                i = end;
            }
        }
        m_tokens.push_back({Token::Type::End, {}, m_text.size()});
    }

    const Token& peek() const { return m_tokens[m_next]; }
    const Token& take() { return m_tokens[m_next++]; }

    bool starts_term() const {
        const auto t = peek().type;
        return t == Token::Type::Word || t == Token::Type::Prefix || t == Token::Type::Phrase ||
               t == Token::Type::Open;
    }

    std::string expression(SearchQuery& out, bool negated) {
        std::string result = conjunction(out, negated);
        std::set<std::string> ored{result}; // as with AND, a repeated alternative is left out
        while (peek().type == Token::Type::Or) {
            const Token& op = take();
            if (!starts_term())
                throw QueryError{op.position, "OR needs a term after it"};
            std::string next = conjunction(out, negated);
            if (ored.insert(next).second)
                result += " OR " + next;
        }
        return result;
    }

    std::string conjunction(SearchQuery& out, bool negated) {
        if (!starts_term()) {
            const Token& t = peek();
            if (t.type == Token::Type::End)
                throw QueryError{t.position, "a term is missing at the end"};
            throw QueryError{t.position,
                             t.text == "-" ? "'-' leaves a term out, so it needs a term before it "
                                             "(a -b finds a without b)"
                                           : "'" + t.text + "' needs a term before it"};
        }
        std::string result = term(out, negated);
        // A term ANDed with itself again adds nothing but work: it is left out.
        std::set<std::string> anded{result};
        std::set<std::string> notted;
        while (true) {
            const auto type = peek().type;
            if (type == Token::Type::And || type == Token::Type::Not) {
                const Token& op = take();
                if (!starts_term())
                    throw QueryError{op.position, op.text + " needs a term after it"};
                const bool is_not = type == Token::Type::Not;
                std::string next = term(out, negated != is_not);
                if (is_not) {
                    if (notted.insert(next).second)
                        result += " NOT " + next;
                } else if (anded.insert(next).second) {
                    result += " AND " + next;
                }
            } else if (starts_term()) {
                std::string next = term(out, negated);
                if (anded.insert(next).second)
                    result += " AND " + next;
            } else {
                return result;
            }
        }
    }

    std::string term(SearchQuery& out, bool negated) {
        const Token& t = take();
        if (t.type == Token::Type::Open) {
            if (peek().type == Token::Type::Close)
                throw QueryError{t.position, "empty parentheses"};
            // Bounded, so that no query can exhaust the stack, here or in FTS5's parser.
            if (++m_depth > k_max_query_depth)
                throw QueryError{t.position, fmt::format("parentheses may nest at most {} deep",
                                                         k_max_query_depth)};
            std::string inner = expression(out, negated);
            if (peek().type != Token::Type::Close)
                throw QueryError{t.position, "this '(' is never closed"};
            take();
            --m_depth;
            return "(" + inner + ")";
        }
        std::string fts = search::fts_quote(t.text);
        std::size_t words_here = t.type == Token::Type::Phrase ? words_in(t.text) : 1;
        if (t.type == Token::Type::Prefix) {
            std::vector<std::string> words;
            if (m_expand)
                words = m_expand(t.text);
            words_here = std::max<std::size_t>(1, words.size());
            if (words.empty()) {
                fts += "*";
            } else {
                fts.clear();
                for (const auto& word : words)
                    fts += (fts.empty() ? "(" : " OR ") + search::fts_quote(word);
                fts += ")";
            }
        }
        // Each different term counts once: a term repeated is left out of ANDs and ORs.
        if (m_counted.insert(fts).second) {
            m_words += words_here;
            if (m_words > k_max_query_words)
                throw QueryError{t.position, too_many_words()};
        }
        if (!negated && m_any.insert(fts).second) {
            out.any_words += (out.any_words.empty() ? "" : " OR ") + fts;
            if (t.type == Token::Type::Word)
                out.words.push_back(t.text);
        }
        return fts;
    }

    static std::string too_many_words() {
        return fmt::format("with its prefixes replaced by the words that start so, this query "
                           "stands for more than {} words; use longer prefixes or fewer of them",
                           k_max_query_words);
    }

    /// Where the first prefix term is (the likeliest cause of too many words), else 0.
    std::size_t first_prefix() const {
        for (const auto& token : m_tokens)
            if (token.type == Token::Type::Prefix)
                return token.position;
        return 0;
    }

    /// The words in the quoted phrases of an FTS5 expression (a doubled quote is a quote).
    static std::size_t words_in_expression(std::string_view fts) {
        std::size_t words = 0;
        for (std::size_t i = 0; i < fts.size(); ++i) {
            if (fts[i] != '"')
                continue;
            std::size_t end = i + 1;
            while (end < fts.size() &&
                   (fts[end] != '"' || (end + 1 < fts.size() && fts[end + 1] == '"')))
                end += fts[end] == '"' ? 2 : 1;
            words += std::max<std::size_t>(1, words_in(fts.substr(i + 1, end - i - 1)));
            i = end;
        }
        return words;
    }

    std::string_view m_text;
    const PrefixExpander& m_expand;
    std::vector<Token> m_tokens;
    std::size_t m_next = 0;
    std::size_t m_depth = 0;
    std::size_t m_words = 0;         ///< words the terms so far stand for, prefixes expanded
    std::set<std::string> m_any;     ///< the terms in any_words
    std::set<std::string> m_counted; ///< the different terms counted in m_words
};

} // namespace

std::variant<SearchQuery, QueryError> parse_search_query(std::string_view text,
                                                         const PrefixExpander& expand) {
    try {
        return Parser(text, expand).parse();
    } catch (const QueryError& error) {
        return error;
    }
}

} // namespace aistrat::query
