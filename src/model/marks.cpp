#include "model/marks.hpp"

namespace aistrat::model {

std::size_t replace_marks(std::string& text) {
    // U+E000 to U+E005 are EE 80 80 to EE 80 85 in UTF-8.
    std::size_t replaced = 0;
    for (auto at = text.find('\xEE'); at != std::string::npos; at = text.find('\xEE', at + 1)) {
        if (at + 2 < text.size() && text[at + 1] == '\x80' &&
            static_cast<unsigned char>(text[at + 2]) >= 0x80 &&
            static_cast<unsigned char>(text[at + 2]) <= 0x85) {
            text.replace(at, 3, "\xEF\xBF\xBD"); // U+FFFD
            ++replaced;
        }
    }
    return replaced;
}

} // namespace aistrat::model
