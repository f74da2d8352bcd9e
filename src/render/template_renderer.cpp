// Mustache over JSON: objects become maps, arrays lists, scalars strings or booleans.
#include "render/template_renderer.hpp"

#include <kainjow/mustache.hpp>

namespace aistrat::render {

namespace {

namespace mst = kainjow::mustache;

mst::data to_data(const nlohmann::ordered_json& value) {
    if (value.is_object()) {
        mst::data out{mst::data::type::object};
        for (const auto& [key, child] : value.items())
            out.set(key, to_data(child));
        return out;
    }
    if (value.is_array()) {
        mst::data out{mst::data::type::list};
        for (const auto& child : value)
            out.push_back(to_data(child));
        return out;
    }
    if (value.is_boolean())
        return value.get<bool>() ? mst::data{mst::data::type::bool_true}
                                 : mst::data{mst::data::type::bool_false};
    if (value.is_null())
        return mst::data{std::string{}};
    if (value.is_string())
        return mst::data{value.get<std::string>()};
    return mst::data{value.dump()};
}

} // namespace

std::variant<std::string, TemplateError> render_template(const std::string& templ,
                                                         const nlohmann::ordered_json& data) {
    mst::mustache view{templ};
    if (!view.is_valid())
        return TemplateError{view.error_message()};
    std::string out = view.render(to_data(data));
    if (!view.is_valid())
        return TemplateError{view.error_message()};
    return out;
}

} // namespace aistrat::render
