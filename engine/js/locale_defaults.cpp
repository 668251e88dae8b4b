// engine/js/locale_defaults.cpp — accepts the en-US defaults and refuses the rest (see
// locale_defaults.h). The locale tags are compared without running program code: a string,
// or an Array holding one string, nothing that needs ToString.
// Where to look next: number_format.cpp, date_time.cpp (the en-US texts).
#include "engine/js/locale_defaults.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace loopscope::js {
namespace {

// The tags that mean node's default locale here (BCP 47 tags are case-insensitive).
constexpr std::string_view kDefaultTags[] = {"en-us", "en"};

bool IsDefaultTag(Runtime& rt, Value v) {
  if (!v.IsString()) return false;
  std::string tag(rt.StringOf(v));
  std::transform(tag.begin(), tag.end(), tag.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(std::begin(kDefaultTags), std::end(kDefaultTags), tag) != std::end(kDefaultTags);
}

bool IsDefaultLocales(Runtime& rt, Value locales) {
  if (locales.IsUndefined() || IsDefaultTag(rt, locales)) return true;
  if (!locales.Is(CellKind::kArray)) return false;
  Array* list = locales.As<Array>();
  return list->Length() == 1 && IsDefaultTag(rt, list->Get(0));
}

}  // namespace

Completion RequireDefaultLocale(Runtime& rt, NativeCall& call, std::string_view method,
                                size_t first) {
  if (IsDefaultLocales(rt, call.Arg(first)) && call.Arg(first + 1).IsUndefined()) return Ok();
  return rt.Throw(ErrorType::kError,
                  std::string(method) +
                      " with a locale other than en-US or with options is not supported in "
                      "Loopscope's JavaScript subset (Intl is out of scope)");
}

}  // namespace loopscope::js
