// engine/js/string_normalize.cpp — String.prototype.normalize: the Unicode normalization
// forms NFC, NFD, NFKC and NFKD (UAX #15) computed by ICU's Normalizer2 over the string's
// UTF-16 code units, as V8 does (src/builtins/builtins-intl.cc StringPrototypeNormalizeIntl).
// ICU passes a lone surrogate through untouched, so it survives as in node.
// Where to look next: unicode.h (the WTF-8 <-> UTF-16 conversions).
#include "engine/js/string_normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <string>

#include "engine/js/builtins.h"
#include "engine/js/unicode.h"

namespace loopscope::js {
namespace {

// The four forms (step 4's list), each with ICU's instance for it.
struct NormalizationForm {
  const char* name;
  const icu::Normalizer2* (*instance)(UErrorCode&);
};
constexpr NormalizationForm kForms[] = {
    {"NFC", icu::Normalizer2::getNFCInstance},
    {"NFD", icu::Normalizer2::getNFDInstance},
    {"NFKC", icu::Normalizer2::getNFKCInstance},
    {"NFKD", icu::Normalizer2::getNFKDInstance},
};

}  // namespace

Completion StringNormalize(Runtime& rt, NativeCall& call, Native*) {
  // Steps 1-2: RequireObjectCoercible(this value), ToString.
  if (call.this_value.IsNullish())
    return rt.Throw(ErrorType::kTypeError,
                    "String.prototype.normalize called on null or undefined");
  std::string s;
  LOOPSCOPE_TRY(rt.ToStringStd(call.this_value, s));
  // Steps 3-5: the form, "NFC" by default; anything else is a RangeError.
  std::string form = "NFC";
  if (!call.Arg(0).IsUndefined()) LOOPSCOPE_TRY(rt.ToStringStd(call.Arg(0), form));
  const NormalizationForm* chosen =
      std::find_if(std::begin(kForms), std::end(kForms),
                   [&](const NormalizationForm& f) { return form == f.name; });
  if (chosen == std::end(kForms))
    return rt.Throw(ErrorType::kRangeError,
                    "The normalization form should be one of NFC, NFD, NFKC, NFKD.");
  // ASCII is the same text in every form.
  if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return Ok(rt.Str(s));
  // A decomposition can grow the text (NFKD of U+FDFA is 18 characters).
  LOOPSCOPE_TRY(rt.ReserveHeap(s.size() * 4));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = chosen->instance(status);
  std::u16string units = ToU16(s);
  icu::UnicodeString text(false, units.data(), static_cast<int32_t>(units.size()));
  icu::UnicodeString result = normalizer->normalize(text, status);
  if (U_FAILURE(status))  // only out of memory: ICU's data is linked in
    return rt.Throw(ErrorType::kRangeError, "Invalid string length");
  std::u16string_view out(reinterpret_cast<const char16_t*>(result.getBuffer()),
                          static_cast<size_t>(result.length()));
  return Ok(rt.Str(FromU16(out)));
}

}  // namespace loopscope::js
