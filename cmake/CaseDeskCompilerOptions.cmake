# Compiler and linker settings shared by every CaseDesk target, applied through
# the casedesk_options interface library so each target opts in by linking it.

find_program(CCACHE_EXECUTABLE ccache)
if(CCACHE_EXECUTABLE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    # Precompiled headers only hit the cache with these sloppiness settings.
    set(CMAKE_CXX_COMPILER_LAUNCHER
        ${CMAKE_COMMAND} -E env CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
        ${CCACHE_EXECUTABLE})
endif()

add_library(casedesk_options INTERFACE)

target_compile_definitions(casedesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)

target_compile_options(casedesk_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough
    -fstack-protector-strong -fstack-clash-protection -fcf-protection
    # _FORTIFY_SOURCE needs optimisation; at -O0 it only produces a warning.
    $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>)

target_link_options(casedesk_options INTERFACE
    -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -Wl,--as-needed)

if(CASEDESK_WARNINGS_AS_ERRORS)
    target_compile_options(casedesk_options INTERFACE -Werror)
endif()

if(CASEDESK_SANITIZE)
    target_compile_options(casedesk_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(casedesk_options INTERFACE -fsanitize=address,undefined)
endif()

# Qt's headers are the bulk of every translation unit; one shared precompiled header
# saves most of the compile time on a two-core machine.
set(CASEDESK_PCH_CORE "${CMAKE_CURRENT_LIST_DIR}/pch/casedesk_pch_core.h")
set(CASEDESK_PCH_WIDGETS "${CMAKE_CURRENT_LIST_DIR}/pch/casedesk_pch_widgets.h")

# casedesk_target(NAME [WIDGETS]) applies the shared options and the matching header.
function(casedesk_target name)
    cmake_parse_arguments(arg "WIDGETS" "" "" ${ARGN})
    target_link_libraries(${name} PRIVATE casedesk_options)
    if(arg_WIDGETS)
        target_precompile_headers(${name} PRIVATE "${CASEDESK_PCH_WIDGETS}")
    else()
        target_precompile_headers(${name} PRIVATE "${CASEDESK_PCH_CORE}")
    endif()
endfunction()
