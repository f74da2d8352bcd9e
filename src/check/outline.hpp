// How a source is divided (its outline), and locators read against it: `intro/2` names the
// second paragraph of the section `intro`, `pp. 3-5` three pages, `whole page` all of it.
#pragma once

#include "model/entity.hpp"
#include "model/knowledge_base.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aistrat::check {

/// One section of a source, as its outline declares it.
struct Section {
    std::string name;
    int paragraphs = 0; ///< how many paragraphs it has; 0 when they are not counted
};

/// How a source is divided: its sections in order, or its pages, or both.
struct Outline {
    std::vector<Section> sections;
    int first_page = 0; ///< 0 when the source declares no pages
    int last_page = 0;

    bool empty() const { return sections.empty() && first_page == 0; }
    /// The section named `name`, or nullptr.
    const Section* section(std::string_view name) const;
    /// The sections' names, for messages.
    std::vector<std::string> section_names() const;
    /// What the outline declares, in one line: "intro (3 paragraphs), china (1 paragraph)".
    std::string describe() const;
};

/// The outline declared by one item of a source's sections field: `intro`, `intro (3
/// paragraphs)`, `china (1 paragraph)` or `pages 1-40`, added to `outline`. Returns what is
/// wrong with an item that declares no part a locator can cite (nothing is added then), or
/// an empty text. A section's name is refused when a locator would read it otherwise
/// (`whole`, `p. 3`), when it holds `/`, `(` or `)` or a control character, or starts with
/// `-` (it would read as an option).
std::string add_outline_item(Outline& outline, std::string_view item);

/// The outline `source` declares in the field the schema names `citation_sections`; empty when
/// there is none. Items that declare nothing valid are skipped (the checker reports them).
Outline outline_of(const model::KnowledgeBase& kb, const model::Entity& source);

/// A locator as read against an outline.
struct Locator {
    enum class Kind {
        Whole,   ///< `whole page`, `whole document`: all of the source
        Section, ///< `intro`, `intro/2`, `intro/2-3`
        Pages,   ///< `p. 5`, `pp. 3-5`, `page 5`, `pages 3-5`
        Other,   ///< anything else (a heading's text, say): not checked
    };
    Kind kind = Kind::Other;
    std::string section; ///< Section
    int first = 0;       ///< Section (0: the whole section) or Pages
    int last = 0;
};

/// `text` read as a locator.
Locator parse_locator(std::string_view text);

/// Why `locator` (as written: `text`) names a part `outline` does not have; empty when it names
/// one, or when there is nothing to check it against (no outline).
std::string locator_problem(const Outline& outline, const Locator& locator, std::string_view text);

} // namespace aistrat::check
