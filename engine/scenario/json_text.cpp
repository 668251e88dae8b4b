// engine/scenario/json_text.cpp — UTF-8 and depth pre-checks, then a SAX-built DOM.
//
// The DOM is built by our own SAX handler rather than json::parse so that duplicate keys
// can be reported with their JSON pointer, and nlohmann's parse errors (byte offset +
// a terse message) become `line:col` diagnostics a person can act on.
#include "engine/scenario/json_text.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace loopscope::scenario {
namespace {

using nlohmann::json;

// Length of the UTF-8 sequence starting with `lead`, or 0 when `lead` cannot start one.
int SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;  // continuation byte, overlong lead (C0, C1) or beyond U+10FFFF (F5..FF)
}

// Whether the 2nd byte of a sequence is allowed (Unicode 15, table 3-7): this rejects
// overlong 3/4-byte forms, UTF-16 surrogates and code points above U+10FFFF.
bool SecondByteOk(unsigned char lead, unsigned char second) {
  switch (lead) {
    case 0xE0:
      return second >= 0xA0 && second <= 0xBF;
    case 0xED:
      return second >= 0x80 && second <= 0x9F;
    case 0xF0:
      return second >= 0x90 && second <= 0xBF;
    case 0xF4:
      return second >= 0x80 && second <= 0x8F;
    default:
      return second >= 0x80 && second <= 0xBF;
  }
}

// Offset of the first bracket nested deeper than kMaxJsonDepth, or nullopt. Brackets
// inside strings do not count; a malformed string is left for the parser to report.
std::optional<size_t> FindTooDeep(std::string_view text) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"')
      in_string = true;
    else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::nullopt;
}

// Replaces the first occurrence of `from` in `s`; returns whether it was there.
bool ReplaceFirst(std::string& s, std::string_view from, std::string_view to) {
  const size_t at = s.find(from);
  if (at == std::string::npos) return false;
  s.replace(at, from.size(), to);
  return true;
}

// nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 9: syntax
// error while parsing object key - unexpected '}'; expected string literal" becomes
// "unexpected '}'; expected string literal (in an object key; JSON has no trailing commas)".
std::string ReadableParseMessage(std::string raw) {
  if (raw.rfind("[json.exception.", 0) == 0) raw.erase(0, raw.find("] ") + 2);
  if (const size_t colon = raw.find(": ");
      raw.rfind("parse error", 0) == 0 && colon != std::string::npos)
    raw.erase(0, colon + 2);
  // The token after "last read:" may itself contain quotes; it ends at "'; " or the end.
  if (const size_t last = raw.find("; last read: '"); last != std::string::npos) {
    const size_t end = raw.find("'; ", last + 14);
    raw.erase(last, end == std::string::npos ? std::string::npos : end + 1 - last);
  }
  std::string context;
  if (raw.rfind("syntax error while parsing ", 0) == 0) {
    const size_t dash = raw.find(" - ");
    context = raw.substr(27, dash == std::string::npos ? 0 : dash - 27);
    raw.erase(0, dash == std::string::npos ? 0 : dash + 3);
  }
  ReplaceFirst(raw, "unexpected end of input", "the file ends too early");
  if (raw == "invalid literal")
    raw = "not a JSON value (strings need double quotes; true, false and null are lower-case)";
  ReplaceFirst(raw, "number overflow parsing", "number out of range:");
  if (context == "object key" && raw.find("unexpected '}'") != std::string::npos)
    return raw + " (JSON allows no comma after the last member)";
  if (raw.find("unexpected ']'") != std::string::npos)
    return raw + " (JSON allows no comma after the last element)";
  return context.empty() || context == "value" ? raw : raw + " (in " + context + ")";
}

// Names the usual reasons a hand-written file is not JSON, judged from the text at the
// error; otherwise nlohmann's own (cleaned-up) message.
std::string ExplainParseError(std::string_view text, size_t offset, const std::string& raw) {
  const std::string_view rest = text.substr(std::min(offset, text.size()));
  if (rest.empty()) return ReadableParseMessage(raw);  // e.g. a file of only white space
  if (rest.substr(0, 2) == "//" || rest.substr(0, 2) == "/*")
    return "comments are not allowed in JSON";
  const std::string_view word = rest.substr(rest[0] == '-' || rest[0] == '+' ? 1 : 0);
  if (word.substr(0, 3) == "NaN" || word.substr(0, 8) == "Infinity")
    return "NaN and Infinity are not JSON numbers; write a finite number";
  return ReadableParseMessage(raw);
}

bool IsWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '+' ||
         c == '-';
}

// nlohmann reports the position after the character that failed, which for a bad
// literal is the whitespace after it; point at the start of the offending token instead.
size_t ErrorOffset(std::string_view text, size_t position) {
  if (position == 0) return 0;
  size_t offset = position - 1;
  if (offset >= text.size()) return text.size();
  while (offset > 0 && std::isspace(static_cast<unsigned char>(text[offset]))) --offset;
  while (offset > 0 && IsWordChar(text[offset]) && IsWordChar(text[offset - 1])) --offset;
  return offset;
}

// Builds the DOM from SAX events, tracking the JSON pointer of the value being built.
class DomBuilder : public nlohmann::json_sax<json> {
 public:
  DomBuilder(std::string_view text, const std::string& file, std::vector<Diagnostic>& errors)
      : text_(text), file_(file), errors_(errors) {}

  json TakeRoot() { return std::move(root_); }

  bool null() override { return Add(json(nullptr)); }
  bool boolean(bool v) override { return Add(json(v)); }
  bool number_integer(number_integer_t v) override { return Add(json(v)); }
  bool number_unsigned(number_unsigned_t v) override { return Add(json(v)); }
  bool number_float(number_float_t v, const string_t&) override { return Add(json(v)); }
  bool string(string_t& v) override { return Add(json(std::move(v))); }
  bool binary(binary_t& v) override { return Add(json::binary(std::move(v))); }
  bool start_object(std::size_t) override { return Open(json::object()); }
  bool start_array(std::size_t) override { return Open(json::array()); }
  bool end_object() override { return Close(); }
  bool end_array() override { return Close(); }

  bool key(string_t& k) override {
    Frame& top = stack_.back();
    top.key = k;
    if (top.value->contains(k))
      errors_.push_back({file_, 0, 0, AppendPointer(top.pointer, k),
                         "duplicate key \"" + k + "\" (each key may appear once)"});
    return true;
  }

  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    const size_t offset = ErrorOffset(text_, position);
    errors_.push_back(
        DiagnosticAt(text_, offset, file_, ExplainParseError(text_, offset, ex.what())));
    return false;
  }

 private:
  struct Frame {
    json* value;
    std::string pointer;
    std::string key;  // the key whose value comes next (objects only)
  };

  // Where the next value goes, and its pointer.
  std::pair<json*, std::string> Slot() {
    if (stack_.empty()) return {&root_, ""};
    Frame& top = stack_.back();
    if (top.value->is_array()) {
      const std::string index = std::to_string(top.value->size());
      top.value->push_back(nullptr);
      return {&top.value->back(), AppendPointer(top.pointer, index)};
    }
    return {&(*top.value)[top.key], AppendPointer(top.pointer, top.key)};
  }
  bool Add(json v) {
    *Slot().first = std::move(v);
    return true;
  }
  bool Open(json empty) {
    auto [slot, pointer] = Slot();
    *slot = std::move(empty);
    stack_.push_back({slot, std::move(pointer), {}});
    return true;
  }
  bool Close() {
    stack_.pop_back();
    return true;
  }

  std::string_view text_;
  const std::string& file_;
  std::vector<Diagnostic>& errors_;
  json root_;
  std::vector<Frame> stack_;
};

}  // namespace

TextPosition PositionOf(std::string_view text, size_t offset) {
  TextPosition pos;
  const size_t end = offset < text.size() ? offset : text.size();
  for (size_t i = 0; i < end; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++pos.line;
      pos.col = 1;
    } else if ((c & 0xC0) != 0x80) {  // continuation bytes do not start a column
      ++pos.col;
    }
  }
  return pos;
}

std::optional<size_t> FindInvalidUtf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const int len = SequenceLength(lead);
    if (len == 0 || i + len > text.size()) return i;
    if (len > 1 && !SecondByteOk(lead, static_cast<unsigned char>(text[i + 1]))) return i;
    for (int k = 2; k < len; ++k)
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i;
    i += len;
  }
  return std::nullopt;
}

Diagnostic DiagnosticAt(std::string_view text, size_t offset, const std::string& file,
                        std::string message) {
  const TextPosition pos = PositionOf(text, offset);
  return {file, pos.line, pos.col, "", std::move(message)};
}

ParsedJson ParseJsonText(std::string_view text, const std::string& file) {
  ParsedJson out;
  if (const auto bad = FindInvalidUtf8(text)) {
    out.errors.push_back(
        DiagnosticAt(text, *bad, file, "invalid UTF-8 (a scenario file must be UTF-8 text)"));
    return out;
  }
  if (const auto deep = FindTooDeep(text)) {
    out.errors.push_back(DiagnosticAt(text, *deep, file,
                                      "nesting deeper than " + std::to_string(kMaxJsonDepth) +
                                          " levels of [ and {; refusing to load"));
    return out;
  }
  DomBuilder builder(text, file, out.errors);
  const bool parsed = json::sax_parse(text, &builder, json::input_format_t::json, true);
  if (parsed && out.errors.empty()) out.value = builder.TakeRoot();
  return out;
}

std::string AppendPointer(const std::string& pointer, std::string_view token) {
  std::string out = pointer;
  out += '/';
  for (const char c : token) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

}  // namespace loopscope::scenario
