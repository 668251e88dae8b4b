// engine/js/locale_defaults.h — the one locale the subset has: en-US with ECMA-402's
// default options, what node prints when a program passes neither. Anything else is a
// located error rather than en-US text passed off as another locale's.
// Where to look next: locale_defaults.cpp, docs/js-subset.md ("Locale").
#pragma once

#include <string_view>

#include "engine/js/runtime.h"

namespace loopscope::js {

// For a toLocale*String method called with (locales, options) in arguments `first` and
// `first + 1`: Ok when locales is undefined, "en-US" or "en" (any case, alone or as a
// one-element array) and options is undefined; otherwise an Error naming `method`.
Completion RequireDefaultLocale(Runtime& rt, NativeCall& call, std::string_view method,
                                size_t first = 0);

}  // namespace loopscope::js
