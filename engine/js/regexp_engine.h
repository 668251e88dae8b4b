// engine/js/regexp_engine.h — one compiled regular expression and its matcher (PCRE2).
//
// A CompiledRegExp is the immutable part of a RegExp object: the translated pattern
// compiled by PCRE2's 16-bit library, so subjects are UTF-16 and every offset it reports is
// already a JavaScript index. Matching is bounded: PCRE2's match, depth and heap limits stop
// catastrophic backtracking, and the caller turns that into the embedder's limit.
// Where to look next: regexp_syntax.h (the translation), builtins_regexp.cpp (the objects).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/js/regexp_syntax.h"

namespace loopscope::js {

enum class MatchStatus : uint8_t { kMatch, kNoMatch, kLimit };

class CompiledRegExp {
 public:
  // PCRE2's backtracking budget for one match attempt (pcre2_set_match_limit): far beyond
  // any ordinary match, reached in well under a second by a catastrophic one.
  static constexpr uint32_t kMatchLimit = 10'000'000;

  // Compiles `source` (UTF-8) under `flags`; on failure returns null and sets `error` to
  // V8's reason ("Unterminated group", ...).
  static std::shared_ptr<CompiledRegExp> Compile(std::string_view source, const RegExpFlags& flags,
                                                 std::string& error);
  ~CompiledRegExp();
  CompiledRegExp(const CompiledRegExp&) = delete;
  CompiledRegExp& operator=(const CompiledRegExp&) = delete;

  // Matches `subject` from `start` (anchored there when `sticky`), giving up after
  // `match_limit` backtracking steps (at most kMatchLimit). On kMatch, `captures` holds
  // 2 * (group_count + 1) offsets, -1 for groups that did not participate.
  MatchStatus Match(std::u16string_view subject, size_t start, bool sticky, uint32_t match_limit,
                    std::vector<int64_t>& captures) const;

  const RegExpFlags& flags() const { return flags_; }
  uint32_t group_count() const { return group_count_; }
  const std::vector<std::pair<std::string, uint32_t>>& names() const { return names_; }

 private:
  CompiledRegExp() = default;
  struct Pcre;
  std::unique_ptr<Pcre> pcre_;
  RegExpFlags flags_;
  uint32_t group_count_ = 0;
  std::vector<std::pair<std::string, uint32_t>> names_;
};

}  // namespace loopscope::js
