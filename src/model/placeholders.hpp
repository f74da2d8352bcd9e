// The placeholder text that `new` and `init` write into a template entity, which `check`
// recognises (as warnings, errors with --strict) until the user replaces it.
#pragma once

#include <string>
#include <string_view>

namespace aistrat::model {

/// A template's summary.
inline constexpr std::string_view k_placeholder_summary =
    "One or two sentences on what it is, in your own words.";
/// A template's one-line text value.
inline constexpr std::string_view k_placeholder_value = "a short value";
/// A template's text (prose) value.
inline constexpr std::string_view k_placeholder_text = "A sentence or two, in your own words.";
/// A template's list items.
inline constexpr std::string_view k_placeholder_item = "one item";
inline constexpr std::string_view k_placeholder_other_item = "another item";
/// A template's web address.
inline constexpr std::string_view k_placeholder_url = "https://example.org/";
/// A template's one-line value of a field that identifies the entity `id`: one its own, as
/// the value must name one entity.
inline std::string placeholder_identifying(std::string_view id) {
    return "a short value for " + std::string(id);
}
/// A template's web address in a field that identifies the entity `id`.
inline std::string placeholder_identifying_url(std::string_view id) {
    return std::string(k_placeholder_url) + std::string(id);
}
/// A template's title for the entity `id` (with " 2", " 3", ... after it where that title
/// is another entity's name already): of a long id, its first 400 characters and "...", so
/// that the title stays within the loader's 500 (load::k_max_title_length).
inline std::string placeholder_title(std::string_view id) {
    constexpr std::size_t k_most = 400;
    return "Title of " +
           (id.size() > k_most ? std::string(id.substr(0, k_most)) + "..." : std::string(id));
}

/// Whether `text` is `placeholder`, or it with a number after a space or a hyphen ("... 2").
inline bool is_placeholder(std::string_view text, std::string_view placeholder) {
    if (!text.starts_with(placeholder))
        return false;
    const std::string_view rest = text.substr(placeholder.size());
    if (rest.empty())
        return true;
    if (rest.size() < 2 || (rest.front() != ' ' && rest.front() != '-'))
        return false;
    for (const char c : rest.substr(1))
        if (c < '0' || c > '9')
            return false;
    return true;
}

} // namespace aistrat::model
