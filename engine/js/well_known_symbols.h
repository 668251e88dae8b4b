// engine/js/well_known_symbols.h — the well-known symbols (ECMA-262 6.1.5.1, Table 1).
//
// One table: the enum the engine indexes Realm::symbols with, and the property name on the
// Symbol constructor (`Symbol.iterator`), whose description is "Symbol.<name>". The order is
// the order node lists them on `Symbol` (Object.getOwnPropertyNames(Symbol)).
// Where to look next: builtins_symbol.cpp (creates them), runtime.h (Runtime::WellKnown).
#pragma once

#include <cstddef>
#include <cstdint>

namespace loopscope::js {

// clang-format off
#define LOOPSCOPE_WELL_KNOWN_SYMBOLS(X)           \
  X(AsyncIterator, "asyncIterator")               \
  X(HasInstance, "hasInstance")                   \
  X(IsConcatSpreadable, "isConcatSpreadable")     \
  X(Iterator, "iterator")                         \
  X(Match, "match")                               \
  X(MatchAll, "matchAll")                         \
  X(Replace, "replace")                           \
  X(Search, "search")                             \
  X(Species, "species")                           \
  X(Split, "split")                               \
  X(ToPrimitive, "toPrimitive")                   \
  X(ToStringTag, "toStringTag")                   \
  X(Unscopables, "unscopables")                   \
  X(Dispose, "dispose")                           \
  X(AsyncDispose, "asyncDispose")
// clang-format on

enum class WellKnown : uint8_t {
#define LOOPSCOPE_WELL_KNOWN_ENUM(name, text) k##name,
  LOOPSCOPE_WELL_KNOWN_SYMBOLS(LOOPSCOPE_WELL_KNOWN_ENUM)
#undef LOOPSCOPE_WELL_KNOWN_ENUM
      kCount
};

inline constexpr size_t kWellKnownCount = static_cast<size_t>(WellKnown::kCount);

inline constexpr const char* kWellKnownNames[] = {
#define LOOPSCOPE_WELL_KNOWN_NAME(name, text) text,
    LOOPSCOPE_WELL_KNOWN_SYMBOLS(LOOPSCOPE_WELL_KNOWN_NAME)
#undef LOOPSCOPE_WELL_KNOWN_NAME
};

}  // namespace loopscope::js
