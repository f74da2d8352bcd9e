#pragma once

#include <span>
#include <string_view>

namespace aistrat::query {

/// The names of the countries and territories of ISO 3166-1, taken from Debian's iso-codes
/// when aistrat is built: the names `ask` knows for places even when a question writes them
/// in lower case ("what is the ai strategy of singapore").
std::span<const std::string_view> country_names();

} // namespace aistrat::query
