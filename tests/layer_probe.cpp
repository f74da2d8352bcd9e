// Compiled by the ctests lint/wrong-way-include (with the model layer's include folder, where
// it must fail: model may not include query) and lint/right-way-include (with query's, where
// it builds): the build itself, not only a lint, refuses an include against the layers.
#include "query/ask.hpp"
