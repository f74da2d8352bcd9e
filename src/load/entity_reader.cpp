// Reading entities: common keys, typed fields, links and citations.
#include "load/entity_reader.hpp"

#include "load/node_reader.hpp"
#include "model/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <unordered_set>

namespace aistrat::load {

namespace {

/// None of the characters a URL never holds as they are: ASCII blanks and controls, '"', '<',
/// '>', '\\', '|' and '`' (RFC 3986 has them percent-encoded; '|' would also split a markdown
/// table cell), and beyond ASCII any space or control or format character (a no-break space,
/// a zero-width space), which a link would end at or show escaped.
bool url_characters(std::string_view url) {
    for (std::size_t i = 0; i < url.size();) {
        const auto u = static_cast<unsigned char>(url[i]);
        if (u < 0x80) {
            if (u <= 0x20 || u == 0x7F ||
                std::string_view("\"<>\\|`").find(url[i]) != std::string_view::npos)
                return false;
            ++i;
            continue;
        }
        char32_t cp = 0;
        const std::size_t length = model::decode_utf8(url, i, cp);
        if (length == 0 || model::is_unsafe_code_point(cp) || model::is_space_separator(cp))
            return false;
        i += length;
    }
    return true;
}

/// True when `text` is one or more ASCII digits (a port).
bool digits(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// An http or https URL with a host name (or an IPv6 address), and none of the characters a
/// URL never holds as they are (spaces, controls, double quotes, angle brackets,
/// backslashes): "https://" alone, or one that ends a link in HTML early, is not.
bool is_web_address(std::string_view url) {
    std::size_t scheme = 0;
    if (model::istarts_with(url, "https://"))
        scheme = 8;
    else if (model::istarts_with(url, "http://"))
        scheme = 7;
    else
        return false;
    const std::size_t host_end = url.find_first_of("/?#", scheme);
    std::string_view host = url.substr(scheme, host_end - scheme);
    if (const auto at = host.rfind('@'); at != std::string_view::npos)
        host.remove_prefix(at + 1); // user:password@
    if (host.starts_with('[')) {    // an IPv6 address, then perhaps a port
        const auto close = host.find(']');
        if (close == std::string_view::npos || close == 1)
            return false;
        const auto address = host.substr(1, close - 1);
        if (!std::all_of(address.begin(), address.end(), [](char c) {
                return std::isxdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.';
            }))
            return false;
        host.remove_prefix(close + 1);
        return (host.empty() || (host.starts_with(':') && digits(host.substr(1)))) &&
               url_characters(url);
    }
    if (const auto colon = host.rfind(':'); colon != std::string_view::npos) {
        if (!digits(host.substr(colon + 1)))
            return false;
        host = host.substr(0, colon); // the port
    }
    // A name: letters, digits, dots, hyphens and underscores (or any non-ASCII, for names not yet
    // in punycode); a quote or a bracket would end the link early in HTML or markdown.
    if (host.empty() || !std::all_of(host.begin(), host.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' ||
                   c == '_' || static_cast<unsigned char>(c) >= 0x80;
        }))
        return false;
    return url_characters(url);
}

using model::FieldType;

std::optional<model::FieldValue> read_value(NodeReader& reader, const YamlNode& node,
                                            const model::FieldDef& def) {
    const std::string what = fmt::format("field '{}'", def.name);
    model::FieldValue value;
    value.type = def.type;
    if (node.type == YamlNode::Type::Null) {
        reader.error(node.where, what + " has no value");
        return std::nullopt;
    }
    if (def.type == FieldType::List) {
        auto items = reader.text_list(node, what);
        if (!items)
            return std::nullopt;
        // An empty item ("" or blanks) says nothing where every view lists it.
        bool blank = false;
        for (std::size_t i = 0; i < items->size(); ++i)
            if (model::is_blank((*items)[i])) {
                reader.error(node.is_sequence() ? node.items[i].where : node.where,
                             fmt::format("an item of {} is empty", what));
                blank = true;
            }
        if (blank)
            return std::nullopt;
        value.items = std::move(*items);
        return value;
    }
    // Numbers and booleans first, so that a list or mapping is named against the type wanted.
    switch (def.type) {
    case FieldType::Integer:
    case FieldType::Year: {
        auto n = reader.integer(node, what);
        if (!n)
            return std::nullopt;
        if (def.type == FieldType::Year && (*n < 1000 || *n > 9999)) {
            reader.error(node.where,
                         fmt::format("{} must be a four-digit year, found '{}'", what, node.value));
            return std::nullopt;
        }
        value.text = node.value;
        value.number = static_cast<double>(*n); // exact: |n| <= k_max_integer
        return value;
    }
    case FieldType::Number: {
        auto n = reader.number(node, what);
        if (!n)
            return std::nullopt;
        value.text = node.value;
        value.number = *n;
        return value;
    }
    case FieldType::Bool: {
        auto b = reader.boolean(node, what);
        if (!b)
            return std::nullopt;
        value.text = node.value;
        value.boolean = *b;
        return value;
    }
    default:
        break;
    }
    auto text = reader.text(node, what);
    if (!text)
        return std::nullopt;
    // Empty text ("", `!!str` with nothing after it, blanks) is no value either.
    if (model::is_blank(*text)) {
        reader.error(node.where, fmt::format("{} is empty", what));
        return std::nullopt;
    }
    value.text = *text;
    switch (def.type) {
    case FieldType::Date:
        if (!model::is_iso_date(*text)) {
            // Written YYYY-MM-DD but no day of the calendar (2020-02-30): said so.
            const bool shaped = model::is_iso_date_shaped(*text);
            reader.error(node.where,
                         shaped ? fmt::format("{} must be a date, found '{}', which is no day of "
                                              "the calendar",
                                              what, *text)
                                : fmt::format("{} must be a date written YYYY-MM-DD, found '{}'",
                                              what, *text));
            return std::nullopt;
        }
        break;
    case FieldType::Url:
        if (!is_web_address(*text)) {
            reader.error(node.where,
                         fmt::format("{} must be an http or https URL, found '{}'", what, *text));
            return std::nullopt;
        }
        break;
    case FieldType::String:
        if (text->find('\n') != std::string::npos) {
            reader.error(node.where, what + " must be one line of text (use a folded '>-' scalar)");
            return std::nullopt;
        }
        break;
    default:
        break;
    }
    return value;
}

/// Reads a list of {source, locator} into `out`; `what` names the key ("'sources'").
void read_citations(NodeReader& reader, const YamlNode& node, std::string_view what,
                    std::vector<model::Citation>& out) {
    if (!node.is_sequence()) {
        reader.error(node.where, fmt::format("{} must be a list of {{source, locator}}, found {}",
                                             what, describe(node)));
        return;
    }
    static const std::vector<std::string> k_keys{"source", "locator"};
    for (const auto& item : node.items) {
        if (!item.is_map()) {
            reader.error(item.where, fmt::format("each source must be a mapping with 'source' and "
                                                 "'locator', found {}",
                                                 describe(item)));
            continue;
        }
        reader.unknown_keys(item, k_keys, "citation key");
        reader.require(item, "source", "citation key");
        model::Citation citation;
        citation.where = item.where;
        if (const YamlNode* source = item.find("source")) {
            auto id = reader.text(*source, "'source'");
            if (!id)
                continue;
            citation.source = *id;
            citation.where = source->where;
        } else {
            continue;
        }
        if (const YamlNode* locator = item.find("locator"))
            if (auto text = reader.text(*locator, "'locator'")) {
                if (text->find('\n') != std::string::npos)
                    reader.error(locator->where, "'locator' must be one line of text (use a "
                                                 "folded '>-' scalar)");
                citation.locator = *text;
            }
        out.push_back(std::move(citation));
    }
}

/// Reads the long form of one statement, a mapping of `value_key` (the statement: "value", or
/// "to" for a link) with its `basis` and its own `sources`, into `support`; returns the
/// statement's node, or nullptr (reported) when the mapping is not one.
const YamlNode* read_long_form(NodeReader& reader, const YamlNode& node,
                               const std::string& value_key, std::string_view what,
                               model::Support& support) {
    const YamlNode* value = node.find(value_key);
    if (value == nullptr) {
        reader.error(node.where,
                     fmt::format("{} is a mapping without '{}': write it alone, or as {{{}: ..., "
                                 "basis: ..., sources: [...]}}",
                                 what, value_key, value_key));
        return nullptr;
    }
    const std::vector<std::string> keys{value_key, "basis", "sources"};
    reader.unknown_keys(node, keys, "key", fmt::format(" in {}", what));
    if (const YamlNode* basis = node.find("basis")) {
        if (auto name = reader.text(*basis, "'basis'")) {
            if (auto parsed = model::parse_basis(*name))
                support.basis = *parsed;
            else
                reader.error(basis->where,
                             fmt::format("'basis' must be stated, implied or interpretation, "
                                         "found '{}'",
                                         *name));
        }
    }
    if (const YamlNode* sources = node.find("sources")) {
        read_citations(reader, *sources, "'sources'", support.sources);
        if (sources->is_sequence() && sources->items.empty())
            reader.error(sources->where, "'sources' is empty (leave it out to cite the entity's "
                                         "sources)");
    }
    return value;
}

void read_links(NodeReader& reader, const YamlNode& node, const model::Schema& schema,
                const model::KindDef& kind, model::Entity& entity) {
    if (!node.is_map()) {
        reader.error(node.where, fmt::format("'links' must map relation names to ids, found {}",
                                             describe(node)));
        return;
    }
    std::vector<std::string> allowed;
    for (const auto& relation : schema.relations)
        if (relation.allows_from(kind.name))
            allowed.push_back(relation.name);
    std::unordered_set<std::string> seen; // relation and target of each link so far
    for (std::size_t i = 0; i < node.pair_count(); ++i) {
        const YamlNode& key = node.key(i);
        auto name = reader.text(key, "a relation name");
        if (!name)
            continue;
        const model::RelationDef* relation = schema.find_relation(*name);
        if (relation == nullptr || !relation->allows_from(kind.name)) {
            std::string message =
                relation == nullptr
                    ? fmt::format("unknown relation '{}'", *name)
                    : fmt::format("relation '{}' does not start at kind '{}'", *name, kind.name);
            const std::string hint = reader.hint(*name, allowed);
            if (!hint.empty())
                message += "; " + hint;
            else if (!allowed.empty() && reader.room_for_detail())
                message += fmt::format(" (kind '{}' may use: {})", kind.name,
                                       fmt::to_string(fmt::join(allowed, ", ")));
            reader.error(key.where, message);
            continue;
        }
        const YamlNode& targets = node.val(i);
        const auto add = [&](const YamlNode& written) {
            model::Support support;
            const YamlNode* target = &written;
            if (written.is_map()) {
                target = read_long_form(reader, written, "to",
                                        fmt::format("a target of '{}'", *name), support);
                if (target == nullptr)
                    return;
            }
            auto id = reader.text(*target, fmt::format("a target of '{}'", *name));
            if (!id)
                return;
            if (model::is_blank(*id)) {
                reader.error(target->where, fmt::format("a target of '{}' is empty", *name));
                return;
            }
            // The same link twice would show twice in show, graph and the reports.
            if (!seen.insert(*name + '\n' + *id).second) {
                reader.error(target->where, fmt::format("'{}' links to '{}' twice", *name, *id));
                return;
            }
            entity.links.push_back({*name, *id, target->where, std::move(support)});
        };
        if (targets.is_sequence()) {
            for (const auto& target : targets.items)
                add(target);
        } else {
            add(targets);
        }
    }
}

/// The kind `document` names, or null after an error: a mapping with a `kind` the schema has.
const model::KindDef* kind_of(NodeReader& reader, const YamlNode& document,
                              const model::Schema& schema) {
    if (!document.is_map()) {
        reader.error(document.where,
                     fmt::format("an entity must be a mapping of keys to values, found {}",
                                 describe(document)));
        return nullptr;
    }
    const YamlNode* kind_node = document.find("kind");
    if (kind_node == nullptr) {
        reader.error(document.where, "missing required key 'kind'");
        return nullptr;
    }
    auto kind_name = reader.text(*kind_node, "'kind'");
    if (!kind_name)
        return nullptr;
    const model::KindDef* kind = schema.find_kind(*kind_name);
    if (kind == nullptr) {
        std::string message = fmt::format("unknown kind '{}'", *kind_name);
        const std::string hint = reader.hint(*kind_name, schema.kind_names());
        if (!hint.empty())
            message += "; " + hint;
        else if (reader.room_for_detail())
            message += " (kinds: " + fmt::to_string(fmt::join(schema.kind_names(), ", ")) + ")";
        reader.error(kind_node->where, message);
    }
    return kind;
}

/// An extension adds to an entity defined elsewhere; what it may not change is refused.
void refuse_in_extension(NodeReader& reader, const YamlNode& document, const model::Schema& schema,
                         const model::KindDef& kind) {
    for (std::size_t i = 0; i < document.pair_count(); ++i) {
        const YamlNode& key = document.key(i);
        const model::FieldDef* def = key.is_scalar() ? kind.field(key.value) : nullptr;
        // A source's sections are how its citations are read, not a statement.
        const bool kept =
            key.is_scalar() &&
            (key.value == "id" || key.value == "title" || key.value == "summary" ||
             (kind.name == schema.citation_kind && !schema.citation_sections.empty() &&
              key.value == schema.citation_sections));
        if (kept || (def != nullptr && def->type != FieldType::List))
            reader.error(key.where,
                         fmt::format("an extension adds to the {} it extends and cannot set "
                                     "'{}'; it takes aliases, tags, items of list fields, "
                                     "links and sources",
                                     kind.name, key.value));
    }
}

/// A key is a common one or a field of the kind, looked up by name: a document of thousands
/// of keys against a kind of thousands of fields costs their sum, not product.
void refuse_unknown_keys(NodeReader& reader, const YamlNode& document, const model::KindDef& kind,
                         bool extension) {
    const auto& common = model::common_keys();
    std::vector<std::string> known; // for hints, made at the first unknown key
    for (std::size_t i = 0; i < document.pair_count(); ++i) {
        const YamlNode& key = document.key(i);
        if (key.is_scalar() &&
            (kind.field(key.value) != nullptr ||
             std::find(common.begin(), common.end(), key.value) != common.end() ||
             (extension && key.value == k_extends)))
            continue;
        if (known.empty()) {
            known = common;
            for (const auto& field : kind.fields)
                known.push_back(field.name);
        }
        reader.unknown_key(key, known, "field", fmt::format(" for kind '{}'", kind.name));
    }
}

/// The entity's id: its own, or for an extension the id of the entity it extends (looked up
/// once every file is loaded).
void read_id(NodeReader& reader, const YamlNode& document, const YamlNode* extends,
             model::Entity& entity) {
    if (extends != nullptr) {
        if (auto text = reader.text(*extends, "'extends'")) {
            entity.id = *text;
            entity.where = extends->where;
            if (text->find_first_not_of(" \t") == std::string::npos)
                reader.error(extends->where,
                             "'extends' is empty: name the id of the entity it adds to");
        }
        return;
    }
    for (const char* key : {"id", "title", "summary"})
        reader.require(document, key, "key");
    if (const YamlNode* id = document.find("id")) {
        if (auto text = reader.text(*id, "'id'")) {
            entity.id = *text;
            if (!model::is_kebab_case(*text))
                reader.error(id->where, fmt::format("id '{}' must be lower-case kebab-case "
                                                    "(a-z, 0-9 and single hyphens)",
                                                    *text));
        }
    }
}

/// Text shown in a table cell or on a line of its own: a line break in it would print a row
/// or line the knowledge does not have.
void one_line(NodeReader& reader, const YamlNode& node, const std::string& text,
              std::string_view what) {
    // Every line break Unicode knows: LF, CR, NEL, LINE and PARAGRAPH SEPARATOR.
    const bool breaks = text.find_first_of("\n\r") != std::string::npos ||
                        text.find("\xC2\x85") != std::string::npos ||
                        text.find("\xE2\x80\xA8") != std::string::npos ||
                        text.find("\xE2\x80\xA9") != std::string::npos;
    if (breaks)
        reader.error(node.where,
                     fmt::format("{} must be one line of text (use a folded '>-' scalar)", what));
}

void one_line_each(NodeReader& reader, const YamlNode& list, const std::vector<std::string>& texts,
                   std::string_view what) {
    for (std::size_t i = 0; i < texts.size(); ++i)
        one_line(reader, i < list.items.size() ? list.items[i] : list, texts[i], what);
}

/// A title or summary of blanks only says nothing where every view shows it.
void not_blank(NodeReader& reader, const YamlNode& node, const std::string& text,
               std::string_view what) {
    if (node.is_scalar() && model::is_blank(text))
        reader.error(node.where, fmt::format("{} is empty", what));
}

/// An alias or a tag of blanks only can never be typed, and names nothing; nor one with
/// blanks around it (" 4" was never found: names are read trimmed).
void not_blank_each(NodeReader& reader, const YamlNode& list, const std::vector<std::string>& texts,
                    std::string_view what) {
    for (std::size_t i = 0; i < texts.size() && i < list.items.size(); ++i) {
        not_blank(reader, list.items[i], texts[i], what);
        const std::string& t = texts[i];
        if (list.items[i].is_scalar() && !t.empty() &&
            t.find_first_not_of(" \t") != std::string::npos &&
            (t.front() == ' ' || t.front() == '\t' || t.back() == ' ' || t.back() == '\t'))
            reader.error(list.items[i].where,
                         fmt::format("{} '{}' has blanks around it; names are typed "
                                     "without them",
                                     what, t));
    }
}

/// Where `node` is written, in its file.
model::Position position_of(const YamlNode& node) {
    return {node.where.line, node.where.column};
}

/// The names an entity goes by and is shown with: title, summary, aliases and tags.
void read_names(NodeReader& reader, const YamlNode& document, model::Entity& entity) {
    if (const YamlNode* title = document.find("title")) {
        entity.title = reader.text(*title, "'title'").value_or("");
        entity.title_at = position_of(*title);
        one_line(reader, *title, entity.title, "'title'");
        not_blank(reader, *title, entity.title, "'title'");
        // A title is copied into every statement that names its entity (its fields, list
        // items and links, in the search index): a long one would cost its length times theirs.
        if (const std::size_t length = model::code_points(entity.title);
            length > k_max_title_length)
            reader.error(title->where,
                         fmt::format("'title' has {} characters; a title is a short name of at "
                                     "most {} (the rest belongs in 'summary')",
                                     length, k_max_title_length));
    }
    if (const YamlNode* summary = document.find("summary")) {
        entity.summary = reader.text(*summary, "'summary'").value_or("");
        entity.summary_at = position_of(*summary);
        not_blank(reader, *summary, entity.summary, "'summary'");
    }
    if (const YamlNode* aliases = document.find("aliases")) {
        entity.aliases =
            reader.text_list(*aliases, "'aliases'").value_or(std::vector<std::string>{});
        one_line_each(reader, *aliases, entity.aliases, "each of 'aliases'");
        not_blank_each(reader, *aliases, entity.aliases, "an item of 'aliases'");
    }
    if (const YamlNode* tags = document.find("tags")) {
        entity.tags = reader.text_list(*tags, "'tags'").value_or(std::vector<std::string>{});
        one_line_each(reader, *tags, entity.tags, "each of 'tags'");
        not_blank_each(reader, *tags, entity.tags, "an item of 'tags'");
    }
}

/// A list whose items may each be written in the long form: read as the plain list of their
/// values into `plain`, each item's support into `supports`. False after an error.
bool read_long_items(NodeReader& reader, const YamlNode& list, const std::string& what,
                     YamlNode& plain, std::vector<model::Support>& supports) {
    plain = list;
    supports.resize(list.items.size());
    bool ok = true;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        if (!list.items[i].is_map())
            continue;
        const YamlNode* item =
            read_long_form(reader, list.items[i], "value", "an item of " + what, supports[i]);
        if (item == nullptr)
            ok = false;
        else
            plain.items[i] = *item;
    }
    return ok;
}

/// The field `def` of the entity from its value `node`, in the short form or the long one
/// (`{value: ..., basis: ..., sources: [...]}`); nothing after an error.
std::optional<model::Field> read_field(NodeReader& reader, const YamlNode& node,
                                       const model::FieldDef& def) {
    const std::string what = fmt::format("field '{}'", def.name);
    model::Support support;
    const YamlNode* value_node = &node;
    if (node.is_map()) {
        value_node = read_long_form(reader, node, "value", what, support);
        if (value_node == nullptr)
            return std::nullopt;
    }
    std::vector<model::Support> item_support;
    YamlNode plain_items;
    if (def.type == FieldType::List && value_node->is_sequence() &&
        std::any_of(value_node->items.begin(), value_node->items.end(),
                    [](const YamlNode& item) { return item.is_map(); })) {
        if (!read_long_items(reader, *value_node, what, plain_items, item_support))
            return std::nullopt;
        value_node = &plain_items;
    }
    auto value = read_value(reader, *value_node, def);
    if (!value)
        return std::nullopt;
    // Where each item is written, for what is said of one item (check --text).
    std::vector<model::Position> item_at;
    if (def.type == FieldType::List) {
        if (value_node->is_sequence())
            for (const auto& item : value_node->items)
                item_at.push_back(position_of(item));
        else
            item_at.push_back(position_of(*value_node));
        if (item_at.size() != value->items.size())
            item_at.clear();
    }
    return model::Field{def.name,           std::move(*value),       node.where,
                        std::move(support), std::move(item_support), std::move(item_at)};
}

/// The kind's fields, in the schema's order; a required one missing is an error, but in an
/// extension, which takes only list fields.
void read_fields(NodeReader& reader, const YamlNode& document, const model::KindDef& kind,
                 bool extension, model::Entity& entity) {
    // The document's keys by name, once: each field is then found in constant time.
    std::unordered_map<std::string_view, const YamlNode*> values;
    values.reserve(document.pair_count());
    for (std::size_t i = 0; i < document.pair_count(); ++i)
        if (document.key(i).is_scalar())
            values.try_emplace(document.key(i).value, &document.val(i));
    for (const auto& def : kind.fields) {
        const auto found = values.find(def.name);
        if (found == values.end()) {
            if (def.required && !extension)
                reader.error(document.where, fmt::format("missing required field '{}' (kind '{}')",
                                                         def.name, kind.name));
            continue;
        }
        if (extension && def.type != FieldType::List)
            continue; // refused by refuse_in_extension
        if (auto field = read_field(reader, *found->second, def))
            entity.fields.push_back(std::move(*field));
    }
}

/// The entity's own sources: required, and not empty, for a kind that cites.
void read_sources(NodeReader& reader, const YamlNode& document, const model::KindDef& kind,
                  model::Entity& entity) {
    if (const YamlNode* sources = document.find("sources")) {
        read_citations(reader, *sources, "'sources'", entity.sources);
        if (kind.cites && sources->is_sequence() && sources->items.empty())
            reader.error(sources->where, fmt::format("'sources' is empty (every {} must cite where "
                                                     "it comes from)",
                                                     kind.name));
    } else if (kind.cites)
        reader.error(document.where, fmt::format("missing required key 'sources' (every {} "
                                                 "must cite where it comes from)",
                                                 kind.name));
}

} // namespace

std::optional<model::Entity> read_entity(const YamlNode& document, const model::Schema& schema,
                                         model::Diagnostics& diagnostics) {
    NodeReader reader(diagnostics);
    if (document.type == YamlNode::Type::Null)
        return std::nullopt;
    const model::KindDef* kind = kind_of(reader, document, schema);
    if (kind == nullptr)
        return std::nullopt;
    model::Entity entity;
    entity.kind = kind->name;
    entity.where = document.where;
    const YamlNode* extends = document.find(k_extends);
    if (extends != nullptr)
        refuse_in_extension(reader, document, schema, *kind);
    refuse_unknown_keys(reader, document, *kind, extends != nullptr);
    read_id(reader, document, extends, entity);
    // Without an id the entity is left out, but the rest of it is read all the same, so that
    // check says at once all that is wrong with it.
    read_names(reader, document, entity);
    read_fields(reader, document, *kind, extends != nullptr, entity);
    entity.index_fields();
    if (const YamlNode* links = document.find("links"))
        read_links(reader, *links, schema, *kind, entity);
    read_sources(reader, document, *kind, entity);
    if (entity.id.empty())
        return std::nullopt;
    return entity;
}

} // namespace aistrat::load
