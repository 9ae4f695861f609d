# One INTERFACE target carries the compile policy for every target we build.
add_library(novbe_policy INTERFACE)
target_compile_features(novbe_policy INTERFACE cxx_std_20)
target_compile_definitions(novbe_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH)
target_compile_options(novbe_policy INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
    -Woverloaded-virtual -Wformat=2)
# Warnings fail the build where it matters: scripts/test.sh (and so CI) turns this on.
option(NOVBE_WERROR "Treat compiler warnings as errors" OFF)
if(NOVBE_WERROR)
    target_compile_options(novbe_policy INTERFACE -Werror)
endif()
