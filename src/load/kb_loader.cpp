// The loading pipeline: folders -> YAML trees -> schema and entities.
#include "load/kb_loader.hpp"

#include "load/embedded.hpp"
#include "load/entity_reader.hpp"
#include "load/node_reader.hpp"
#include "load/parallel.hpp"
#include "load/schema_reader.hpp"
#include "load/vocabulary_reader.hpp"
#include "load/yaml_tree.hpp"
#include "model/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <exception>
#include <filesystem>
#include <functional>
#include <iterator>
#include <optional>
#include <set>
#include <system_error>
#include <thread>
#include <unistd.h>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace aistrat::load {

namespace {

constexpr std::uint64_t k_fnv_basis = 14695981039346656037ULL;

/// What aliases may copy beyond the size of the files, over a whole knowledge base.
constexpr std::size_t k_alias_slack = std::size_t{64} << 10U;

void hash_bytes(std::uint64_t& hash, std::string_view bytes) {
    for (unsigned char c : bytes) {
        hash ^= c;
        hash *= 1099511628211ULL; // FNV-1a
    }
}

/// What an entity holds already, to add each alias, tag, item and link once (names and items
/// compared case-folded): kept over all the extensions of one entity, so that thousands of
/// them cost their number, not its square.
struct Held {
    std::unordered_set<std::string> aliases;
    std::unordered_set<std::string> tags;
    std::unordered_map<std::string, std::unordered_set<std::string>> items; ///< by field
    std::unordered_set<std::string> links;                                  ///< relation, id

    explicit Held(const model::Entity& entity) {
        // An alias that is the entity's id or title names nothing new.
        aliases.insert(model::to_lower(entity.id));
        aliases.insert(model::to_lower(entity.title));
        for (const auto& alias : entity.aliases)
            aliases.insert(model::to_lower(alias));
        for (const auto& tag : entity.tags)
            tags.insert(model::to_lower(tag));
        for (const auto& field : entity.fields)
            for (const auto& item : field.value.items)
                items[field.name].insert(model::to_lower(item));
        for (const auto& link : entity.links)
            links.insert(link.relation + '\n' + link.target);
    }
};

/// Adds `extension`'s aliases, tags, list items and links to `target`, each once; an item or
/// link without citations of its own cites the extension's sources (not the entity's). The
/// extension is kept in `target.extensions`, holding only what it added, to say where that came
/// from.
void extend(model::Entity& target, Held& held, model::Entity extension) {
    const auto add_once = [](std::vector<std::string>& to, std::unordered_set<std::string>& seen,
                             std::vector<std::string>& from) {
        std::vector<std::string> added;
        for (auto& text : from)
            if (seen.insert(model::to_lower(text)).second) {
                to.push_back(text);
                added.push_back(std::move(text));
            }
        from = std::move(added);
    };
    add_once(target.aliases, held.aliases, extension.aliases);
    add_once(target.tags, held.tags, extension.tags);
    // What rests on its entity's sources when written in the entity (no citations of its own,
    // stated or implied) rests on the extension's here.
    const auto own = [&](model::Support support) {
        if (support.sources.empty() && support.basis != model::Basis::Interpretation)
            support.sources = extension.sources;
        return support;
    };
    std::vector<model::Field> added_fields;
    for (const auto& field : extension.fields) {
        auto existing = std::find_if(target.fields.begin(), target.fields.end(),
                                     [&](const model::Field& f) { return f.name == field.name; });
        if (existing == target.fields.end()) {
            model::Field empty{field.name, field.value, field.where, {}, {}};
            empty.value.items.clear();
            target.fields.push_back(std::move(empty));
            existing = std::prev(target.fields.end());
        }
        model::Field added{field.name, field.value, field.where, field.support, {}};
        added.value.items.clear();
        auto& seen = held.items[field.name];
        auto& items = existing->value.items;
        for (std::size_t i = 0; i < field.value.items.size(); ++i) {
            if (!seen.insert(model::to_lower(field.value.items[i])).second)
                continue;
            // Every item gets its support written out once one has its own.
            existing->item_support.resize(items.size());
            // Where an added item is written is in another file than the field's: not known.
            if (existing->item_at.size() == items.size())
                existing->item_at.emplace_back();
            else
                existing->item_at.clear();
            items.push_back(field.value.items[i]);
            existing->item_support.push_back(own(model::item_support(field, i)));
            added.value.items.push_back(field.value.items[i]);
            added.item_support.push_back(model::item_support(field, i));
            if (field.item_at.size() == field.value.items.size())
                added.item_at.push_back(field.item_at[i]);
        }
        if (!added.value.items.empty())
            added_fields.push_back(std::move(added));
    }
    extension.fields = std::move(added_fields);
    std::vector<model::Link> added_links;
    for (auto& link : extension.links)
        if (held.links.insert(link.relation + '\n' + link.target).second) {
            target.links.push_back({link.relation, link.target, link.where, own(link.support)});
            added_links.push_back(std::move(link));
        }
    extension.links = std::move(added_links);
    target.extensions.push_back(std::move(extension));
}

/// Merges each extension, in the order loaded, into the entity of its kind and id; one that
/// names no entity is an error at its `extends`.
void extend_entities(std::vector<model::Entity>& entities, std::vector<model::Entity> extensions,
                     model::Diagnostics& diagnostics) {
    if (extensions.empty())
        return;
    std::unordered_map<std::string, std::size_t> at; // kind and id: the first entity of them
    for (std::size_t i = 0; i < entities.size(); ++i)
        at.try_emplace(entities[i].kind + '\n' + entities[i].id, i);
    std::unordered_map<std::size_t, Held> held; // of each entity extended
    std::size_t unknown = 0;
    for (auto& extension : extensions) {
        // The id in any case, as names are typed (ids are lower-case).
        const auto found = at.find(extension.kind + '\n' + model::to_lower(extension.id));
        if (found != at.end()) {
            model::Entity& target = entities[found->second];
            auto slot = held.find(found->second);
            if (slot == held.end())
                slot = held.emplace(found->second, Held(target)).first;
            extend(target, slot->second, std::move(extension));
            continue;
        }
        std::string message = fmt::format("extends unknown {} '{}'", extension.kind, extension.id);
        // A misspelling, not a paragraph; and past the 100th, messages leave their suggestions
        // out, as elsewhere (each costs a look at every entity).
        if (extension.id.size() <= 128 && ++unknown <= k_max_file_diagnostics) {
            std::vector<std::string> ids;
            for (const auto& entity : entities)
                if (entity.kind == extension.kind)
                    ids.push_back(entity.id);
            if (const std::string hint = model::did_you_mean(model::closest(extension.id, ids));
                !hint.empty())
                message += "; " + hint;
        }
        diagnostics.push_back({extension.where, model::Severity::Error, message});
    }
    for (const auto& entry : held)
        entities[entry.first].index_fields();
}

/// Each file's aliases are bounded by its own size, but that bound has 64 KiB to spare, so
/// many small files could still grow the knowledge a hundredfold (5,000 files of 1.4 KB made
/// 305 MiB). Over all the files together, aliases may copy no more text than the files hold
/// and 64 KiB; counted in the order files are read (schemas and vocabularies first), so the
/// file that passes the limit is the same on every run. It gets the error, and what it holds
/// is not read.
class AliasBudget {
public:
    explicit AliasBudget(const std::vector<Folder>& folders) {
        std::size_t total_bytes = 0;
        for (const auto& folder : folders)
            for (const auto& file : folder.files)
                total_bytes += file.content.size();
        m_limit = total_bytes + k_alias_slack;
    }

    /// Whether a file whose aliases copy `alias_bytes` passes the limit (an error into
    /// `diagnostics`, at its first alias); else its bytes are counted.
    bool too_much(std::size_t alias_bytes, const model::Location& first,
                  model::Diagnostics& diagnostics) {
        if (alias_bytes == 0)
            return false;
        if (m_used + alias_bytes <= m_limit) {
            m_used += alias_bytes;
            return false;
        }
        diagnostics.push_back(
            {first, model::Severity::Error,
             fmt::format("too much text made by aliases: this file's aliases copy {} bytes, and "
                         "with those of the files before it the knowledge's aliases would copy "
                         "more than {} bytes (the size of all its files and 64 KiB); the file "
                         "is not read",
                         alias_bytes, m_limit)});
        return true;
    }

private:
    std::size_t m_limit = 0;
    std::size_t m_used = 0;
};

/// Reads every folder's schema.yaml and vocabulary.yaml, hashed into `result`. The user's
/// own folder is read last: a kind or relation it defines that a named folder defines too,
/// differently, is then its error, so that its schema is left out rather than a named
/// folder's stopping every command.
void read_schemas(const std::vector<Folder>& folders, AliasBudget& aliases, LoadResult& result,
                  model::Schema& schema, model::Vocabulary& vocabulary) {
    std::vector<const Folder*> schema_order;
    for (const auto& folder : folders)
        if (folder.origin != model::k_user_origin)
            schema_order.push_back(&folder);
    for (const auto& folder : folders)
        if (folder.origin == model::k_user_origin)
            schema_order.push_back(&folder);
    for (const Folder* folder : schema_order) {
        for (const auto& file : folder->files) {
            if (file.relative != k_schema_file && file.relative != k_vocabulary_file)
                continue;
            hash_bytes(result.content_hash, file.relative);
            hash_bytes(result.content_hash, file.content);
            result.file_hashes.emplace(file.path, hash_of(file.content));
            YamlParse parse = parse_yaml(file.path, file.content);
            result.diagnostics.insert(result.diagnostics.end(), parse.diagnostics.begin(),
                                      parse.diagnostics.end());
            if (aliases.too_much(parse.alias_bytes, parse.first_alias, result.diagnostics))
                continue;
            for (const auto& document : parse.documents) {
                if (file.relative == k_schema_file)
                    read_schema(document, schema, result.diagnostics);
                else
                    read_vocabulary(document, vocabulary, result.diagnostics);
            }
        }
    }
    if (schema.kinds.empty())
        result.diagnostics.push_back(
            {{}, model::Severity::Error, "no kinds are defined: no schema.yaml declares any"});
    check_schema(schema, result.diagnostics);
    // The citation kind may be named by its plural or an alias; keep its name.
    if (const model::KindDef* kind = schema.find_kind(schema.citation_kind))
        schema.citation_kind = kind->name;
}

/// One entity file to read, and what reading it gave.
struct Job {
    const SourceFile* file = nullptr;
    std::size_t folder = 0;
    /// schema.yaml or vocabulary.yaml when the file is named like one but is not read as one
    /// (below the root, or spelt otherwise); else empty.
    std::string meant;
    model::Diagnostics diagnostics;
    std::vector<model::Entity> entities;
    std::vector<model::Entity> extensions; ///< `extends:` documents, merged once all are read
    std::uint64_t hash = k_fnv_basis;
    std::size_t alias_bytes = 0;
    model::Location first_alias;
};

/// A job for every entity file of `folders`, in order; `bytes`: what they hold together.
std::vector<Job> entity_jobs(const std::vector<Folder>& folders, std::size_t& bytes) {
    std::vector<Job> jobs;
    bytes = 0;
    for (std::size_t f = 0; f < folders.size(); ++f)
        for (const auto& file : folders[f].files) {
            if (file.relative == k_schema_file || file.relative == k_vocabulary_file)
                continue;
            // Read as entities, a schema in a subfolder got "missing required key 'kind'"
            // for every document; an entity file of that name is read as any other.
            // So was one spelt otherwise (schema.yml, Schema.yaml): it is read as entities, and
            // only its documents without a 'kind' get the hint.
            const std::filesystem::path path(file.relative);
            const std::string spelt = model::to_lower(path.stem().string()) + ".yaml";
            const bool misplaced = spelt == k_schema_file || spelt == k_vocabulary_file;
            Job job;
            job.file = &file;
            job.folder = f;
            job.meant = misplaced ? spelt : std::string();
            jobs.push_back(std::move(job));
            bytes += file.content.size();
        }
    return jobs;
}

/// The error of a document without a 'kind' in a file named like a schema or vocabulary.
model::Diagnostic misplaced_error(const Job& job, const YamlNode& document) {
    const std::filesystem::path path(job.file->relative);
    const std::string name = path.filename().string();
    const std::string& meant = job.meant;
    return {document.where, model::Severity::Error,
            name == meant
                ? fmt::format("a {} is read only at the root of a knowledge folder; "
                              "move it there or rename it",
                              name)
                : fmt::format("'{}' is read as entities: a {} is read only under "
                              "that exact name, at the root of a knowledge folder; "
                              "rename it{}",
                              name, meant, path.has_parent_path() ? " and move it there" : "")};
}

/// Parses one entity file and reads its documents as entities and extensions.
void read_job(Job& job, const model::Schema& schema) {
    hash_bytes(job.hash, job.file->content);
    YamlParse parse = parse_yaml(job.file->path, job.file->content);
    job.diagnostics = std::move(parse.diagnostics);
    job.alias_bytes = parse.alias_bytes;
    job.first_alias = parse.first_alias;
    for (const auto& document : parse.documents) {
        // Past this many, more say nothing new and only cost memory (10,000 bad documents a
        // file in 400 files were 4 million messages and 1.5 GB).
        if (job.diagnostics.size() >= k_max_file_diagnostics) {
            job.diagnostics.push_back({document.where, model::Severity::Error,
                                       fmt::format("{} errors in this file: the rest of it is "
                                                   "not read",
                                                   k_max_file_diagnostics)});
            break;
        }
        if (!job.meant.empty() && document.is_map() && document.find("kind") == nullptr) {
            job.diagnostics.push_back(misplaced_error(job, document));
            break;
        }
        const bool extension = is_extension(document);
        if (auto entity = read_entity(document, schema, job.diagnostics))
            (extension ? job.extensions : job.entities).push_back(std::move(*entity));
    }
}

} // namespace

LoadResult load_folders(const std::vector<Folder>& folders) {
    LoadResult result;
    result.content_hash = k_fnv_basis;
    model::Schema schema;
    model::Vocabulary vocabulary;
    AliasBudget aliases(folders);
    read_schemas(folders, aliases, result, schema, vocabulary);

    // Parsing is most of the cost: the entity files are parsed and read on every core,
    // each into its own slot, then gathered in order so that the result is the same.
    std::size_t bytes = 0;
    std::vector<Job> jobs = entity_jobs(folders, bytes);
    std::atomic<std::size_t> next{0};
    auto work = [&]() {
        for (std::size_t i = next++; i < jobs.size(); i = next++)
            read_job(jobs[i], schema);
    };
    // yaml-cpp reads about 8 MB/s: 125 ns a byte.
    run_in_parallel(work, threads_for(jobs.size(), jobs.empty() ? 0 : bytes / jobs.size() * 125));

    // The entity files' aliases, against the same limit, in order.
    for (auto& job : jobs)
        if (aliases.too_much(job.alias_bytes, job.first_alias, job.diagnostics)) {
            job.entities.clear();
            job.extensions.clear();
        }

    std::vector<model::Entity> entities;
    std::vector<model::Entity> extensions;
    std::vector<model::FolderInfo> infos;
    for (const auto& folder : folders)
        infos.push_back({folder.name, folder.origin, 0});
    for (auto& job : jobs) {
        hash_bytes(result.content_hash, job.file->relative);
        hash_bytes(result.content_hash,
                   std::string_view(reinterpret_cast<const char*>(&job.hash), sizeof job.hash));
        result.file_hashes.emplace(job.file->path, job.hash);
        result.diagnostics.insert(result.diagnostics.end(),
                                  std::make_move_iterator(job.diagnostics.begin()),
                                  std::make_move_iterator(job.diagnostics.end()));
        for (auto& entity : job.entities) {
            entity.folder = folders[job.folder].name;
            entities.push_back(std::move(entity));
            ++infos[job.folder].entities;
        }
        for (auto& extension : job.extensions) {
            extension.folder = folders[job.folder].name;
            extensions.push_back(std::move(extension));
        }
    }
    extend_entities(entities, std::move(extensions), result.diagnostics);
    result.kb = model::KnowledgeBase(std::move(schema), std::move(entities), std::move(infos),
                                     std::move(vocabulary));
    return result;
}

std::uint64_t hash_of(std::string_view bytes) {
    std::uint64_t hash = k_fnv_basis;
    hash_bytes(hash, bytes);
    return hash;
}

std::uint64_t embedded_hash() {
    std::uint64_t hash = k_fnv_basis;
    for (const auto& file : embedded_files()) {
        hash_bytes(hash, file.path);
        hash_bytes(hash, file.content);
    }
    return hash;
}

namespace {

/// The warning for what the user's own folder holds but cannot be read: left out.
std::string left_out(const std::string& problem) {
    return problem + "; going on without it";
}

} // namespace

KnowledgeScan scan_knowledge(const SearchOptions& options) {
    KnowledgeScan scan;
    scan.builtin = options.builtin;
    scan.max_file_bytes = options.max_file_bytes;
    std::set<std::filesystem::path> seen;
    std::set<std::pair<std::uint64_t, std::uint64_t>> seen_files; // device, inode
    const std::unordered_set<std::string> skip(options.skip.begin(), options.skip.end());
    std::optional<std::filesystem::path> user_canonical; // where the user's folder was read
    for (const auto& spec : knowledge_path(options)) {
        // The user's own folder is looked for, not named: one that is not there is fine, one
        // that is no folder or cannot be read is passed over with a warning.
        if (!spec.required) {
            const UserFolder user = examine_user_folder(spec.dir);
            if (user.state == UserFolder::State::LeftOut)
                scan.warnings.push_back(user.warning);
            if (user.state != UserFolder::State::Folder || options.skip_user_folder)
                continue;
        }
        std::error_code ec;
        if (spec.required && !std::filesystem::is_directory(spec.dir, ec)) {
            scan.io_errors.push_back(fmt::format(
                "{}: {} (from {})", spec.dir,
                std::filesystem::exists(spec.dir, ec) ? "not a directory" : "no such directory",
                spec.origin));
            continue;
        }
        // The same folder named twice (say in AISTRAT_KB and --kb) is loaded once. The user's
        // folder named again, with --kb or AISTRAT_KB, is named: as strict as they are.
        const auto canonical = std::filesystem::canonical(spec.dir, ec);
        if (!seen.insert(canonical).second) {
            if (spec.required && user_canonical && *user_canonical == canonical)
                for (auto& folder : scan.folders)
                    if (!folder.required) {
                        folder.required = true;
                        folder.origin = spec.origin;
                    }
            continue;
        }
        if (!spec.required)
            user_canonical = canonical;
        // In the user's own folder, what cannot be read is left out with a warning, as the
        // folder is when it cannot be read at all.
        std::vector<std::string> unread;
        FolderScan folder =
            scan_folder(spec.dir, spec.origin, spec.required ? scan.io_errors : unread);
        folder.required = spec.required;
        scan.warnings.insert(scan.warnings.end(), folder.warnings.begin(), folder.warnings.end());
        for (const auto& problem : unread)
            scan.warnings.push_back(left_out(problem));
        // A file is loaded once, from the first folder that holds it: folders that overlap
        // (--kb k --kb k/sub) or a hard link would otherwise load it twice and report its
        // entities as duplicates of themselves.
        std::erase_if(folder.files, [&](const FileStat& file) {
            return file.regular && file.inode != 0 &&
                   !seen_files.insert({file.device, file.inode}).second;
        });
        if (!spec.required && !skip.empty())
            std::erase_if(folder.files,
                          [&](const FileStat& file) { return skip.contains(file.path); });
        scan.folders.push_back(std::move(folder));
        scan.canonical.push_back(canonical.string());
    }
    return scan;
}

LoadResult load_scanned(const KnowledgeScan& scan) {
    std::vector<Folder> folders{embedded_folder(!scan.builtin)};
    if (!scan.builtin)
        folders.front().name = "<builtin schema>";
    model::Diagnostics read_diagnostics;
    std::vector<std::string> io_errors = scan.io_errors;
    std::vector<std::string> unread;
    for (const auto& folder : scan.folders)
        folders.push_back(read_scanned(
            folder, read_diagnostics, folder.required ? io_errors : unread, {scan.max_file_bytes}));
    LoadResult result = load_folders(folders);
    for (const auto& problem : unread)
        result.warnings.push_back(left_out(problem));
    result.diagnostics.insert(result.diagnostics.begin(), read_diagnostics.begin(),
                              read_diagnostics.end());
    result.io_errors = std::move(io_errors);
    return result;
}

LoadResult load_knowledge(const SearchOptions& options) {
    return load_scanned(scan_knowledge(options));
}

} // namespace aistrat::load
