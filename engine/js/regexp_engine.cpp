// engine/js/regexp_engine.cpp — PCRE2 compile and match for CompiledRegExp (regexp_engine.h).
//
// The compile options carry the rest of JavaScript's meaning: an empty class `[]` matches
// nothing and `[^]` anything (ALLOW_EMPTY_CLASS), a back-reference to a group that has not
// matched matches the empty string (MATCH_UNSET_BACKREF, ECMA-262 22.2.2.7.2 BackreferenceMatcher
// step 2.c), and `u` is UTF mode, tolerating lone surrogates in the subject.
// Where to look next: regexp_syntax.cpp (the pattern PCRE2 receives).
#define PCRE2_CODE_UNIT_WIDTH 16
#include "engine/js/regexp_engine.h"

#include <pcre2.h>

#include <algorithm>

namespace loopscope::js {

struct CompiledRegExp::Pcre {
  pcre2_code* code = nullptr;
  pcre2_match_context* context = nullptr;
  ~Pcre() {
    pcre2_match_context_free(context);
    pcre2_code_free(code);
  }
};

namespace {
// Bounds for one match beside the backtracking budget: nesting of backtracking points and
// the memory PCRE2 may take for them (in KiB).
constexpr uint32_t kDepthLimit = 1'000'000;
constexpr uint32_t kHeapLimitKib = 64 * 1024;
}  // namespace

std::shared_ptr<CompiledRegExp> CompiledRegExp::Compile(std::string_view source,
                                                        const RegExpFlags& flags,
                                                        std::string& error) {
  RegExpTranslation t = TranslateRegExp(source, flags);
  if (!t.error.empty()) {
    error = t.error;
    return nullptr;
  }
  uint32_t options = PCRE2_ALLOW_EMPTY_CLASS | PCRE2_MATCH_UNSET_BACKREF;
  if (flags.ignore_case) options |= PCRE2_CASELESS;
  if (flags.dot_all) options |= PCRE2_DOTALL;
  if (flags.unicode) options |= PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
  int code_error = 0;
  PCRE2_SIZE offset = 0;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(t.pcre_pattern.data()),
                                   t.pcre_pattern.size(), options, &code_error, &offset, nullptr);
  if (!code) {
    // What PCRE2 refuses that JavaScript allows (a variable-length lookbehind): its words.
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(code_error, message, 256);
    error.clear();
    for (PCRE2_UCHAR* c = message; *c; ++c) error += static_cast<char>(*c);
    return nullptr;
  }
  std::shared_ptr<CompiledRegExp> re(new CompiledRegExp());
  re->pcre_ = std::make_unique<Pcre>();
  re->pcre_->code = code;
  re->pcre_->context = pcre2_match_context_create(nullptr);
  pcre2_set_match_limit(re->pcre_->context, kMatchLimit);
  pcre2_set_depth_limit(re->pcre_->context, kDepthLimit);
  pcre2_set_heap_limit(re->pcre_->context, kHeapLimitKib);
  re->flags_ = flags;
  re->group_count_ = t.group_count;
  re->names_ = std::move(t.names);
  return re;
}

CompiledRegExp::~CompiledRegExp() = default;

MatchStatus CompiledRegExp::Match(std::u16string_view subject, size_t start, bool sticky,
                                  uint32_t match_limit, std::vector<int64_t>& captures) const {
  pcre2_set_match_limit(pcre_->context, std::min(match_limit, kMatchLimit));
  pcre2_match_data* data = pcre2_match_data_create_from_pattern(pcre_->code, nullptr);
  int rc = pcre2_match(pcre_->code, reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(),
                       start, sticky ? PCRE2_ANCHORED : 0, data, pcre_->context);
  MatchStatus status = MatchStatus::kMatch;
  if (rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_BADOFFSET || rc == PCRE2_ERROR_UTF16_ERR1 ||
      rc == PCRE2_ERROR_UTF16_ERR2 || rc == PCRE2_ERROR_UTF16_ERR3 ||
      rc == PCRE2_ERROR_BADUTFOFFSET) {
    status = MatchStatus::kNoMatch;
  } else if (rc < 0) {
    status = MatchStatus::kLimit;  // match, depth or heap limit
  } else {
    PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(data);
    captures.assign(2 * (group_count_ + 1), -1);
    uint32_t pairs = pcre2_get_ovector_count(data);
    for (uint32_t k = 0; k < pairs && k <= group_count_; ++k) {
      if (ovector[2 * k] == PCRE2_UNSET) continue;
      captures[2 * k] = static_cast<int64_t>(ovector[2 * k]);
      captures[2 * k + 1] = static_cast<int64_t>(ovector[2 * k + 1]);
    }
  }
  pcre2_match_data_free(data);
  return status;
}

}  // namespace loopscope::js
