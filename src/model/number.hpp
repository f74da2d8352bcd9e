// Exact comparison of numbers written in decimal (header only), so that no two different numbers
// compare equal because they round to the same double (9223372036854775807 and ...806 do).
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

namespace aistrat::model {

/// The largest whole number a field may hold, 2^53 - 1: every whole number up to it is held
/// exactly by a double, as JSON readers (JavaScript, jq) hold numbers.
inline constexpr long long k_max_integer = 9'007'199'254'740'991;

/// A decimal number as written: "-12", "0.5", ".5", "5.", "1e-3", "2.5E+10" (the syntax
/// std::from_chars reads, without inf and nan). Held exactly: value = 0.digits x 10^exponent.
struct Decimal {
    bool negative = false;
    std::string digits;     ///< no leading or trailing zeros; empty for zero
    long long exponent = 0; ///< of 10, with the point before the first digit
};

/// `text` read exactly, or nullopt when it is not a decimal number.
std::optional<Decimal> parse_decimal(std::string_view text);

/// -1, 0 or 1 as `a` is less than, equal to or greater than `b` (-0 equals 0).
int compare(const Decimal& a, const Decimal& b);

/// The exact order of two numbers written in decimal, or nullopt when either is not one.
std::optional<int> compare_numbers(std::string_view a, std::string_view b);

/// One text for every way of writing the same number ("7", "7.0" and "0.7e1" give the same),
/// or an empty text when `text` is not a number.
std::string number_key(std::string_view text);

namespace detail {

inline bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

/// Exponents beyond this cannot change an order: no text is long enough to offset them.
constexpr long long k_exponent_limit = 1'000'000'000'000'000LL;

} // namespace detail

inline std::optional<Decimal> parse_decimal(std::string_view text) {
    Decimal out;
    std::size_t i = 0;
    if (i < text.size() && text[i] == '-') {
        out.negative = true;
        ++i;
    }
    std::string digits;
    long long point = 0; // digits before the decimal point
    std::size_t mantissa_digits = 0;
    while (i < text.size() && detail::is_digit(text[i])) {
        digits += text[i++];
        ++point;
        ++mantissa_digits;
    }
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && detail::is_digit(text[i])) {
            digits += text[i++];
            ++mantissa_digits;
        }
    }
    if (mantissa_digits == 0)
        return std::nullopt;
    long long exponent = 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool negative = false;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            negative = text[i++] == '-';
        if (i == text.size() || !detail::is_digit(text[i]))
            return std::nullopt;
        while (i < text.size() && detail::is_digit(text[i])) {
            if (exponent < detail::k_exponent_limit)
                exponent = exponent * 10 + (text[i] - '0');
            ++i;
        }
        if (negative)
            exponent = -exponent;
    }
    if (i != text.size())
        return std::nullopt;
    const auto first = digits.find_first_not_of('0');
    if (first == std::string::npos)
        return out; // zero: no digits
    const auto last = digits.find_last_not_of('0');
    out.digits = digits.substr(first, last - first + 1);
    out.exponent = point - static_cast<long long>(first) + exponent;
    return out;
}

inline int compare(const Decimal& a, const Decimal& b) {
    const auto sign = [](const Decimal& d) { return d.digits.empty() ? 0 : (d.negative ? -1 : 1); };
    const int sa = sign(a);
    const int sb = sign(b);
    if (sa != sb)
        return sa < sb ? -1 : 1;
    if (sa == 0)
        return 0;
    int magnitude = 0;
    if (a.exponent != b.exponent)
        magnitude = a.exponent < b.exponent ? -1 : 1;
    else if (const int c = a.digits.compare(b.digits); c != 0)
        magnitude = c < 0 ? -1 : 1;
    return sa * magnitude;
}

inline std::optional<int> compare_numbers(std::string_view a, std::string_view b) {
    const auto x = parse_decimal(a);
    const auto y = parse_decimal(b);
    if (!x || !y)
        return std::nullopt;
    return compare(*x, *y);
}

inline std::string number_key(std::string_view text) {
    const auto d = parse_decimal(text);
    if (!d)
        return {};
    if (d->digits.empty())
        return "0";
    return (d->negative ? "-0." : "0.") + d->digits + "e" + std::to_string(d->exponent);
}

} // namespace aistrat::model
