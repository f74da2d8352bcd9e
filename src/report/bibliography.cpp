// Sources as references for citation tools.
#include "report/bibliography.hpp"

#include "model/text.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace aistrat::report {

namespace {

std::string field_text(const model::Entity& e, const char* name) {
    const model::Field* f = e.field(name);
    return f == nullptr ? std::string{} : f->value.text;
}

bool contains(std::string_view text, std::string_view word) {
    return text.find(word) != std::string_view::npos;
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as date parts; year 0 for anything else.
DateParts date_parts(std::string_view text) {
    DateParts out;
    const auto number = [&](std::size_t at, std::size_t width, int& value) {
        if (text.size() < at + width)
            return false;
        const char* first = text.data() + at;
        const auto [end, ec] = std::from_chars(first, first + width, value);
        return ec == std::errc{} && end == first + width;
    };
    int year = 0;
    int month = 0;
    if (!number(0, 4, year))
        return out;
    if (text.size() == 4) {
        out.year = year;
    } else if (text.size() == 7 && text[4] == '-' && number(5, 2, month) && month >= 1 &&
               month <= 12) {
        out.year = year;
        out.month = month;
    } else if (model::is_iso_date(text)) {
        int day = 0;
        number(5, 2, month);
        number(8, 2, day);
        out = {year, month, day};
    }
    return out;
}

/// The BCP 47 code of a language named in English, by the first word of `name`.
std::string language_code(std::string_view name) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> k_codes{{
        {"english", "en"},
        {"chinese", "zh"},
        {"indonesian", "id"},
        {"malay", "ms"},
        {"japanese", "ja"},
        {"korean", "ko"},
        {"french", "fr"},
        {"german", "de"},
    }};
    const std::string first = model::to_lower(name.substr(0, name.find_first_of(" ,(")));
    for (const auto& [language, code] : k_codes)
        if (first == language)
            return std::string(code);
    return {};
}

} // namespace

std::vector<Reference> references(const std::vector<const model::Entity*>& sources) {
    std::vector<Reference> out;
    out.reserve(sources.size());
    for (const model::Entity* s : sources) {
        Reference r;
        r.id = s->id;
        r.title = s->title;
        r.author = field_text(*s, "author");
        r.url = field_text(*s, "url");
        r.issued_text = field_text(*s, "published");
        r.issued = date_parts(r.issued_text);
        r.language = field_text(*s, "language");
        r.language_code = language_code(r.language);
        if (const std::string copy = field_text(*s, "copy-read"); !copy.empty())
            r.note = "Read from the copy at " + copy;
        const std::string form = model::to_lower(field_text(*s, "form"));
        const std::string publisher = field_text(*s, "publisher");
        if (contains(form, "encyclopedia")) {
            r.type = "entry-encyclopedia";
            r.container = publisher;
        } else if (contains(form, "news") || contains(form, "article") ||
                   contains(form, "interview")) {
            r.type = "article-newspaper";
            r.container = publisher;
        } else {
            r.type = contains(form, "report") ? "report" : "webpage";
            r.publisher = publisher;
        }
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<const model::Entity*> all_sources(const model::KnowledgeBase& kb) {
    const auto sources = kb.of_kind(kb.schema().citation_kind);
    std::vector<const model::Entity*> out(sources.begin(), sources.end());
    std::sort(out.begin(), out.end(),
              [](const model::Entity* a, const model::Entity* b) { return a->id < b->id; });
    return out;
}

} // namespace aistrat::report
