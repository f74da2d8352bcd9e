// Reads a `vocabulary.yaml` document: stop words, cues and synonyms for questions.
#pragma once

#include "load/yaml_tree.hpp"
#include "model/vocabulary.hpp"

namespace aistrat::load {

/// The most words or phrases one synonym group may have.
constexpr std::size_t k_max_synonyms = 32;
/// The most words one synonym phrase may have ("artificial intelligence" has two).
constexpr std::size_t k_max_synonym_words = 8;

/// Reads `document` and appends its words to `vocabulary`, every problem a diagnostic.
void read_vocabulary(const YamlNode& document, model::Vocabulary& vocabulary,
                     model::Diagnostics& diagnostics);

} // namespace aistrat::load
