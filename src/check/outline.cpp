// Outlines of sources and the locators that point into them.
#include "check/outline.hpp"

#include "model/text.hpp"

#include <fmt/format.h>

#include <charconv>

namespace aistrat::check {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

/// A whole positive number of at most six digits, as written: "12", never "012" or "+1".
std::optional<int> count(std::string_view s) {
    if (s.empty() || s.size() > 6 || s.front() < '1' || s.front() > '9') // not 0, -1 or +1
        return std::nullopt;
    int n = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (error != std::errc{} || end != s.data() + s.size())
        return std::nullopt;
    return n;
}

/// "N" or "N-M" with 1 <= N <= M.
std::optional<std::pair<int, int>> range(std::string_view s) {
    const auto dash = s.find('-');
    const auto first = count(trim(s.substr(0, dash)));
    if (!first)
        return std::nullopt;
    if (dash == std::string_view::npos)
        return std::pair{*first, *first};
    const auto last = count(trim(s.substr(dash + 1)));
    if (!last || *last < *first)
        return std::nullopt;
    return std::pair{*first, *last};
}

/// A section's name: no spaces, slashes or parentheses, so that `NAME/N` reads one way; and
/// no control or format characters, so that it can be typed (and completed) as it shows.
bool is_section_name(std::string_view s) {
    return !s.empty() && s.find_first_of("/()") == std::string_view::npos &&
           model::is_plain_text(s, false);
}

bool starts_with_word(std::string_view s, std::string_view word) {
    return s.size() > word.size() && s.substr(0, word.size()) == word &&
           (s[word.size()] == ' ' || s[word.size()] == '\t');
}

std::string paragraphs(int n) {
    return fmt::format("{} paragraph{}", n, n == 1 ? "" : "s");
}

} // namespace

const Section* Outline::section(std::string_view name) const {
    for (const auto& s : sections)
        if (s.name == name)
            return &s;
    return nullptr;
}

std::vector<std::string> Outline::section_names() const {
    std::vector<std::string> names;
    for (const auto& s : sections)
        names.push_back(s.name);
    return names;
}

std::string Outline::describe() const {
    std::string out;
    for (const auto& s : sections) {
        if (!out.empty())
            out += ", ";
        out += s.paragraphs > 0 ? fmt::format("{} ({})", s.name, paragraphs(s.paragraphs)) : s.name;
    }
    if (first_page > 0)
        out += fmt::format("{}pages {}-{}", out.empty() ? "" : ", ", first_page, last_page);
    return out;
}

std::string add_outline_item(Outline& outline, std::string_view item) {
    item = trim(item);
    if (starts_with_word(item, "pages")) {
        const auto pages = range(trim(item.substr(5)));
        if (!pages)
            return "write pages as pages N-M, with 1 <= N <= M";
        if (outline.first_page > 0)
            return "pages are declared once";
        outline.first_page = pages->first;
        outline.last_page = pages->second;
        return {};
    }
    const auto open = item.find('(');
    const std::string_view name = trim(item.substr(0, open));
    if (name.empty())
        return "it names no section";
    if (!is_section_name(name))
        return "a section's name holds no '/', '(' or ')' and no control character";
    if (name.front() == '-')
        return "a section's name cannot start with '-': on the command line it would read "
               "as an option";
    if (const Locator read = parse_locator(name); read.kind != Locator::Kind::Section)
        return fmt::format("a locator '{}' would mean {}, so it cannot name a section", name,
                           read.kind == Locator::Kind::Whole ? "the whole source" : "pages");
    if (outline.section(name) != nullptr)
        return fmt::format("section '{}' is declared twice", name);
    int n = 0;
    if (open != std::string_view::npos) {
        const auto paragraphs = [&](std::string_view rest) {
            if (rest.empty() || rest.back() != ')')
                return 0;
            rest = trim(rest.substr(0, rest.size() - 1));
            const auto space = rest.find(' ');
            const auto number = count(rest.substr(0, space));
            if (!number || space == std::string_view::npos)
                return 0;
            const std::string_view unit = trim(rest.substr(space + 1));
            return unit == (*number == 1 ? "paragraph" : "paragraphs") ? *number : 0;
        };
        n = paragraphs(item.substr(open + 1));
        if (n == 0)
            return "write its paragraphs as NAME (N paragraphs), or NAME (1 paragraph)";
    }
    outline.sections.push_back({std::string(name), n});
    return {};
}

Outline outline_of(const model::KnowledgeBase& kb, const model::Entity& source) {
    Outline outline;
    const std::string& field_name = kb.schema().citation_sections;
    if (field_name.empty())
        return outline;
    if (const model::Field* field = source.field(field_name))
        for (const auto& item : field->value.items)
            add_outline_item(outline, item);
    return outline;
}

Locator parse_locator(std::string_view text) {
    const std::string_view s = trim(text);
    Locator locator;
    if (s == "whole" || starts_with_word(s, "whole")) {
        locator.kind = Locator::Kind::Whole;
        return locator;
    }
    for (std::string_view prefix : {"pp.", "p.", "pages", "page"}) {
        if (s.substr(0, prefix.size()) != prefix)
            continue;
        if (const auto pages = range(trim(s.substr(prefix.size())))) {
            locator.kind = Locator::Kind::Pages;
            locator.first = pages->first;
            locator.last = pages->second;
            return locator;
        }
    }
    const auto slash = s.find('/');
    const std::string_view name = s.substr(0, slash);
    if (!is_section_name(name))
        return locator;
    if (slash != std::string_view::npos) {
        const auto paragraphs = range(s.substr(slash + 1));
        if (!paragraphs)
            return locator;
        locator.first = paragraphs->first;
        locator.last = paragraphs->second;
    }
    locator.kind = Locator::Kind::Section;
    locator.section = std::string(name);
    return locator;
}

std::string locator_problem(const Outline& outline, const Locator& locator, std::string_view text) {
    if (outline.empty())
        return {};
    switch (locator.kind) {
    case Locator::Kind::Whole:
        return {};
    case Locator::Kind::Pages:
        if (outline.first_page == 0)
            return fmt::format("locator '{}' names pages, but the source declares none (it has "
                               "{})",
                               text, outline.describe());
        if (locator.first < outline.first_page || locator.last > outline.last_page)
            return fmt::format("locator '{}' names a page the source does not have (pages {}-{})",
                               text, outline.first_page, outline.last_page);
        return {};
    case Locator::Kind::Section: {
        const Section* section = outline.section(locator.section);
        if (section == nullptr) {
            const std::string hint =
                model::did_you_mean(model::closest(locator.section, outline.section_names()));
            return fmt::format("locator '{}' names no section of the source (it has {}){}", text,
                               outline.describe(), hint.empty() ? "" : "; " + hint);
        }
        if (section->paragraphs > 0 && locator.last > section->paragraphs)
            return fmt::format("locator '{}' names paragraph {}, but section '{}' has {}", text,
                               locator.last, section->name, paragraphs(section->paragraphs));
        return {};
    }
    case Locator::Kind::Other:
        break;
    }
    return fmt::format("locator '{}' names no part of the source: write SECTION/PARAGRAPH, "
                       "SECTION, {}or 'whole page' (it has {})",
                       text, outline.first_page > 0 ? "p. N, pp. N-M " : "", outline.describe());
}

} // namespace aistrat::check
