// The reports a brief is built from: matrix, gaps, compare, profile (country) and brief.
// Each yields a document (text, markdown, html, csv where it is one table) and JSON data.
#pragma once

#include "model/knowledge_base.hpp"
#include "report/document.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace aistrat::report {

struct Report {
    Document document;
    nlohmann::ordered_json data;
};

/// The relations that join kinds `a` and `b`, in either direction.
std::vector<const model::RelationDef*> relations_between(const model::Schema& schema,
                                                         std::string_view a, std::string_view b);

/// Which halves of a Report to build: a large one builds only the half that is printed.
enum class Build { Both, Document, Data };

/// The most cells (rows times columns) a matrix report builds: 250,000 cells take about
/// 50 MB and half a second; past it, a table is no longer something a person reads, and its
/// memory grows with the product of two kinds' sizes.
inline constexpr std::size_t k_max_matrix_cells = 250'000;

/// Entities of `rows` against entities of `cols`: a mark where any of `relations` links
/// them (either way), totals per row and per column, and a legend. Its size is rows times
/// columns, so `build` says whether the document, the data or both are wanted.
Report matrix_report(const model::KnowledgeBase& kb, const model::KindDef& rows,
                     const model::KindDef& cols,
                     const std::vector<const model::RelationDef*>& relations,
                     Build build = Build::Both);

/// For every relation the schema marks `coverage`: the targets nothing links to through it,
/// and the entities of its source kinds that link through none of them.
Report gaps_report(const model::KnowledgeBase& kb);

/// Two entities of one kind side by side, their fields and links as rows; figures that
/// describe them with their units.
Report compare_report(const model::KnowledgeBase& kb, const model::Entity& a,
                      const model::Entity& b);

/// One entity with everything linked to it, grouped by relation (the `country` report).
Report profile_report(const model::KnowledgeBase& kb, const model::Entity& entity);

/// The kinds `brief_report` needs.
const std::vector<std::string>& brief_kinds();

/// The kinds a brief has sections for: strategy, country, opportunity, conclusion (the
/// others in brief_kinds appear inside a strategy's section).
const std::vector<std::string>& brief_section_kinds();

/// How a brief points at its sources.
enum class Citations {
    Numbered, ///< "[1: intro/1]", with a numbered list of references at the end
    Pandoc,   ///< pandoc citations, "[@article, intro/1]", for --citeproc to render
};

/// What a brief covers: every condition given narrows it.
struct BriefOptions {
    std::vector<std::string> kinds;             ///< sections of these kinds only (canonical)
    std::vector<const model::Entity*> entities; ///< these sections only
    const model::Entity* around = nullptr;      ///< sections within `depth` links of it only
    std::size_t depth = 1;
    Citations citations = Citations::Numbered;
};

/// A briefing: strategies with their pillars and priority areas, countries with their
/// figures, opportunities with activities, benefits and links, the conclusion, and
/// references that every sourced section points at; the whole knowledge, or what `options`
/// keeps. With pandoc citations, the references heading ends the document for citeproc to
/// fill.
Report brief_report(const model::KnowledgeBase& kb, const BriefOptions& options = {});

} // namespace aistrat::report
