// Reading and merging schema files.
#include "load/schema_reader.hpp"

#include "load/entity_reader.hpp"
#include "load/node_reader.hpp"
#include "model/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace aistrat::load {

namespace {

std::string where_text(const model::Location& where) {
    return fmt::format("{}:{}", where.path, where.line);
}

/// The English plural of a kind name, for kinds that do not declare one.
std::string default_plural(const std::string& name) {
    const auto ends_with = [&](std::string_view end) { return name.ends_with(end); };
    if (ends_with("y") && name.size() > 1 &&
        std::string_view("aeiou").find(name[name.size() - 2]) == std::string_view::npos)
        return name.substr(0, name.size() - 1) + "ies";
    if (ends_with("s") || ends_with("x") || ends_with("ch") || ends_with("sh"))
        return name + "es";
    return name + "s";
}

/// True for a space of any width or a control character: a name holding one cannot be typed
/// as one shell argument without quoting, or would be shown as something else.
bool space_or_control(char32_t cp) {
    if (cp <= 0x20 || cp == 0x7F || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
        (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000)
        return true;
    return model::is_unsafe_code_point(cp);
}

/// `text` for a message, with tabs, line breaks and other controls shown as escapes.
std::string shown(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '\t' || c == '\n' || c == '\r')
            out += fmt::format("\\x{:02x}", static_cast<unsigned>(c));
        else
            out += c;
    }
    return model::neutralize(out);
}

/// The longest name of a kind, field or relation. A name is a key in YAML output, and YAML
/// reads a key written plainly only up to 1,024 characters; it is a table's column too.
constexpr std::size_t k_max_name = 100;

/// True when `name` (a kebab-case name the scalar `node` holds; `role` says whose) is at
/// most k_max_name long. Otherwise an error at `node`.
bool short_enough(NodeReader& reader, const YamlNode& node, std::string_view role,
                  const std::string& name) {
    if (name.size() <= k_max_name)
        return true;
    reader.error(node.where, fmt::format("{} '{}...' is {} characters long; a name may have at "
                                         "most {}",
                                         role, name.substr(0, 40), name.size(), k_max_name));
    return false;
}

/// True when the kind `role` ("alias", "plural") in scalar `node` can be typed as the KIND
/// argument of a command: not empty, not starting with '-' (an option), no space or control
/// character. Otherwise an error at `node`.
bool typeable(NodeReader& reader, const YamlNode& node, std::string_view role) {
    const std::string& name = node.value;
    if (name.empty()) {
        reader.error(node.where, fmt::format("kind {} '' is empty", role));
        return false;
    }
    if (name.front() == '-') {
        reader.error(node.where, fmt::format("kind {} '{}' starts with '-', so it would read as an "
                                             "option",
                                             role, shown(name)));
        return false;
    }
    for (std::size_t i = 0; i < name.size();) {
        char32_t cp = 0;
        const std::size_t length = model::decode_utf8(name, i, cp);
        if (length == 0 || space_or_control(cp)) {
            reader.error(node.where, fmt::format("kind {} '{}' holds a space or a control "
                                                 "character, so it cannot be typed as one argument",
                                                 role, shown(name)));
            return false;
        }
        i += length;
    }
    return true;
}

std::optional<model::FieldDef> read_field(NodeReader& reader, const YamlNode& node) {
    if (!node.is_map()) {
        reader.error(node.where, fmt::format("a field must be a mapping with 'name' and 'type', "
                                             "found {}",
                                             describe(node)));
        return std::nullopt;
    }
    static const std::vector<std::string> k_keys{"name",       "type",        "required",
                                                 "identifies", "description", "asks"};
    reader.unknown_keys(node, k_keys, "field key");
    reader.require(node, "name", "field key");
    reader.require(node, "type", "field key");
    model::FieldDef def;
    const YamlNode* name = node.find("name");
    const YamlNode* type = node.find("type");
    if (name == nullptr || type == nullptr)
        return std::nullopt;
    const auto name_text = reader.text(*name, "'name'");
    if (!name_text)
        return std::nullopt;
    def.name = *name_text;
    if (def.name.empty()) {
        reader.error(name->where, "a field's name is empty");
        return std::nullopt;
    }
    if (!model::is_kebab_case(def.name)) {
        reader.error(name->where,
                     fmt::format("field name '{}' must be lower-case kebab-case", def.name));
        return std::nullopt;
    }
    if (!short_enough(reader, *name, "field name", def.name))
        return std::nullopt;
    const auto& common = model::common_keys();
    if (std::find(common.begin(), common.end(), def.name) != common.end()) {
        reader.error(name->where, fmt::format("field '{}' is a key every entity has; choose "
                                              "another name",
                                              def.name));
        return std::nullopt;
    }
    if (def.name == k_extends) {
        reader.error(name->where, fmt::format("field '{}' is the key of a document that adds to "
                                              "an entity defined elsewhere; choose another name",
                                              def.name));
        return std::nullopt;
    }
    auto type_name = reader.text(*type, "'type'");
    if (!type_name)
        return std::nullopt;
    auto parsed = model::parse_field_type(*type_name);
    if (!parsed) {
        const auto names = model::field_type_names();
        const std::string hint = model::did_you_mean(model::closest(*type_name, names));
        reader.error(
            type->where,
            fmt::format("unknown field type '{}'; {}", *type_name,
                        hint.empty() ? "types: " + fmt::to_string(fmt::join(names, ", ")) : hint));
        return std::nullopt;
    }
    def.type = *parsed;
    if (const YamlNode* n = node.find("required"))
        def.required = reader.boolean(*n, "'required'").value_or(false);
    if (const YamlNode* n = node.find("identifies")) {
        def.identifies = reader.boolean(*n, "'identifies'").value_or(false);
        if (def.identifies && def.type == model::FieldType::List) {
            reader.error(n->where, fmt::format("field '{}' is a list and cannot identify an entity",
                                               def.name));
            def.identifies = false;
        }
        if (def.identifies && def.type == model::FieldType::Bool) {
            reader.error(n->where,
                         fmt::format("field '{}' is a yes or no, which names two entities at "
                                     "most, and cannot identify one",
                                     def.name));
            def.identifies = false;
        }
    }
    if (const YamlNode* n = node.find("description"))
        def.description = reader.text(*n, "'description'").value_or("");
    if (const YamlNode* n = node.find("asks")) {
        def.asks = reader.text_list(*n, "'asks'").value_or(std::vector<std::string>{});
        for (std::size_t i = 0; i < def.asks.size(); ++i)
            if (model::question_words(def.asks[i]).empty())
                reader.error(
                    i < n->items.size() ? n->items[i].where : n->where,
                    fmt::format("field '{}' asks '{}', which has no words", def.name, def.asks[i]));
    }
    return def;
}

std::optional<model::KindDef> read_kind(NodeReader& reader, const YamlNode& node) {
    if (!node.is_map()) {
        reader.error(node.where, fmt::format("a kind must be a mapping, found {}", describe(node)));
        return std::nullopt;
    }
    static const std::vector<std::string> k_keys{"name",  "plural",     "aliases",  "description",
                                                 "cites", "key_fields", "order_by", "fields"};
    reader.unknown_keys(node, k_keys, "kind key");
    reader.require(node, "name", "kind key");
    model::KindDef kind;
    kind.where = node.where;
    const YamlNode* name = node.find("name");
    if (name == nullptr)
        return std::nullopt;
    kind.name = reader.text(*name, "'name'").value_or("");
    if (!model::is_kebab_case(kind.name)) {
        reader.error(name->where,
                     fmt::format("kind name '{}' must be lower-case kebab-case", kind.name));
        return std::nullopt;
    }
    if (!short_enough(reader, *name, "kind name", kind.name))
        return std::nullopt;
    kind.plural = default_plural(kind.name);
    if (const YamlNode* n = node.find("plural"))
        if (auto plural = reader.text(*n, "'plural'"); plural && typeable(reader, *n, "plural"))
            kind.plural = *plural;
    if (const YamlNode* n = node.find("aliases")) {
        if (auto aliases = reader.text_list(*n, "'aliases'")) {
            for (std::size_t i = 0; i < aliases->size(); ++i)
                if (typeable(reader, n->is_sequence() ? n->items[i] : *n, "alias"))
                    kind.aliases.push_back(std::move((*aliases)[i]));
        }
    }
    if (const YamlNode* n = node.find("description"))
        kind.description = reader.text(*n, "'description'").value_or("");
    if (const YamlNode* n = node.find("cites"))
        kind.cites = reader.boolean(*n, "'cites'").value_or(true);
    if (const YamlNode* fields = node.find("fields")) {
        if (!fields->is_sequence() && fields->type != YamlNode::Type::Null)
            reader.error(fields->where,
                         fmt::format("'fields' must be a list, found {}", describe(*fields)));
        for (const auto& item : fields->items) {
            auto def = read_field(reader, item);
            if (!def)
                continue;
            if (!kind.field_index.try_emplace(def->name, kind.fields.size()).second) {
                reader.error(item.where, fmt::format("field '{}' is declared twice", def->name));
                continue;
            }
            kind.fields.push_back(std::move(*def));
        }
    }
    for (const auto& [key, list] :
         {std::pair{"key_fields", &kind.key_fields}, std::pair{"order_by", &kind.order_by}}) {
        const YamlNode* n = node.find(key);
        if (n == nullptr)
            continue;
        *list = reader.text_list(*n, fmt::format("'{}'", key)).value_or(std::vector<std::string>{});
        for (const auto& field_name : *list)
            if (kind.field(field_name) == nullptr)
                reader.error(n->where,
                             fmt::format("{} names '{}', which is not a field of kind '{}'", key,
                                         field_name, kind.name));
    }
    return kind;
}

std::optional<model::RelationDef> read_relation(NodeReader& reader, const YamlNode& node) {
    if (!node.is_map()) {
        reader.error(node.where,
                     fmt::format("a relation must be a mapping, found {}", describe(node)));
        return std::nullopt;
    }
    static const std::vector<std::string> k_keys{"name", "inverse",     "from",
                                                 "to",   "description", "coverage"};
    reader.unknown_keys(node, k_keys, "relation key");
    for (const char* key : {"name", "inverse", "from", "to"})
        reader.require(node, key, "relation key");
    model::RelationDef relation;
    relation.where = node.where;
    const YamlNode* name = node.find("name");
    const YamlNode* inverse = node.find("inverse");
    const YamlNode* from = node.find("from");
    const YamlNode* to = node.find("to");
    if (name == nullptr || inverse == nullptr || from == nullptr || to == nullptr)
        return std::nullopt;
    const auto name_text = reader.text(*name, "'name'");
    const auto inverse_text = reader.text(*inverse, "'inverse'");
    relation.name = name_text.value_or("");
    relation.inverse = inverse_text.value_or("");
    relation.from = reader.text_list(*from, "'from'").value_or(std::vector<std::string>{});
    relation.to = reader.text_list(*to, "'to'").value_or(std::vector<std::string>{});
    if (const YamlNode* n = node.find("description"))
        relation.description = reader.text(*n, "'description'").value_or("");
    if (const YamlNode* n = node.find("coverage"))
        relation.coverage = reader.boolean(*n, "'coverage'").value_or(false);
    if (!name_text || !inverse_text) // reported
        return std::nullopt;
    // Names a command line, --where and --fields can hold, and that print on one line.
    for (const auto& [at, value, role] : {std::tuple{name, relation.name, "name"},
                                          std::tuple{inverse, relation.inverse, "inverse"}})
        if (value.empty()) {
            reader.error(at->where, fmt::format("a relation's {} is empty", role));
            return std::nullopt;
        } else if (!model::is_kebab_case(value)) {
            reader.error(at->where, fmt::format("relation {} '{}' must be lower-case kebab-case",
                                                role, shown(value)));
            return std::nullopt;
        } else if (!short_enough(reader, *at, fmt::format("relation {}", role), value)) {
            return std::nullopt;
        }
    // A relation no kind can use, or that leads to no kind, is a mistake (report gaps listed
    // every entity under a label naming no kind).
    for (const auto& [at, kinds, role] :
         {std::tuple{from, relation.from, "from"}, std::tuple{to, relation.to, "to"}})
        if (at->is_sequence() && kinds.empty()) {
            reader.error(at->where, fmt::format("relation '{}': '{}' names no kind; name at least "
                                                "one",
                                                shown(relation.name), role));
            return std::nullopt;
        }
    return relation;
}

bool same_fields(const std::vector<model::FieldDef>& a, const std::vector<model::FieldDef>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
        return x.name == y.name && x.type == y.type && x.required == y.required &&
               x.identifies == y.identifies && x.description == y.description && x.asks == y.asks;
    });
}

/// True when `a` and `b` declare the same kind: a folder that repeats a definition word
/// for word (a copy of the built-in folder, say) is no conflict.
bool same_kind(const model::KindDef& a, const model::KindDef& b) {
    return a.name == b.name && a.plural == b.plural && a.aliases == b.aliases &&
           a.description == b.description && a.cites == b.cites && a.key_fields == b.key_fields &&
           a.order_by == b.order_by && same_fields(a.fields, b.fields);
}

bool same_relation(const model::RelationDef& a, const model::RelationDef& b) {
    return a.name == b.name && a.inverse == b.inverse && a.from == b.from && a.to == b.to &&
           a.description == b.description && a.coverage == b.coverage;
}

} // namespace

void read_schema(const YamlNode& document, model::Schema& schema, model::Diagnostics& diagnostics) {
    NodeReader reader(diagnostics);
    if (!document.is_map()) {
        reader.error(document.where, fmt::format("a schema must be a mapping with 'kinds' and "
                                                 "'relations', found {}",
                                                 describe(document)));
        return;
    }
    static const std::vector<std::string> k_keys{"schema_version", "citation_kind",
                                                 "citation_sections", "kinds", "relations"};
    reader.unknown_keys(document, k_keys, "schema key");
    if (const YamlNode* n = document.find("schema_version")) {
        auto version = reader.integer(*n, "'schema_version'");
        if (version && *version != 1)
            reader.error(n->where, fmt::format("schema_version {} is not supported (this aistrat "
                                               "reads version 1)",
                                               *version));
    }
    if (const YamlNode* n = document.find("citation_kind")) {
        if (auto name = reader.text(*n, "'citation_kind'")) {
            if (!schema.citation_kind.empty() && schema.citation_kind != *name)
                reader.error(n->where,
                             fmt::format("citation_kind is already '{}'", schema.citation_kind));
            else
                schema.citation_kind = *name;
        }
    }
    if (const YamlNode* n = document.find("citation_sections")) {
        if (auto name = reader.text(*n, "'citation_sections'")) {
            if (!schema.citation_sections.empty() && schema.citation_sections != *name)
                reader.error(n->where, fmt::format("citation_sections is already '{}'",
                                                   schema.citation_sections));
            else
                schema.citation_sections = *name;
        }
    }
    const auto list = [&](const char* key) -> const YamlNode* {
        const YamlNode* n = document.find(key);
        if (n != nullptr && !n->is_sequence() && n->type != YamlNode::Type::Null) {
            reader.error(n->where, fmt::format("'{}' must be a list, found {}", key, describe(*n)));
            return nullptr;
        }
        return n;
    };
    if (const YamlNode* kinds = list("kinds")) {
        for (const auto& item : kinds->items) {
            auto kind = read_kind(reader, item);
            if (!kind)
                continue;
            if (const model::KindDef* same = schema.find_kind(kind->name);
                same != nullptr && same_kind(*same, *kind))
                continue;
            // Every spelling that another kind answers to is reported, each by its role.
            bool clash = false;
            // Each spelling with where it is written (the kind's own place for a plural left to
            // be derived), so that a clash points at the spelling at fault.
            struct Spelling {
                const char* role;
                std::string text;
                model::Location where;
            };
            const auto at = [&](const char* key) {
                const YamlNode* n = item.find(key);
                return n != nullptr ? n->where : item.where;
            };
            std::vector<Spelling> spellings{{"name", kind->name, at("name")},
                                            {"plural", kind->plural, at("plural")}};
            const YamlNode* alias_nodes = item.find("aliases");
            for (const auto& alias : kind->aliases) {
                model::Location where = at("aliases");
                if (alias_nodes != nullptr)
                    for (const auto& written : alias_nodes->items)
                        if (written.value == alias) {
                            where = written.where;
                            break;
                        }
                spellings.push_back({"alias", alias, where});
            }
            for (const auto& spelling : spellings) {
                const model::KindDef* other = schema.find_kind(spelling.text);
                if (other == nullptr)
                    continue;
                if (other->name == kind->name) { // once, not for each of its spellings
                    reader.error(item.where,
                                 fmt::format("kind '{}' is already defined, differently ({})",
                                             kind->name, where_text(other->where)));
                    clash = true;
                    break;
                }
                reader.error(spelling.where,
                             fmt::format("kind {} '{}' of kind '{}' already names kind '{}' "
                                         "({})",
                                         spelling.role, spelling.text, kind->name, other->name,
                                         where_text(other->where)));
                clash = true;
            }
            if (!clash) {
                schema.kinds.push_back(std::move(*kind));
                schema.index();
            }
        }
    }
    if (const YamlNode* relations = list("relations")) {
        for (const auto& item : relations->items) {
            auto relation = read_relation(reader, item);
            if (!relation)
                continue;
            if (const model::RelationDef* other = schema.find_relation(relation->name)) {
                if (same_relation(*other, *relation))
                    continue;
                reader.error(item.where, fmt::format("relation '{}' is already defined ({})",
                                                     relation->name, where_text(other->where)));
                continue;
            }
            schema.relations.push_back(std::move(*relation));
            schema.index();
        }
    }
}

void check_schema(const model::Schema& schema, model::Diagnostics& diagnostics) {
    NodeReader reader(diagnostics);
    const auto names = schema.kind_names();
    const auto check_kind = [&](const std::string& name, const model::Location& where,
                                std::string_view role) {
        if (schema.find_kind(name) != nullptr && schema.find_kind(name)->name == name)
            return;
        std::string message = fmt::format("{} names unknown kind '{}'", role, name);
        const std::string hint = reader.hint(name, names);
        reader.error(where, hint.empty() ? message : message + "; " + hint);
    };
    // A relation's name is a field of the kinds it starts from (in `links`, in --where and
    // --fields), its inverse one of the kinds it ends at: neither may be a key every entity
    // has or a field of those kinds, which it would shadow or be shadowed by.
    const auto& common = model::common_keys();
    const auto check_name = [&](const model::RelationDef& relation, const std::string& name,
                                const std::vector<std::string>& kinds, std::string_view role) {
        if (std::find(common.begin(), common.end(), name) != common.end()) {
            reader.error(relation.where,
                         fmt::format("relation '{}': its {} '{}' is a key every entity has; "
                                     "choose another name",
                                     relation.name, role, name));
            return;
        }
        for (const auto& kind_name : kinds)
            if (const auto* kind = schema.find_kind(kind_name); kind && kind->field(name)) {
                reader.error(relation.where,
                             fmt::format("relation '{}': its {} '{}' is also a field of kind "
                                         "'{}'; choose another name",
                                         relation.name, role, name, kind->name));
                return;
            }
    };
    // Every name and inverse names one relation, in one direction: two relations under one
    // name would be merged in `show`, --where and --fields, and the reader could not tell
    // them apart. (A relation that is its own inverse, name and inverse alike, is one.)
    std::unordered_map<std::string_view, const model::RelationDef*> named;
    const auto check_unique = [&](const model::RelationDef& relation, const std::string& name,
                                  std::string_view role) {
        const auto [at, added] = named.try_emplace(name, &relation);
        if (added || at->second == &relation)
            return;
        const model::RelationDef& other = *at->second;
        reader.error(relation.where,
                     fmt::format("relation '{}': its {} '{}' is already a name of relation '{}' "
                                 "({}); choose another name",
                                 relation.name, role, name, other.name, where_text(other.where)));
    };
    for (const auto& relation : schema.relations) {
        check_unique(relation, relation.name, "name");
        if (!relation.inverse.empty())
            check_unique(relation, relation.inverse, "inverse");
        for (const auto& kind : relation.from)
            check_kind(kind, relation.where, fmt::format("relation '{}' (from)", relation.name));
        for (const auto& kind : relation.to)
            check_kind(kind, relation.where, fmt::format("relation '{}' (to)", relation.name));
        check_name(relation, relation.name, relation.from, "name");
        if (!relation.inverse.empty() && relation.inverse != relation.name)
            check_name(relation, relation.inverse, relation.to, "inverse");
    }
    if (!schema.citation_kind.empty() && schema.find_kind(schema.citation_kind) == nullptr)
        check_kind(schema.citation_kind, {}, "citation_kind"); // any spelling of a kind will do
    if (!schema.citation_sections.empty()) {
        const model::KindDef* kind = schema.find_kind(schema.citation_kind);
        const model::FieldDef* field =
            kind != nullptr ? kind->field(schema.citation_sections) : nullptr;
        if (schema.citation_kind.empty())
            reader.error({}, "citation_sections needs a citation_kind");
        else if (kind != nullptr && field == nullptr)
            reader.error({}, fmt::format("citation_sections names no field of kind '{}': '{}'",
                                         kind->name, schema.citation_sections));
        else if (field != nullptr && field->type != model::FieldType::List)
            reader.error({},
                         fmt::format("citation_sections names field '{}' of kind '{}', "
                                     "which is a {}, not a list",
                                     field->name, kind->name, model::field_type_name(field->type)));
    }
}

} // namespace aistrat::load
