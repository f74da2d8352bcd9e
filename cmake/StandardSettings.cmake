# Warnings and sanitizers as INTERFACE targets that every aistrat target links to.
add_library(aistrat_warnings INTERFACE)
target_compile_options(aistrat_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough
  $<$<BOOL:${AISTRAT_WERROR}>:-Werror>)

add_library(aistrat_sanitizers INTERFACE)
if(AISTRAT_SANITIZE)
  target_compile_options(aistrat_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(aistrat_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

add_library(aistrat_settings INTERFACE)
target_link_libraries(aistrat_settings INTERFACE aistrat_warnings aistrat_sanitizers)
