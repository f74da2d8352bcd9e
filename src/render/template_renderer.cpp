// Mustache over JSON: objects become maps, arrays lists, scalars strings or booleans.
//
// A template is the user's, but it must not hang the program or exhaust memory, and data
// must not reach a terminal raw through it. So before kainjow sees a template, a scan that
// finds tags exactly as kainjow does (custom delimiters included) bounds its size and the
// depth of its sections, refuses partials (kainjow would parse a data string as a template)
// and puts a probe at the start of every section: an empty section whose name carries the
// size of the literal text the section's body prints directly, and which is always false. The
// render then looks every name up through a context that counts: each lookup is a step, each probe
// adds its body's text, each string value its length (and the growth from escaping HTML). That
// count is never less than the output, so the render stops with an error before the output
// passes its limit, and before the steps pass theirs.
#include "render/template_renderer.hpp"

#include "model/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <kainjow/mustache.hpp>
#include <optional>
#include <string_view>

namespace aistrat::render {

namespace {

namespace mst = kainjow::mustache;

mst::data to_data(const nlohmann::ordered_json& value) {
    if (value.is_object()) {
        mst::data out{mst::data::type::object};
        for (const auto& [key, child] : value.items())
            out.set(key, to_data(child));
        return out;
    }
    if (value.is_array()) {
        mst::data out{mst::data::type::list};
        for (const auto& child : value)
            out.push_back(to_data(child));
        return out;
    }
    if (value.is_boolean())
        return value.get<bool>() ? mst::data{mst::data::type::bool_true}
                                 : mst::data{mst::data::type::bool_false};
    // Nothing, as a section and as text: "{{#url}}<{{{url}}}>{{/url}}" prints nothing for a
    // null url. (An empty list; false would print "false" where a variable names it.)
    if (value.is_null())
        return mst::data{mst::data::type::list};
    if (value.is_string()) // {{{x}}} does not escape: neutralise every value here
        return mst::data{model::neutralize(value.get<std::string>())};
    return mst::data{value.dump()};
}

/// Put before the name of every variable tag by the scan, so that the context knows a
/// variable's lookup from a section's: kainjow prints nothing for a boolean, and a variable
/// prints `true` or `false` as JSON writes them. No delimiter or name of a template can
/// start with it in a way that matters: a user's tag that does gets the same printing.
constexpr char k_variable_mark = '\x01';

/// Thrown from inside kainjow's render when a limit is passed.
struct LimitPassed {
    std::string message;
};

bool space(char c) {
    return std::isspace(static_cast<unsigned char>(c)) != 0;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return s;
}

/// Reads a set-delimiter tag (`=<% %>=`) as kainjow does; false when kainjow refuses it.
bool set_delimiters(std::string_view contents, std::string& begin, std::string& end) {
    if (contents.size() < 5 || contents.back() != '=')
        return false;
    const std::string_view inner = trim(contents.substr(1, contents.size() - 2));
    const auto space_at = inner.find(' ');
    if (space_at == std::string_view::npos)
        return false;
    const auto next = inner.find_first_not_of(' ', space_at + 1);
    if (next == std::string_view::npos)
        return false;
    const std::string_view b = inner.substr(0, space_at);
    const std::string_view e = inner.substr(next);
    const auto valid = [](std::string_view d) {
        return std::none_of(d.begin(), d.end(), [](char c) { return c == '=' || space(c); });
    };
    if (!valid(b) || !valid(e))
        return false;
    begin = b;
    end = e;
    return true;
}

/// A probe's name: `=`, the weight in binary written with `=` for 1 and a space for 0, `=`.
/// Delimiters may hold neither `=` nor spaces, so no probe can end a tag early; kainjow trims
/// names, so the outer `=` keep the inner spaces.
std::string probe_name(std::size_t weight) {
    std::string bits;
    for (; weight > 0; weight >>= 1)
        bits.insert(bits.begin(), (weight & 1U) != 0 ? '=' : ' ');
    return "=" + bits + "=";
}

/// The weight a probe's name carries, or nullopt when `name` is not a probe's.
std::optional<std::size_t> probe_weight(std::string_view name) {
    if (name.size() < 2 || name.front() != '=' || name.back() != '=' || name.size() > 66)
        return std::nullopt;
    std::size_t weight = 0;
    for (const char c : name.substr(1, name.size() - 2)) {
        if (c != '=' && c != ' ')
            return std::nullopt;
        weight = (weight << 1U) | (c == '=' ? 1U : 0U);
    }
    return weight;
}

struct Instrumented {
    std::string text;          // the template with a probe at the start of every section
    std::size_t root_text = 0; // literal text outside every section
};

/// An error at byte `offset` of `text`, with its line and column (in characters).
TemplateError error_at(const std::string& text, std::size_t offset, std::string message) {
    offset = std::min(offset, text.size());
    std::size_t begin = offset; // of the line
    while (begin > 0 && text[begin - 1] != '\n')
        --begin;
    std::size_t column = 1;
    for (std::size_t i = begin; i < offset; ++i)
        column += (static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U ? 1 : 0;
    const auto line = static_cast<std::size_t>(std::count(
                          text.begin(), text.begin() + static_cast<std::ptrdiff_t>(begin), '\n')) +
                      1;
    return {std::move(message), line, column};
}

/// kainjow's syntax error ("Unclosed section "x" at 18") with the byte offset it ends with
/// made a line and column of `templ`.
TemplateError syntax_error(const std::string& templ, std::string message) {
    const std::size_t at = message.rfind(" at ");
    if (at != std::string::npos && at + 4 < message.size() &&
        std::all_of(message.begin() + static_cast<std::ptrdiff_t>(at + 4), message.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }) &&
        message.size() - at - 4 < 12) {
        const std::size_t offset = std::stoul(message.substr(at + 4));
        message.resize(at);
        if (!message.empty())
            message.front() =
                static_cast<char>(std::tolower(static_cast<unsigned char>(message.front())));
        return error_at(templ, offset, std::move(message));
    }
    return {std::move(message)};
}

/// When the tag `templ[tag, after)` stands alone on its line (nothing but spaces and tabs
/// beside it), where that line starts and where the next begins (past its line break).
std::optional<std::pair<std::size_t, std::size_t>> standalone(const std::string& templ,
                                                              std::size_t tag, std::size_t after) {
    std::size_t start = tag;
    while (start > 0 && (templ[start - 1] == ' ' || templ[start - 1] == '\t'))
        --start;
    if (start > 0 && templ[start - 1] != '\n')
        return std::nullopt;
    std::size_t next = after;
    while (next < templ.size() && (templ[next] == ' ' || templ[next] == '\t'))
        ++next;
    if (templ.compare(next, 2, "\r\n") == 0)
        return std::pair{start, next + 2};
    if (next < templ.size() && templ[next] != '\n')
        return std::nullopt;
    return std::pair{start, std::min(next + 1, templ.size())};
}

/// `templ` with its probes, or why it is refused. Syntax errors are left for kainjow to
/// report: the scan stops instrumenting where kainjow's parse would fail.
std::variant<Instrumented, TemplateError> instrument(const std::string& templ, std::size_t depth) {
    struct Section {
        std::size_t piece;    // where its probe goes in `pieces`
        std::size_t text = 0; // literal text directly in its body
        std::string begin, end;
        std::string_view name; // as its tag names it
        std::size_t at = 0;    // where its tag starts in `templ`
    };
    std::vector<std::string> pieces(1);
    std::vector<Section> open;
    std::size_t root_text = 0;
    std::string begin = "{{";
    std::string end = "}}";
    const auto add_text = [&](std::size_t n) {
        (open.empty() ? root_text : open.back().text) += n;
    };
    const auto close_section = [&] {
        const Section& s = open.back();
        const std::string name = probe_name(s.text);
        pieces[s.piece] = s.begin + "#" + name + s.end + s.begin + "/" + name + s.end;
        open.pop_back();
    };
    std::size_t pos = 0;
    while (pos < templ.size()) {
        const auto tag = templ.find(begin, pos);
        if (tag == std::string::npos) {
            add_text(templ.size() - pos);
            pieces.back().append(templ, pos);
            break;
        }
        add_text(tag - pos);
        std::size_t contents = tag + begin.size();
        // As kainjow: with the default delimiters, `{{{` opens a tag that `}}}` closes.
        const bool triple = begin == "{{" && end == "}}" && tag + 2 != templ.size() &&
                            contents < templ.size() && templ[contents] == '{';
        if (triple)
            ++contents;
        const std::string close = triple ? "}}}" : end;
        const auto tag_end = templ.find(close, contents);
        if (tag_end == std::string::npos) { // an unclosed tag: kainjow says so
            pieces.back().append(templ, pos);
            break;
        }
        const std::string_view inner =
            trim(std::string_view(templ).substr(contents, tag_end - contents));
        const std::size_t after = tag_end + close.size();
        pieces.back().append(templ, pos, tag - pos);
        const std::string_view written = std::string_view(templ).substr(tag, after - tag);
        pos = after;
        // `{{}}`, `{{&}}`, `{{#}}`: a tag that names nothing is a mistake, not an empty value.
        if (inner.empty() || (std::string_view("&#^/").find(inner.front()) != std::string::npos &&
                              trim(inner.substr(1)).empty()))
            return error_at(templ, tag, "a tag names nothing");
        if (inner.front() == '!' || inner.front() == '=') {
            // A comment or a change of delimiters alone on its line takes the line with it, as
            // the Mustache spec says (kainjow leaves it blank).
            if (const auto line = standalone(templ, tag, after)) {
                pieces.back().resize(pieces.back().size() - (tag - line->first));
                pos = line->second;
            }
            pieces.back() += written;
            if (inner.front() == '=' && !set_delimiters(inner, begin, end)) { // kainjow says so
                pieces.back().append(templ, pos);
                break;
            }
            continue;
        }
        // A variable: marked, for the context to print a boolean.
        const bool variable =
            triple || std::string_view("#^/>").find(inner.front()) == std::string_view::npos;
        if (variable) {
            // With other delimiters, "<%{x}%>" prints x unescaped as "{{{x}}}" does (as the
            // spec's implementations read it); kainjow would look up "{x}".
            const bool braced = !triple && inner.front() == '{';
            if (braced && (inner.size() < 2 || inner.back() != '}'))
                return error_at(templ, tag, "a '{' opening a tag's name needs a '}' closing it");
            const bool ampersand = braced || (!triple && inner.front() == '&');
            const std::string_view name = braced      ? trim(inner.substr(1, inner.size() - 2))
                                          : ampersand ? trim(inner.substr(1))
                                                      : inner;
            if (name.empty())
                return error_at(templ, tag, "a tag names nothing");
            pieces.back() += triple ? "{{{" : begin;
            pieces.back() += ampersand ? "&" : "";
            pieces.back() += k_variable_mark;
            pieces.back() += name;
            pieces.back() += close;
        } else {
            // A section tag alone on its line takes the line with it, as the Mustache spec says,
            // whatever the data. kainjow drops a line that "contained a section tag" only when
            // the section is rendered; a skipped one left its line blank. An inverted section
            // over a probe of weight 0 (always false, so always rendered, and empty) marks the
            // line for kainjow either way.
            if ((inner.front() == '#' || inner.front() == '^') && standalone(templ, tag, after)) {
                const std::string never = probe_name(0);
                pieces.back() += begin + "^" + never + end + begin + "/" + never + end;
            }
            pieces.back() += written;
        }
        // Each lookup walks its name's dotted parts and counts as one step: a bound on the name
        // keeps a step's cost bounded too.
        if (inner.size() > k_max_template_name)
            return error_at(
                templ, tag,
                fmt::format("a tag may hold at most {} characters", k_max_template_name));
        if (triple)
            continue;
        switch (inner.front()) {
        case '#':
        case '^':
            if (open.size() == depth)
                return error_at(templ, tag, fmt::format("sections nest more than {} deep", depth));
            open.push_back({pieces.size(), 0, begin, end, trim(inner.substr(1)), tag});
            pieces.emplace_back(); // the probe, once the body's text is known
            pieces.emplace_back();
            break;
        case '/':
            if (open.empty()) // an end without a start: kainjow says so
                break;
            if (const std::string_view name = trim(inner.substr(1)); name != open.back().name) {
                const TemplateError opened = error_at(templ, open.back().at, {});
                return error_at(templ, tag,
                                fmt::format("closing tag \"{}\" does not match the open section "
                                            "\"{}\" (opened at {}:{})",
                                            model::neutralize(name, {false, false}),
                                            model::neutralize(open.back().name, {false, false}),
                                            opened.line, opened.column));
            }
            close_section();
            break;
        case '>':
            return error_at(templ, tag,
                            fmt::format("partials ('{}') are not supported",
                                        model::neutralize(inner, {false, false})));
        default:
            break;
        }
    }
    while (!open.empty()) // unclosed: kainjow says so
        close_section();
    Instrumented out;
    out.root_text = root_text;
    for (const auto& piece : pieces)
        out.text += piece;
    return out;
}

/// The context of a render: kainjow's, with every lookup counted against the limits.
class Budget : public mst::context<std::string> {
public:
    Budget(const mst::data* root, std::size_t root_text, const TemplateLimits& limits)
        : mst::context<std::string>(root), m_limits(limits) {
        add(root_text);
    }

    const mst::data* get(const std::string& name) const override {
        // Each part of a dotted name is looked up in turn: a 128-part name is 128 steps.
        m_steps += 1 + static_cast<std::uint64_t>(std::count(name.begin(), name.end(), '.'));
        if (m_steps > m_limits.steps)
            throw LimitPassed{fmt::format("the template takes more than {} steps (lookups of a "
                                          "name); nest fewer sections over long lists",
                                          m_limits.steps)};
        if (const auto weight = probe_weight(name)) {
            add(*weight);
            return &m_probe;
        }
        const bool variable = !name.empty() && name.front() == k_variable_mark;
        const mst::data* var = mst::context<std::string>::get(variable ? name.substr(1) : name);
        if (variable && var != nullptr && var->is_bool())
            var = var->is_true() ? &m_true : &m_false;
        if (var != nullptr && var->is_string())
            add(var->string_value().size());
        return var;
    }

    const mst::data* get_partial(const std::string& /*name*/) const override {
        return nullptr; // refused by the scan already; never a data string as a template
    }

    void add(std::size_t bytes) const {
        m_output += bytes;
        if (m_output > m_limits.output)
            throw output_limit(m_limits.output);
    }

    static LimitPassed output_limit(std::size_t limit) {
        return {limit >= (std::size_t{1} << 20U)
                    ? fmt::format("the output would pass {} MiB", limit >> 20U)
                    : fmt::format("the output would pass {} bytes", limit)};
    }

private:
    TemplateLimits m_limits;
    mutable std::uint64_t m_steps = 0;
    mutable std::size_t m_output = 0;
    mst::data m_probe{mst::data::type::bool_false}; // counted, then skipped
    mst::data m_true{std::string("true")};          // a boolean, where a variable prints it
    mst::data m_false{std::string("false")};
};

/// Where kainjow's render writes, line by line.
struct Sink {
    std::string text;
    std::size_t limit = 0;
};

Sink& operator<<(Sink& sink, const std::string& piece) {
    sink.text += piece;
    if (sink.text.size() > sink.limit) // the budget stops it first; a last guard
        throw Budget::output_limit(sink.limit);
    return sink;
}

/// HTML escaping as kainjow's html_escape does it (& < > " '), a run at a time.
std::string escape_html(const std::string& text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::string_view entity;
        switch (text[i]) {
        case '&':
            entity = "&amp;";
            break;
        case '<':
            entity = "&lt;";
            break;
        case '>':
            entity = "&gt;";
            break;
        case '"':
            entity = "&quot;";
            break;
        case '\'':
            entity = "&apos;";
            break;
        default:
            continue;
        }
        out.append(text, start, i - start);
        out += entity;
        start = i + 1;
    }
    out.append(text, start);
    return out;
}

/// The rendered `text` safe for a terminal: the values are neutralized as they are substituted,
/// and this catches what the template's own text holds (an escape in a downloaded template).
/// A CR before an LF is the template's line ending, kept; a lone CR could overwrite a line.
std::string neutralize_literals(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find("\r\n", start);
        out += model::neutralize(std::string_view{text}.substr(start, end - start));
        if (end == std::string::npos)
            break;
        out += "\r\n";
        start = end + 2;
    }
    return out;
}

/// `templ` rendered over the data `root` gives; `root` is called only once the template is
/// known to be valid, so a bad template costs no conversion.
template <typename Root>
std::variant<std::string, TemplateError> render_over(const std::string& templ, const Root& root,
                                                     const TemplateLimits& limits) {
    if (templ.size() > limits.bytes)
        return TemplateError{limits.bytes % (std::size_t{1} << 20U) == 0
                                 ? fmt::format("larger than {} MiB", limits.bytes >> 20U)
                                 : fmt::format("larger than {} bytes", limits.bytes)};
    auto scanned = instrument(templ, limits.depth);
    if (auto* error = std::get_if<TemplateError>(&scanned))
        return std::move(*error);
    const auto& instrumented = std::get<Instrumented>(scanned);
    {
        // The template as written, for kainjow's syntax errors at their real offsets.
        const mst::mustache plain{templ};
        if (!plain.is_valid())
            return syntax_error(templ, plain.error_message());
    }
    mst::mustache view{instrumented.text};
    if (!view.is_valid()) // cannot happen: the probes are well-formed sections
        return TemplateError{"cannot bound this template: " + view.error_message()};
    const mst::data& data = root();
    try {
        Budget budget{&data, instrumented.root_text, limits};
        view.set_custom_escape([&budget](const std::string& text) {
            std::string escaped = escape_html(text);
            budget.add(escaped.size() - text.size());
            return escaped;
        });
        Sink sink{{}, limits.output};
        view.render(budget, sink);
        if (!view.is_valid())
            return TemplateError{view.error_message()};
        return neutralize_literals(sink.text);
    } catch (const LimitPassed& limit) {
        return TemplateError{limit.message};
    }
}

} // namespace

struct TemplateData::Converted {
    mst::data root;
};

TemplateData::TemplateData(const nlohmann::ordered_json& data)
    : m_converted(std::make_unique<Converted>(Converted{to_data(data)})) {}
TemplateData::~TemplateData() = default;
TemplateData::TemplateData(TemplateData&&) noexcept = default;
TemplateData& TemplateData::operator=(TemplateData&&) noexcept = default;

std::variant<std::string, TemplateError> render_template(const std::string& templ,
                                                         const nlohmann::ordered_json& data,
                                                         const TemplateLimits& limits) {
    std::optional<mst::data> converted;
    return render_over(
        templ,
        [&]() -> const mst::data& {
            converted.emplace(to_data(data));
            return *converted;
        },
        limits);
}

std::variant<std::string, TemplateError>
render_template(const std::string& templ, const TemplateData& data, const TemplateLimits& limits) {
    return render_over(
        templ, [&]() -> const mst::data& { return data.converted().root; }, limits);
}

} // namespace aistrat::render
