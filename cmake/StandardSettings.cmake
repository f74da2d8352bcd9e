# Warnings and sanitizers as INTERFACE targets that every aistrat target links to.
add_library(aistrat_warnings INTERFACE)
target_compile_options(aistrat_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough
  $<$<BOOL:${AISTRAT_WERROR}>:-Werror>
  # GCC 12 reports false positives inside libstdc++'s std::string at -O2 (GCC bugs 105329
  # and 105651); they say nothing about our code.
  $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict -Wno-maybe-uninitialized>)

add_library(aistrat_sanitizers INTERFACE)
if(AISTRAT_FUZZ)
  # Instrument every library for coverage-guided fuzzing, with the sanitizers on.
  target_compile_options(aistrat_sanitizers INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  target_link_options(aistrat_sanitizers INTERFACE -fsanitize=address,undefined)
elseif(AISTRAT_SANITIZE)
  target_compile_options(aistrat_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(aistrat_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

add_library(aistrat_settings INTERFACE)
target_link_libraries(aistrat_settings INTERFACE aistrat_warnings aistrat_sanitizers)
