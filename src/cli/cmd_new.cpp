// `aistrat new KIND ID` prints a template entity; `aistrat init DIR` makes a knowledge folder
// with a README and one example of each kind. Both check clean as they are.
#include "cache/temporary.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "load/folder.hpp"
#include "load/search_path.hpp"
#include "model/number.hpp"
#include "model/text.hpp"
#include "render/display_width.hpp"
#include "report/scaffold.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <signal.h>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace aistrat::cli {

namespace {

/// `word` as the shell reads it back: as it is when it holds no character the shell
/// treats specially, else in single quotes.
std::string shell_word(const std::string& word) {
    if (word.starts_with('-')) // else an option to the command
        return shell_word("./" + word);
    const bool plain = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
               std::string_view("_./-+:,@%=").find(c) != std::string_view::npos;
    });
    if (plain)
        return word;
    // A name with what the terminal must not get raw (a control or format character, bytes
    // that are not UTF-8) is written in bash's $'...' form, each such byte as \xHH: shown
    // safely, and still the name when run.
    if (render::sanitize_line(word) != word) {
        std::string out = "$'";
        for (const char c : word) {
            const auto byte = static_cast<unsigned char>(c);
            if (c == '\\' || c == '\'')
                out += std::string("\\") + c;
            else if (byte < 0x20 || byte >= 0x7f)
                out += fmt::format("\\x{:02x}", byte);
            else
                out += c;
        }
        return out + "'";
    }
    std::string out = "'";
    for (const char c : word)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

/// A file as the file system knows it, whatever its name.
struct FileId {
    dev_t dev = 0;
    ino_t ino = 0;
    off_t size = 0;
    timespec modified{}; ///< as written: an edit in place changes it
};

/// Holds back every signal that can be held while it lives: a run asked to stop finishes
/// taking back its files first, then stops.
class SignalsHeld {
public:
    SignalsHeld() {
        sigset_t all;
        ::sigfillset(&all);
        ::sigprocmask(SIG_BLOCK, &all, &m_before);
    }
    SignalsHeld(const SignalsHeld&) = delete;
    SignalsHeld& operator=(const SignalsHeld&) = delete;
    ~SignalsHeld() { ::sigprocmask(SIG_SETMASK, &m_before, nullptr); }

private:
    sigset_t m_before{};
};

/// The folder `init` writes into, open, so that every file is made inside it whatever
/// happens to the path meanwhile.
class Folder {
public:
    /// `refusal`: what the error for a file that exists already says after its name.
    Folder(const std::string& path, std::string refusal)
        : m_path(path), m_refusal(std::move(refusal)) {
        m_fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (m_fd < 0)
            throw Failure(ExitCode::Io,
                          fmt::format("cannot open {}: {}", path, std::strerror(errno)));
    }
    Folder(const Folder&) = delete;
    Folder& operator=(const Folder&) = delete;
    ~Folder() { ::close(m_fd); }

    /// True when `name` exists in the folder, as anything (a link is not followed).
    bool holds(const std::string& name) const {
        struct stat st {};
        return ::fstatat(m_fd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0;
    }

    /// Makes `name` with `text`, never through a link, never over a file and never
    /// half-written: the text goes to a new file beside it first (a failed write removes it),
    /// which is then linked to `name`; that fails if `name` exists in any form.
    /// Returns the file's identity, for remove().
    FileId write(const std::string& name, const std::string& text) const {
        // What is there already is said so first, whatever writing would have met (a full
        // disk, a folder that cannot be written).
        if (holds(name))
            throw exists(name);
        // From the temporary file's making to its removal, a signal waits: a run stopped
        // there (Ctrl-C) would leave it behind.
        const SignalsHeld held;
        std::string temporary;
        int fd = -1;
        for (int attempt = 0; fd < 0; ++attempt) {
            temporary = cache::temporary_name("." + name, static_cast<std::uint64_t>(attempt));
            fd = ::openat(m_fd, temporary.c_str(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
            if (fd < 0 && (errno != EEXIST || attempt == 100))
                throw io_error(name);
        }
        try {
            fill(fd, name, text);
        } catch (...) {
            ::unlinkat(m_fd, temporary.c_str(), 0);
            throw;
        }
        struct stat made {};
        ::fstatat(m_fd, temporary.c_str(), &made, AT_SYMLINK_NOFOLLOW);
        const bool placed = ::linkat(m_fd, temporary.c_str(), m_fd, name.c_str(), 0) == 0;
        const int error = errno;
        ::unlinkat(m_fd, temporary.c_str(), 0);
        if (placed)
            return {made.st_dev, made.st_ino, made.st_size, made.st_mtim};
        if (error == EEXIST)
            throw exists(name);
        errno = error;
        throw io_error(name);
    }

    /// Removes what a killed run left: an empty temporary file (`cache::temporary_name`) of
    /// `.NAME` for a NAME in `names`, this user's, whose run is over (`cache::in_progress`).
    /// A file under such a name that holds anything is left alone: it may be the user's.
    void remove_stale(const std::vector<std::string>& names) const {
        const std::set<std::string, std::less<>> ours(names.begin(), names.end());
        const int fd = ::dup(m_fd);
        DIR* dir = fd < 0 ? nullptr : ::fdopendir(fd);
        if (dir == nullptr) {
            if (fd >= 0)
                ::close(fd);
            return;
        }
        ::rewinddir(dir);
        std::vector<std::string> stale;
        const auto now = std::time(nullptr);
        while (const dirent* entry = ::readdir(dir)) {
            const std::string_view file = entry->d_name;
            const auto final_name = cache::final_name_of(file);
            if (!final_name || !final_name->starts_with('.') ||
                ours.count(final_name->substr(1)) == 0)
                continue;
            struct stat st {};
            if (::fstatat(m_fd, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 ||
                !S_ISREG(st.st_mode) || st.st_size != 0 || st.st_uid != ::geteuid())
                continue;
            if (!cache::in_progress(file, std::chrono::seconds(now - st.st_mtim.tv_sec)))
                stale.emplace_back(file);
        }
        ::closedir(dir);
        // Checked again where it was moved to: a file saved under the name since the scan
        // is the user's.
        const auto empty_and_mine = [](const struct stat& st) {
            return S_ISREG(st.st_mode) && st.st_size == 0 && st.st_uid == ::geteuid();
        };
        for (const auto& file : stale)
            if (const std::string warning = take_back(file, empty_and_mine); !warning.empty())
                write_stderr(fmt::format("aistrat: warning: {}\n", warning));
    }

    /// Removes `name` from the folder if it is still the file `id` this run made: one saved
    /// under that name meanwhile is the user's. Checking the name and then unlinking it would
    /// delete a file saved between the two, so the file is first moved aside, atomically, to
    /// a name of this run's own, and checked there: this run's file is then removed; the
    /// user's is put back, never over a file saved under the name since. Returns a warning
    /// when it could not be put back (it stays under the name it was moved to).
    std::string remove(const std::string& name, FileId id) const {
        return take_back(name, [&](const struct stat& st) {
            return st.st_dev == id.dev && st.st_ino == id.ino && st.st_size == id.size &&
                   st.st_mtim.tv_sec == id.modified.tv_sec &&
                   st.st_mtim.tv_nsec == id.modified.tv_nsec;
        });
    }

    Failure exists(const std::string& name) const {
        return {ExitCode::Usage,
                fmt::format("{}/{} exists already; {}", render::sanitize_line(m_path),
                            render::sanitize_line(name), m_refusal)};
    }

private:
    /// Deletes `name` if what is there passes `ours`: moved aside to a name of this run's
    /// own first (atomically, never over a file), checked there, then deleted, or put back
    /// (never over a file saved under the name since). A signal that would end the run waits
    /// until the file is back. Returns a warning when it could not be put back.
    template <typename Check>
    std::string take_back(const std::string& name, Check ours) const {
        const SignalsHeld held;
        std::string warning;
        std::string aside;
        for (int attempt = 0;; ++attempt) {
            aside = cache::temporary_name(name.starts_with('.') ? name : "." + name,
                                          static_cast<std::uint64_t>(1000 + attempt));
            if (::renameat2(m_fd, name.c_str(), m_fd, aside.c_str(), RENAME_NOREPLACE) == 0)
                break;
            // Gone, or a file system that cannot move without replacing: left as it is.
            if (errno != EEXIST || attempt == 100) {
                aside.clear();
                break;
            }
        }
        struct stat st {};
        if (aside.empty()) {
        } else if (::fstatat(m_fd, aside.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && ours(st)) {
            ::unlinkat(m_fd, aside.c_str(), 0);
        } else if (::renameat2(m_fd, aside.c_str(), m_fd, name.c_str(), RENAME_NOREPLACE) != 0) {
            warning = fmt::format("a file saved as {0}/{1} while init ran is now {0}/{2}",
                                  render::sanitize_line(m_path), render::sanitize_line(name),
                                  render::sanitize_line(aside));
        }
        return warning;
    }

    Failure io_error(const std::string& name) const {
        return {ExitCode::Io,
                fmt::format("cannot write {}/{}: {}", m_path, name, std::strerror(errno))};
    }

    void fill(int fd, const std::string& name, const std::string& text) const {
        std::size_t done = 0;
        while (done < text.size()) {
            const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                const Failure failure = io_error(name);
                ::close(fd);
                throw failure;
            }
            done += static_cast<std::size_t>(n);
        }
        if (::close(fd) != 0)
            throw io_error(name);
    }

    std::string m_path;
    std::string m_refusal;
    int m_fd = -1;
};

/// Makes the file `path` with `text`, never over a file and never through a link.
void write_new_file(const std::string& path, const std::string& text) {
    namespace fs = std::filesystem;
    const fs::path file(path);
    const std::string name = file.filename().string();
    if (name.empty() || name == "." || name == "..")
        throw Failure(ExitCode::Usage, fmt::format("--output needs a file name, not the folder {}",
                                                   render::sanitize_line(path)));
    // A name the loader never reads as entities would hold a template nobody sees, or break
    // the folder: refused before anything is written.
    const auto refuse = [&](std::string_view why) {
        throw Failure(ExitCode::Usage,
                      fmt::format("--output {}: {}", render::sanitize_line(path), why));
    };
    if (name.front() == '.')
        refuse("a hidden file is never loaded; give a name that does not start with '.'");
    if (!load::is_yaml(name))
        refuse("only .yaml and .yml files are loaded; give a name that ends in .yaml");
    if (name == load::k_schema_file || name == load::k_vocabulary_file)
        refuse(fmt::format("{} is where a folder's {} is read from, not entities; give another "
                           "name",
                           name, name == load::k_schema_file ? "schema" : "vocabulary"));
    const std::string dir = file.has_parent_path() ? file.parent_path().string() : ".";
    const Folder folder(dir, "");
    try {
        folder.write(name, text);
    } catch (const Failure& failure) {
        if (failure.code() != ExitCode::Usage)
            throw;
        throw Failure(ExitCode::Usage,
                      fmt::format("{} exists already; new replaces no file: choose another "
                                  "name, or remove it first",
                                  render::sanitize_line(path)));
    }
}

} // namespace

Command add_new(CLI::App& parent) {
    auto kind = std::make_shared<std::string>();
    auto id = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    CLI::App* app = parent.add_subcommand("new", "Print a template entity of a kind, to fill in");
    app->add_option("KIND", *kind, "The kind")->required();
    app->add_option("ID", *id, "Its id: lower-case kebab-case")->required();
    app->add_option("-o,--output", *output,
                    "Write it to FILE, a new file (never over one, nor through a link)")
        ->type_name("FILE");
    app->footer(
        "Examples:\n"
        "  aistrat new opportunity my-idea -o ~/.local/share/aistrat/knowledge/my-idea.yaml\n"
        "  aistrat new country vietnam\n"
        "\nWith -o, a file that exists is never replaced; with '> FILE' the shell empties it\n"
        "before aistrat runs, and an entity saved there is lost.");
    return {app, [app, kind, id, output](Context& ctx) {
                ctx.text_only("new");
                const auto& kb = ctx.knowledge();
                const model::KindDef& def = require_kind(kb, *kind);
                if (!model::is_kebab_case(*id))
                    throw Failure(
                        ExitCode::Usage,
                        fmt::format(
                            "id '{}' must be lower-case kebab-case (a-z, 0-9 and single hyphens)",
                            *id));
                if (kb.find(def.name, *id) != nullptr)
                    throw Failure(ExitCode::Usage,
                                  fmt::format("{} '{}' exists already", def.name, *id));
                // An id is a name too: one that is another entity's number (new pillar 1)
                // would not check.
                for (const model::FieldDef& field : def.fields) {
                    if (!field.identifies)
                        continue;
                    const bool numeric = model::is_numeric(field.type);
                    const std::string key = numeric ? model::number_key(*id) : model::to_lower(*id);
                    if (key.empty())
                        continue;
                    for (const model::Entity* e : kb.of_kind(def.name))
                        if (const auto* value = e->field(field.name);
                            value != nullptr &&
                            (numeric ? model::number_key(value->value.text)
                                     : model::to_lower(value->value.text)) == key)
                            throw Failure(ExitCode::Usage,
                                          fmt::format("'{}' is the {} of {} '{}' already, and an "
                                                      "id must name one entity; choose another",
                                                      *id, field.name, def.name, e->id));
                }
                const std::string text = report::entity_template(kb, def, *id);
                if (app->get_option("--output")->count() > 0) {
                    if (output->empty())
                        throw Failure(ExitCode::Usage, "--output needs a value; '' is none");
                    write_new_file(*output, text);
                    write_stdout(fmt::format("wrote {}\n", render::sanitize_line(*output)));
                } else {
                    write_stdout(text);
                }
                return ExitCode::Ok;
            }};
}

Command add_init(CLI::App& parent) {
    auto dir = std::make_shared<std::string>();
    auto force = std::make_shared<bool>(false);
    CLI::App* app =
        parent.add_subcommand("init", "Make a knowledge folder with an example of each kind");
    app->add_option("DIR", *dir, "The folder to make (it must not hold YAML files yet)")
        ->required();
    app->add_flag("--force", *force,
                  "Write into a folder that holds YAML files or some of the files init writes "
                  "(README.md, example-KIND.yaml), adding those that are missing and keeping "
                  "the others as they are");
    app->footer("Examples:\n  aistrat init my-knowledge && aistrat check --kb my-knowledge\n"
                "\nNo file is ever replaced, --force or not, and none written through a symbolic "
                "link.");
    return {
        app, [dir, force](Context& ctx) {
            ctx.text_only("init");
            namespace fs = std::filesystem;
            if (dir->empty())
                throw Failure(ExitCode::Usage, "the folder name is empty");
            const auto& kb = ctx.knowledge();
            // The folders this run read its kinds from: without them, a kind that only their
            // schema defines would be unknown to the check. The README's command is run in the
            // folder, so it names them by their absolute paths.
            const load::SearchOptions search = ctx.search_options();
            std::string folders = search.builtin ? "" : " --no-builtin";
            std::string absolute_folders = folders;
            for (const auto& kb_dir : search.kb_dirs) {
                folders += " --kb " + shell_word(kb_dir);
                std::error_code error;
                const fs::path path = fs::absolute(kb_dir, error);
                absolute_folders +=
                    " --kb " + shell_word(error ? kb_dir : path.lexically_normal().string());
            }
            // Every file first, so that a refusal writes nothing.
            std::vector<std::pair<std::string, std::string>> files{
                {"README.md", report::folder_readme(absolute_folders)}};
            const auto example_id = [&](const std::string& kind) {
                const std::string id = "example-" + kind;
                return kb.find(kind, id) == nullptr ? id : "my-example-" + kind;
            };
            // With no source in the knowledge, the examples cite the example source.
            const std::string& citation_kind = kb.schema().citation_kind;
            const std::string example_source =
                kb.schema().find_kind(citation_kind) != nullptr ? example_id(citation_kind) : "";
            for (const auto& kind : kb.schema().kinds) {
                const std::string id = example_id(kind.name);
                files.emplace_back(id + ".yaml",
                                   report::entity_template(kb, kind, id, example_source));
            }
            std::error_code ec;
            if (fs::exists(*dir, ec) && !fs::is_directory(*dir, ec))
                throw Failure(ExitCode::Usage, fmt::format("{} exists and is not a folder", *dir));
            if (fs::is_directory(*dir, ec) && !*force) {
                // The files the loader would read: hidden entries (.git) do not count.
                std::vector<std::string> io_errors;
                const auto scan = load::scan_folder(*dir, "init", io_errors);
                // A part that cannot be read may hold YAML files: not known to be new.
                if (scan.files.empty() && !io_errors.empty())
                    throw Failure(ExitCode::Io,
                                  fmt::format("cannot tell whether {} holds YAML files already "
                                              "({}); init makes a new folder",
                                              render::sanitize_line(*dir),
                                              render::sanitize_line(io_errors.front())));
                if (!scan.files.empty())
                    throw Failure(ExitCode::Usage,
                                  fmt::format("{} holds YAML files already ({}); init makes a new "
                                              "folder (--force adds the examples anyway)",
                                              *dir, scan.files.front().path));
            }
            // The folders this run makes, outermost first: taken back if init fails.
            std::vector<fs::path> made_dirs;
            fs::path target = fs::path(*dir).lexically_normal();
            if (!target.has_filename()) // a/b/
                target = target.parent_path();
            for (fs::path p = target; !p.empty() && !fs::exists(p, ec); p = p.parent_path()) {
                made_dirs.insert(made_dirs.begin(), p);
                if (p == p.parent_path() || !p.has_relative_path())
                    break;
            }
            // A run stopped from here on takes back what it made, or stops when all is made:
            // never half a folder.
            const SignalsHeld held;
            const auto take_back_dirs = [&made_dirs]() {
                // Only an empty folder goes (rmdir): never anything the user put there.
                for (auto it = made_dirs.rbegin(); it != made_dirs.rend(); ++it)
                    if (::rmdir(it->c_str()) != 0)
                        break;
            };
            fs::create_directories(*dir, ec);
            if (ec) {
                const std::string why = ec.message();
                take_back_dirs();
                throw Failure(ExitCode::Io, fmt::format("cannot make {}: {}", *dir, why));
            }
            std::optional<Folder> opened;
            try {
                opened.emplace(*dir, "init replaces no file (--force adds the files that are "
                                     "missing and keeps it)");
            } catch (...) {
                take_back_dirs();
                throw;
            }
            const Folder& folder = *opened;
            std::vector<std::string> names;
            for (const auto& [name, text] : files)
                names.push_back(name);
            folder.remove_stale(names);
            if (!*force)
                for (const auto& [name, text] : files)
                    if (folder.holds(name))
                        throw folder.exists(name);
            const std::string shown = render::sanitize_line(*dir); // the name is the user's
            std::string made;
            std::string kept;
            std::string readme; // made, not kept
            // A failure half-way (a full disk) takes back the files this run made, so that
            // init can simply be run again.
            std::vector<std::pair<std::string, FileId>> new_files;
            try {
                for (const auto& [name, text] : files) {
                    // With --force, what is there stays: it may be an example the user has
                    // edited since (or a link, left as it is).
                    if (*force && folder.holds(name)) {
                        kept += fmt::format("  {}/{}\n", shown, name);
                        continue;
                    }
                    FileId id;
                    try {
                        id = folder.write(name, text);
                    } catch (const Failure& failure) {
                        // Made meanwhile (by another run, or by the user): kept, as --force
                        // keeps what is there.
                        if (!*force || failure.code() != ExitCode::Usage)
                            throw;
                        kept += fmt::format("  {}/{}\n", shown, name);
                        continue;
                    }
                    new_files.emplace_back(name, id);
                    // The README goes without saying in a new folder, not beside kept files.
                    if (name != "README.md")
                        made += fmt::format("  {}/{}\n", shown, name);
                    else
                        readme = fmt::format("  {}/{}\n", shown, name);
                }
            } catch (...) {
                for (const auto& [name, id] : new_files)
                    if (const std::string warning = folder.remove(name, id); !warning.empty())
                        write_stderr(fmt::format("aistrat: warning: {}\n", warning));
                take_back_dirs();
                throw;
            }
            std::string out =
                kept.empty()
                    ? fmt::format("made {} with a README and one example entity of each kind:\n{}",
                                  shown, made)
                    : fmt::format("added to {} what was missing:\n{}kept as they were (remove "
                                  "one to get init's version back):\n{}",
                                  shown, readme + made == "" ? "  (nothing)\n" : readme + made,
                                  kept);
            out +=
                fmt::format("check it with: aistrat check{} --kb {}\n", folders, shell_word(*dir));
            write_stdout(out);
            return ExitCode::Ok;
        }};
}

} // namespace aistrat::cli
