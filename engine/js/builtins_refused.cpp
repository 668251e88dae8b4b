// engine/js/builtins_refused.cpp — the globals the subset leaves out by design
// (docs/js-subset.md, "Out of scope"): `eval`, `Proxy` and `SharedArrayBuffer` exist as
// functions that refuse with an error naming them, as `Function` refuses code from strings
// (builtins_function.cpp), so a program that reaches one stops at a located line that says
// why instead of at "eval is not defined". `Intl` is an object whose constructors and
// functions refuse the same way (`new Intl.NumberFormat()`); the en-US defaults of the
// toLocaleString methods are there without it (locale_defaults.h).
#include "engine/js/builtins.h"

namespace loopscope::js {
namespace {

struct RefusedGlobal {
  const char* name;
  int length;
  bool constructor;  // `new X(...)` reaches the refusal too
};
constexpr RefusedGlobal kRefusedGlobals[] = {
    {"eval", 1, false},
    {"Proxy", 2, true},
    {"SharedArrayBuffer", 1, true},
};

// Intl's members in node 20 (ECMA-402 8.2, 8.3): `Intl.<name>` each refuses.
struct RefusedIntlMember {
  const char* name;
  int length;
  bool constructor;
};
constexpr RefusedIntlMember kRefusedIntl[] = {
    {"Collator", 0, true},
    {"DateTimeFormat", 0, true},
    {"DisplayNames", 2, true},
    {"ListFormat", 0, true},
    {"Locale", 1, true},
    {"NumberFormat", 0, true},
    {"PluralRules", 0, true},
    {"RelativeTimeFormat", 0, true},
    {"Segmenter", 0, true},
    {"getCanonicalLocales", 1, false},
    {"supportedValuesOf", 1, false},
};

// slots[0]: the name.
Completion Refuse(Runtime& rt, NativeCall&, Native* self) {
  return rt.Throw(ErrorType::kError, self->slots[0].As<String>()->data +
                                         " is not supported in Loopscope's JavaScript subset");
}

}  // namespace

void InstallRefusedBuiltins(Runtime& rt) {
  for (const RefusedGlobal& g : kRefusedGlobals) {
    Native* fn = g.constructor
                     ? DefineConstructor(rt, g.name, g.length, Refuse, rt.NewObject(nullptr))
                     : rt.DefineNative(rt.realm.global, g.name, g.length, Refuse);
    fn->slots[0] = rt.Str(g.name);
  }
  Object* intl = rt.NewPlainObject();
  rt.realm.global->Put(rt.Intern("Intl"), Value::FromCell(intl), false);
  DefineToStringTag(rt, intl, "Intl");
  for (const RefusedIntlMember& m : kRefusedIntl) {
    Native* fn = rt.DefineNative(intl, m.name, m.length, Refuse);
    fn->is_constructor = m.constructor;
    fn->slots[0] = rt.Str(std::string("Intl.") + m.name);
  }
}

}  // namespace loopscope::js
