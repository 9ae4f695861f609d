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
if(NOVBE_WERROR)
    # GCC 12's -Wmaybe-uninitialized misfires on std::variant moves at -O2
    # (Result<RestoredState>); it stays a warning, not an error.
    target_compile_options(novbe_policy INTERFACE -Werror
        $<$<CXX_COMPILER_ID:GNU>:-Wno-error=maybe-uninitialized>)
endif()
