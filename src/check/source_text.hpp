// A plain-text copy of a source, divided as the source's outline declares, and the check of
// what the knowledge cites against it: `check --text` and `quote`.
#pragma once

#include "check/outline.hpp"
#include "model/diagnostic.hpp"
#include "model/knowledge_base.hpp"

#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace aistrat::check {

/// One paragraph of a source's text, where the outline puts it.
struct Paragraph {
    std::string section; ///< empty when the source declares no sections
    int number = 0;      ///< 1-based within its section
    std::string text;    ///< its lines joined by single spaces
    int line = 0;        ///< where it starts in the file
};

/// A source's text mapped onto its outline. A paragraph is a block of lines between blank
/// lines; a block of one line that ends in no sentence punctuation is a heading, and is not
/// counted. The paragraphs must be as many as the outline's sections declare, in order, and
/// each heading must stand where one section ends and the next begins.
class SourceText {
public:
    /// `text`, read from `path`, mapped onto `outline` (a source without sections: all its
    /// paragraphs in one); a diagnostic at `path` (and the line at fault) when the text cannot
    /// be divided as the outline says.
    static std::variant<SourceText, model::Diagnostic>
    read(const Outline& outline, std::string_view text, const std::string& path);

    const std::vector<Paragraph>& paragraphs() const { return m_paragraphs; }
    const std::string& path() const { return m_path; }

    /// The paragraphs `locator` names, in order; empty when it names none, or names pages
    /// (which a plain-text copy does not mark) or something other than a section.
    std::vector<const Paragraph*> passage(const Locator& locator) const;

private:
    std::vector<Paragraph> m_paragraphs;
    std::string m_path;
};

/// What `check_texts` found.
struct TextCheck {
    model::Diagnostics warnings; ///< one per statement, at the statement
    std::size_t checked = 0;     ///< statements whose every citation could be read
    std::size_t unchecked = 0;   ///< statements citing a source or a place without a text
};

/// Each statement of `kb` (title, summary, field value, list item) whose citations all point
/// into `texts` (by source id), read for its numbers, dates and proper names: a warning for
/// each statement where one of them appears in none of the passages it cites. A name counts as
/// found when any name of an entity it names (its title, an alias) is in the passage.
TextCheck check_texts(const model::KnowledgeBase& kb,
                      const std::map<std::string, SourceText>& texts);

/// The numbers, dates and proper names of `text` that a citing passage must hold, as
/// `check_texts` reads them (for tests).
std::vector<std::string> checked_terms(std::string_view text);

} // namespace aistrat::check
