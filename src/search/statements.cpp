// Splitting entities into statements.
#include "search/statements.hpp"

#include "model/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace aistrat::search {

namespace {

using model::FieldType;

/// The support of what no one cites apart: a title, an alias, a summary.
const model::Support k_plain;

/// Fields folded into the figure statement rather than stated alone.
bool part_of_figure(const std::string& name) {
    return name == "value" || name == "unit" || name == "magnitude" || name == "qualifier" ||
           name == "period";
}

StatementType type_of(FieldType type) {
    switch (type) {
    case FieldType::Integer:
    case FieldType::Number:
        return StatementType::Number;
    case FieldType::Year:
    case FieldType::Date:
        return StatementType::Date;
    default:
        return StatementType::Text;
    }
}

/// True for short text that is mostly a year or a span of years: "2030", "2020-2045".
bool names_years(const std::string& text) {
    if (text.size() > 12)
        return false;
    std::size_t digits = 0;
    for (char c : text)
        digits += std::isdigit(static_cast<unsigned char>(c)) ? 1 : 0;
    return digits >= 4 && digits * 2 >= text.size();
}

/// True for a short statement with a number in it: "a 10-year permit".
bool carries_number(const std::string& text) {
    const bool digit = std::any_of(text.begin(), text.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
    return digit && std::count(text.begin(), text.end(), ' ') < 12;
}

} // namespace

std::string words_of(std::string_view name) {
    std::string out(name);
    for (char& c : out)
        if (c == '-' || c == '_')
            c = ' ';
    return out;
}

void extract_statements(const model::KnowledgeBase& kb, const model::Entity& entity,
                        std::vector<Statement>& out) {
    {
        const std::string frame = entity.kind + " " + entity.title;
        const auto add = [&](std::string field, std::string text, StatementType type,
                             const model::Support& support = k_plain,
                             const model::Entity* cites = nullptr,
                             const model::Entity* target = nullptr) {
            if (text.empty())
                return;
            std::string context = frame + " " + words_of(field);
            out.push_back({&entity, std::move(field), std::move(text), std::move(context), type,
                           support.basis, &model::cited(cites ? *cites : entity, support), target});
        };
        add("title", entity.title, StatementType::Name);
        // The names an extension added are stated apart, citing the extension's sources. They
        // follow the entity's own in `aliases`, in the order the extensions were merged.
        std::size_t added = 0;
        for (const auto& extension : entity.extensions)
            added += extension.aliases.size();
        const std::vector<std::string> own(
            entity.aliases.begin(),
            entity.aliases.end() - static_cast<long>(std::min(added, entity.aliases.size())));
        if (!own.empty())
            add("aliases", fmt::to_string(fmt::join(own, "; ")), StatementType::Name);
        for (const auto& extension : entity.extensions)
            if (!extension.aliases.empty())
                add("aliases", fmt::to_string(fmt::join(extension.aliases, "; ")),
                    StatementType::Name, k_plain, &extension);
        add("summary", entity.summary, StatementType::Text);
        const std::string figure = model::figure_text(entity);
        const bool is_figure = !figure.empty();
        if (is_figure) {
            // A figure is stated with what it measures, so that the words of a question
            // about the measure find the number.
            std::string context = frame;
            if (const model::Field* measure = entity.field("measure"))
                context += " " + measure->value.text;
            const model::Field* value = entity.field("value");
            const model::Support& support = value ? value->support : k_plain;
            out.push_back({&entity, "figure", figure, context, StatementType::Number, support.basis,
                           &model::cited(entity, support), nullptr});
        }
        for (const auto& field : entity.fields) {
            // A URL answers nothing; it is shown with the sources.
            if ((is_figure && part_of_figure(field.name)) || field.value.type == FieldType::Url)
                continue;
            if (field.value.type == FieldType::List) {
                for (std::size_t i = 0; i < field.value.items.size(); ++i) {
                    const std::string& item = field.value.items[i];
                    add(field.name, item,
                        carries_number(item) ? StatementType::Number : StatementType::Text,
                        model::item_support(field, i));
                }
            } else {
                StatementType type = type_of(field.value.type);
                if (type == StatementType::Text && names_years(field.value.text))
                    type = StatementType::Date; // a horizon such as "2020-2045"
                else if (type == StatementType::Text &&
                         field.name.find("name") != std::string::npos)
                    type = StatementType::Name; // official-name and the like
                add(field.name, field.value.text, type, field.support);
            }
        }
        for (const auto& [link, relation, target] : kb.outgoing(entity))
            if (target != nullptr)
                add(link->relation, target->title, StatementType::Link, link->support, nullptr,
                    target);
        for (const auto& in : kb.incoming(entity))
            add(in.relation->inverse, in.from->title, StatementType::Link,
                in.link != nullptr ? in.link->support : k_plain, in.from, in.from);
    }
}

std::vector<Statement> extract_statements(const model::KnowledgeBase& kb) {
    std::vector<Statement> out;
    for (const auto& entity : kb.entities())
        extract_statements(kb, entity, out);
    return out;
}

} // namespace aistrat::search
