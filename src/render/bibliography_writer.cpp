// CSL JSON and BibTeX for the sources.
#include "render/bibliography_writer.hpp"

#include "render/display_width.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <vector>

namespace aistrat::render {

namespace {

using json = nlohmann::ordered_json;

/// `url` with what a braced BibTeX value cannot hold (braces, backslashes, blanks and
/// controls) percent-encoded, which an address may not hold raw either: the same address.
std::string bibtex_url(std::string_view url) {
    std::string out;
    for (const char c : sanitize(url)) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '{' || c == '}' || c == '\\' || byte <= 0x20)
            out += fmt::format("%{:02X}", byte);
        else
            out += c;
    }
    return out;
}

std::string date_text(const report::DateParts& d) {
    if (d.day != 0)
        return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
    if (d.month != 0)
        return fmt::format("{:04}-{:02}", d.year, d.month);
    return fmt::format("{:04}", d.year);
}

/// `text` as a CSL string that reads as written. CSL processors (citeproc-js, pandoc's
/// citeproc) read <i>, <b>, <sup>, <sub>, <sc> and <span ...> in one as rich-text markup and
/// know no escape for it: a '<' that would open or close such a tag is followed by an
/// invisible U+2060 WORD JOINER, which they show as nothing and do not read as markup.
std::string csl_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        out += text[i];
        if (text[i] != '<')
            continue;
        std::string_view rest = text.substr(i + 1);
        if (rest.starts_with('/'))
            rest.remove_prefix(1);
        for (const std::string_view tag : {"i>", "b>", "sup>", "sub>", "sc>", "span>", "span "})
            if (rest.size() >= tag.size() &&
                std::equal(tag.begin(), tag.end(), rest.begin(), [](char a, char b) {
                    return a == std::tolower(static_cast<unsigned char>(b));
                })) {
                out += "\xE2\x81\xA0"; // U+2060
                break;
            }
    }
    return out;
}

} // namespace

json csl_json(const std::vector<report::Reference>& references) {
    json items = json::array();
    for (const auto& r : references) {
        json item{{"id", r.id}, {"type", r.type}, {"title", csl_text(r.title)}};
        // The author as written, one literal name: the knowledge does not split it.
        if (!r.author.empty())
            item["author"] = json::array({{{"literal", csl_text(r.author)}}});
        if (!r.container.empty())
            item["container-title"] = csl_text(r.container);
        if (!r.publisher.empty())
            item["publisher"] = csl_text(r.publisher);
        if (r.issued.year != 0) {
            json parts = json::array({r.issued.year});
            if (r.issued.month != 0)
                parts.push_back(r.issued.month);
            if (r.issued.day != 0)
                parts.push_back(r.issued.day);
            item["issued"] = {{"date-parts", json::array({parts})}};
        } else if (!r.issued_text.empty()) {
            item["issued"] = {{"literal", csl_text(r.issued_text)}};
        }
        // An apostrophe percent-encoded: pandoc's citeproc turns a raw one into a curly quote,
        // in the link's target too.
        if (!r.url.empty()) {
            std::string url;
            for (const char c : r.url)
                url += c == '\'' ? std::string("%27") : std::string(1, c);
            item["URL"] = url;
        }
        if (!r.language_code.empty())
            item["language"] = r.language_code;
        if (!r.note.empty())
            item["note"] = csl_text(r.note);
        items.push_back(std::move(item));
    }
    return items;
}

std::string bibtex_text(std::string_view text) {
    std::string out;
    const std::string clean = sanitize(text);
    // Which braces have their partner: a pair is written \{ \}, which every reader knows;
    // a lone one as \textbraceleft{} or \textbraceright{}, since BibTeX counts a brace after
    // a backslash all the same, and one left open would end the value early and let what
    // follows start an entry of its own.
    std::vector<bool> paired(clean.size(), false);
    std::vector<std::size_t> open;
    for (std::size_t i = 0; i < clean.size(); ++i) {
        if (clean[i] == '{') {
            open.push_back(i);
        } else if (clean[i] == '}' && !open.empty()) {
            paired[open.back()] = paired[i] = true;
            open.pop_back();
        }
    }
    for (std::size_t i = 0; i < clean.size(); ++i) {
        const char c = clean[i];
        const char next = i + 1 < clean.size() ? clean[i + 1] : '\0';
        switch (c) {
        case '\n':
        case '\r':
        case '\t':
            out += ' ';
            break;
        case '\\':
            out += "\\textbackslash{}";
            break;
        case '{':
            out += paired[i] ? "\\{" : "\\textbraceleft{}";
            break;
        case '}':
            out += paired[i] ? "\\}" : "\\textbraceright{}";
            break;
        // TeX's ligatures would turn `` and '' into quotation marks and -- into a dash.
        case '`':
            out += "\\textasciigrave{}";
            break;
        case '\'':
        case '-':
            out += c;
            if (next == c)
                out += "{}";
            break;
        case '%':
        case '&':
        case '#':
        case '$':
        case '_':
            out += '\\';
            out += c;
            break;
        case '^':
            out += "\\textasciicircum{}";
            break;
        case '~':
            out += "\\textasciitilde{}";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string render_bibtex(const std::vector<report::Reference>& references) {
    std::string out;
    for (const auto& r : references) {
        if (!out.empty())
            out += '\n';
        const bool newspaper = r.type == "article-newspaper";
        out += fmt::format("@{}{{{},\n", newspaper ? "article" : "online", r.id);
        const auto field = [&out](std::string_view name, const std::string& value) {
            if (!value.empty())
                out += fmt::format("  {:<12} = {{{}}},\n", name, value);
        };
        if (newspaper)
            field("entrysubtype", "newspaper");
        // Double braces: a style must not change the title's case.
        field("title", "{" + bibtex_text(r.title) + "}");
        // Braced whole: one name as written, not split at " and " nor turned around.
        if (!r.author.empty())
            field("author", "{" + bibtex_text(r.author) + "}");
        // An organization is a list in biblatex, its items split at " and ": the name is
        // braced whole, so that "Ministry of Research and Technology" stays one.
        const std::string container = bibtex_text(r.container.empty() ? r.publisher : r.container);
        if (newspaper || r.type == "entry-encyclopedia")
            field(newspaper ? "journaltitle" : "titleaddon", container);
        else
            field("organization", container.empty() ? container : "{" + container + "}");
        if (r.issued.year != 0) {
            field("date", date_text(r.issued));
            field("year", fmt::format("{:04}", r.issued.year));
        }
        field("url", bibtex_url(r.url));
        field("langid", r.language_code == "en" ? "english" : "");
        std::string note = r.note;
        if (r.issued.year == 0 && !r.issued_text.empty())
            note = "Published " + r.issued_text + (note.empty() ? "" : ". " + note);
        field("note", bibtex_text(note));
        out += "}\n";
    }
    return out;
}

} // namespace aistrat::render
