// Entity templates from the schema.
#include "report/scaffold.hpp"

#include "model/number.hpp"
#include "model/placeholders.hpp"
#include "model/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <set>

namespace aistrat::report {

namespace {

using model::FieldType;

/// The texts the kind's entities hold in `field`, in lower case (as a name matches them).
std::set<std::string> used_texts(const model::KnowledgeBase& kb, const model::KindDef& kind,
                                 const model::FieldDef& field) {
    std::set<std::string> used;
    for (const auto* e : kb.of_kind(kind.name))
        if (const auto* f = e->field(field.name))
            used.insert(model::to_lower(f->value.text));
    return used;
}

/// The names a value identifying an entity of `kind` must not take, in lower case: every
/// identifying value, id, title and alias the kind's entities hold (as `check` compares them).
std::set<std::string> names_in_use(const model::KnowledgeBase& kb, const model::KindDef& kind) {
    std::set<std::string> used;
    for (const auto* e : kb.of_kind(kind.name)) {
        used.insert(model::to_lower(e->id));
        used.insert(model::to_lower(e->title));
        for (const auto& alias : e->aliases)
            used.insert(model::to_lower(alias));
        for (const auto& def : kind.fields)
            if (def.identifies)
                if (const auto* f = e->field(def.name))
                    used.insert(model::to_lower(f->value.text));
    }
    return used;
}

/// `base`, or `base` with " 2", " 3", ... after it ("-2" for an address), whichever `used`
/// does not hold first.
std::string unused(const std::string& base, const std::set<std::string>& used,
                   char separator = ' ') {
    std::string candidate = base;
    for (int n = 2; used.count(model::to_lower(candidate)) != 0; ++n)
        candidate = fmt::format("{}{}{}", base, separator, n);
    return candidate;
}

/// The first number from `first` on that no entity of the kind holds in `field` (one of the
/// first count + 1 is free).
long long free_number(const model::KnowledgeBase& kb, const model::KindDef& kind,
                      const model::FieldDef& field, long long first) {
    std::set<double> used;
    for (const auto* e : kb.of_kind(kind.name))
        if (const auto* f = e->field(field.name))
            used.insert(f->value.number);
    long long free = first;
    while (used.count(static_cast<double>(free)) != 0)
        ++free;
    return free;
}

std::string sample(const model::KnowledgeBase& kb, const model::KindDef& kind,
                   const model::FieldDef& field, const std::string& id) {
    // A field that identifies the entity gets a value no other entity of its kind holds, so
    // that two templates made one after the other both check.
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Number: {
        if (!field.identifies)
            return "1";
        // The number after the largest; when that is past the largest a field may hold, the
        // smallest positive one no entity has.
        double largest = 0;
        for (const auto* e : kb.of_kind(kind.name))
            if (const auto* f = e->field(field.name))
                largest = std::max(largest, f->value.number);
        if (largest < static_cast<double>(model::k_max_integer))
            return fmt::format("{}", static_cast<long long>(std::floor(largest)) + 1);
        return fmt::format("{}", free_number(kb, kind, field, 1));
    }
    case FieldType::Year:
        if (!field.identifies)
            return "2026";
        // A year is four digits: the first free one from 2026, else from 1000.
        if (const long long year = free_number(kb, kind, field, 2026); year <= 9999)
            return fmt::format("{}", year);
        return fmt::format("{}", free_number(kb, kind, field, 1000));
    case FieldType::Date: {
        if (!field.identifies)
            return "2026-01-01";
        // The first day from 2026-01-01 on that no entity holds.
        const std::set<std::string> used = used_texts(kb, kind, field);
        const auto text = [](std::chrono::sys_days day) {
            const std::chrono::year_month_day date{day};
            return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                               static_cast<unsigned>(date.month()),
                               static_cast<unsigned>(date.day()));
        };
        std::chrono::sys_days day = std::chrono::year{2026} / 1 / 1;
        while (used.count(text(day)) != 0)
            day += std::chrono::days{1};
        return text(day);
    }
    case FieldType::Url:
        return field.identifies
                   ? unused(model::placeholder_identifying_url(id), names_in_use(kb, kind), '-')
                   : std::string(model::k_placeholder_url);
    case FieldType::Bool:
        return "false";
    case FieldType::List:
        // A source's outline: sections with their paragraphs, as locators will name them.
        if (kind.name == kb.schema().citation_kind && field.name == kb.schema().citation_sections)
            return "\n  - intro (2 paragraphs)\n  - body (5 paragraphs)";
        return fmt::format("\n  - {}\n  - {}", model::k_placeholder_item,
                           model::k_placeholder_other_item);
    case FieldType::Text:
        if (field.identifies)
            return fmt::format(">-\n  {}",
                               unused(model::placeholder_identifying(id), names_in_use(kb, kind)));
        return fmt::format(">-\n  {}", model::k_placeholder_text);
    case FieldType::String:
        break;
    }
    return field.identifies ? unused(model::placeholder_identifying(id), names_in_use(kb, kind))
                            : std::string(model::k_placeholder_value);
}

/// `text` fit for a YAML comment: one line (tabs and line breaks made spaces; C1 and
/// U+2028/2029, line breaks to YAML 1.1, shown as escapes like every control character), so
/// nothing from a schema can end the comment and start a key.
std::string one_line(std::string_view text) {
    return model::neutralize(text, {.keep_tabs = false, .keep_newlines = false});
}

std::string comment(const std::string& text) {
    return text.empty() ? std::string{} : "  # " + one_line(text);
}

/// A value or key from the knowledge as a YAML scalar that reads back as itself.
std::string scalar(std::string_view text) {
    std::string out = model::yaml_scalar(text);
    if (out.front() != '"' && out.find_first_of(",[]{}") != std::string::npos)
        out = model::yaml_quoted(text); // plain, but not inside a flow collection
    return out;
}

} // namespace

std::string entity_template(const model::KnowledgeBase& kb, const model::KindDef& kind,
                            const std::string& id, const std::string& fallback_source) {
    std::string out = fmt::format("# kind {}: {}\n# Edit the values; `aistrat check --strict` says "
                                  "what is wrong or left as written here.\n",
                                  one_line(kind.name), one_line(kind.description));
    out += fmt::format("kind: {}\n", scalar(kind.name));
    out += fmt::format("id: {}  # lower-case kebab-case, unique among {}\n", scalar(id),
                       one_line(kind.plural));
    out += fmt::format("title: {}\n",
                       scalar(unused(model::placeholder_title(id), names_in_use(kb, kind))));
    out += fmt::format("summary: >-\n  {}\n", model::k_placeholder_summary);
    out += "# aliases: [abbreviation, name in another language]\n";
    out += "# tags: [a-tag]\n";
    for (const bool required : {true, false}) {
        for (const auto& field : kind.fields) {
            if (field.required != required)
                continue;
            const std::string value = sample(kb, kind, field, id);
            const std::string note =
                fmt::format("{}{} ({})", required ? "required: " : "", field.description,
                            model::field_type_name(field.type));
            const std::string key = scalar(field.name);
            if (value.starts_with("\n")) // a list: its items go below
                out += fmt::format("{}:{}{}\n", key, comment(note), value);
            else if (value.starts_with(">-")) // folded text: the marker, then the text below
                out += fmt::format("{}: >-{}{}\n", key, comment(note), value.substr(2));
            else
                out += fmt::format("{}: {}{}\n", key, value, comment(note));
        }
    }
    // Links: one commented example per relation the kind can use.
    std::vector<std::string> links;
    for (const auto& relation : kb.schema().relations) {
        if (!relation.allows_from(kind.name))
            continue;
        std::string target = "an-id";
        for (const auto& to : relation.to)
            if (const auto entities = kb.of_kind(to); !entities.empty()) {
                target = entities.front()->id;
                break;
            }
        links.push_back(fmt::format("#   {}: [{}]  # ids of: {}", one_line(scalar(relation.name)),
                                    one_line(scalar(target)),
                                    one_line(fmt::to_string(fmt::join(relation.to, ", ")))));
    }
    if (!links.empty())
        out += "# links:\n" + fmt::to_string(fmt::join(links, "\n")) + "\n";
    // Citations per statement: how to write one, with a field of this kind where it has one
    // (for a kind that cites its sources).
    std::string field = "a-field";
    for (const auto& f : kind.fields)
        if (f.type != model::FieldType::List) {
            field = one_line(scalar(f.name));
            break;
        }
    if (kind.cites)
        out += fmt::format("# A value, list item or link may cite sources of its own (instead of "
                           "those below) and\n"
                           "# give its basis: stated (the default), implied (it follows from the "
                           "source's framing)\n"
                           "# or interpretation (your own reading, which no source says):\n"
                           "#   {}: {{value: ..., sources: [{{source: ID, locator: ...}}]}}\n"
                           "#   - {{value: a list item, basis: implied}}\n"
                           "#   - {{to: an-id, basis: interpretation}}  # a link\n",
                           field);
    if (kind.cites) {
        // The source the knowledge cites most, as an example to follow.
        std::map<std::string, std::size_t> cited;
        for (const auto& e : kb.entities())
            for (const auto& c : e.sources)
                ++cited[c.source];
        std::string source = "a-source-id";
        std::size_t most = 0;
        for (const auto* s : kb.of_kind(kb.schema().citation_kind))
            if (cited[s->id] > most || source == "a-source-id") {
                most = cited[s->id];
                source = s->id;
            }
        // With no source to cite (--no-builtin, a folder of its own), the example source
        // written beside it, else a placeholder that cannot check clean: say so where it will
        // be seen, not only in check's error.
        if (source == "a-source-id" && !fallback_source.empty())
            source = fallback_source;
        else if (source == "a-source-id")
            out += fmt::format("# No {0} exists yet to cite: add one (aistrat new {0} ID) and name "
                               "it below; until then this does not check.\n",
                               one_line(kb.schema().citation_kind));
        out += "sources:  # where it comes from, and where in it\n";
        out += fmt::format("  - {{source: {}, locator: whole page}}\n", scalar(source));
    }
    return out;
}

std::string folder_readme(std::string_view check_options) {
    return "# My aistrat knowledge\n\n"
           "Every `*.yaml` file here holds entities, one per YAML document (separate several\n"
           "with `---`). `aistrat init` put one commented example of each kind here; edit them,\n"
           "delete the ones you do not need, and add your own with\n"
           "`aistrat new KIND ID -o file.yaml` (which never writes over a file).\n\n"
           "Check the folder with `aistrat check" +
           std::string(check_options) +
           " --kb .`; use it with `--kb DIR`, by listing it\n"
           "in `AISTRAT_KB`, or by placing it at `~/.local/share/aistrat/knowledge`.\n\n"
           "An entity's `sources:` back all it says; a value, list item or link may cite its\n"
           "own instead, and say whether a source states it, implies it, or it is your own\n"
           "reading: `{value: ..., basis: implied, sources: [...]}` (links: `{to: ...}`).\n\n"
           "A `schema.yaml` here may add kinds and relations; a `vocabulary.yaml` may add words\n"
           "for `aistrat ask`. See `aistrat kinds` and `man aistrat`.\n";
}

} // namespace aistrat::report
