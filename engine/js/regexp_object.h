// engine/js/regexp_object.h — RegExp objects: what builtins_regexp.cpp and the String
// methods that take a regular expression (builtins_string_regexp.cpp) share.
//
// A RegExp is a HostObject of class "RegExp" whose data is a RegExpData: the compiled
// pattern (shared by every object made from the same literal), its source and its flags.
// `lastIndex` and the flag properties are own data properties (see docs/js-subset.md).
// Where to look next: regexp_engine.h (matching), builtins_regexp.cpp.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/js/regexp_engine.h"
#include "engine/js/runtime.h"

namespace loopscope::js {

struct RegExpData {
  std::shared_ptr<const CompiledRegExp> re;
  std::string source;  // the pattern as written (`source` escapes it further)
  std::string flags;   // canonical order, "dgimsuy"
};

// The RegExp behind `v`, or null when `v` is not a RegExp object.
RegExpData* AsRegExp(Value v);

// A new RegExp object (ECMA-262 22.2.3.1 RegExpCreate); SyntaxError for a bad pattern or
// flags, worded as V8 words them.
Completion NewRegExpObject(Runtime& rt, std::string_view source, std::string_view flags,
                           Object* prototype);

// One match attempt of `data` on `subject` from `start` (only there when `sticky`), charged
// to the step budget as native work; a catastrophic one ends in the embedder's limit
// (Hooks::OnRegExpLimitReached).
Completion RegExpMatchAt(Runtime& rt, const RegExpData& data, std::u16string_view subject,
                         size_t start, bool sticky, std::vector<int64_t>& captures, bool& matched);

// The array exec returns for a match: the groups' strings, index, input, groups and (with
// the `d` flag) indices.
Value RegExpMatchArray(Runtime& rt, const RegExpData& data, Value input,
                       std::u16string_view subject, const std::vector<int64_t>& captures);

// ECMA-262 22.2.7.2 RegExpBuiltinExec: reads and updates `lastIndex`; `out` is the match
// array or null.
Completion RegExpBuiltinExec(Runtime& rt, Object* regexp, Value input, Value& out);

// `input` (a string) as UTF-16 code units, converted once for repeated searches.
const std::u16string& RegExpSubject(Runtime& rt, Value input);

// ECMA-262 22.2.7.3 AdvanceStringIndex: past an empty match, by a code point under `u`.
size_t AdvanceStringIndex(std::u16string_view s, size_t index, bool unicode);

}  // namespace loopscope::js
