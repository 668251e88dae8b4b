// app/ui/markdown.cpp — a line-based block parser and a recursive inline parser.
//
// Blocks follow CommonMark's shapes for the constructs listed in markdown.h, without its
// corner cases (no setext headings, no HTML, no link references). Inline emphasis looks for
// its closing delimiter before opening, so an unmatched `*` or `_` stays literal text.
#include "app/ui/markdown.h"

#include <cctype>

namespace loopscope::app {
namespace {

constexpr size_t kNone = std::string_view::npos;

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n';
}
bool IsAlnum(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}
bool IsPunct(char c) {
  return std::ispunct(static_cast<unsigned char>(c)) != 0;
}

size_t RunLength(std::string_view s, size_t i, size_t end, char c) {
  size_t n = 0;
  while (i + n < end && s[i + n] == c) ++n;
  return n;
}

// The start of the next run of exactly `len` backticks in [from, end), or kNone.
size_t FindBacktickRun(std::string_view s, size_t from, size_t end, size_t len) {
  for (size_t j = from; j < end;) {
    size_t k = RunLength(s, j, end, '`');
    if (k == len) return j;
    j += k ? k : 1;
  }
  return kNone;
}

class InlineParser {
 public:
  InlineParser(std::string_view s, std::vector<MdSpan>& out) : s_(s), out_(out) {}

  void Parse(size_t begin, size_t end, uint8_t style) {
    std::string text;
    for (size_t i = begin; i < end;) {
      char c = s_[i];
      if (c == '\\' && i + 1 < end && IsPunct(s_[i + 1])) {
        text += s_[i + 1], i += 2;
      } else if (c == '`') {
        size_t run = RunLength(s_, i, end, '`');
        size_t close = FindBacktickRun(s_, i + run, end, run);
        if (close == kNone) {
          text.append(run, '`'), i += run;
          continue;
        }
        Emit(std::move(text), style), text.clear();
        Emit(CodeText(s_.substr(i + run, close - i - run)), style | kSpanCode);
        i = close + run;
      } else if (c == '*' || c == '_') {
        size_t run = RunLength(s_, i, end, c);
        size_t use = run >= 2 ? 2 : 1;
        size_t close = CanOpen(i, run, end) ? FindCloser(i + use, end, c, use) : kNone;
        if (close == kNone) {
          text.append(run, c), i += run;
          continue;
        }
        Emit(std::move(text), style), text.clear();
        Parse(i + use, close, style | (use == 2 ? kSpanStrong : kSpanEmphasis));
        i = close + use;
      } else {
        text += c, ++i;
      }
    }
    Emit(std::move(text), style);
  }

 private:
  // CommonMark: a code span's line endings become spaces, and one space is stripped from
  // each side when both sides have one (so `` `x` `` can show a backtick).
  static std::string CodeText(std::string_view code) {
    std::string out(code);
    for (char& ch : out)
      if (ch == '\n') ch = ' ';
    if (out.size() >= 2 && out.front() == ' ' && out.back() == ' ' &&
        out.find_first_not_of(' ') != std::string::npos)
      out = out.substr(1, out.size() - 2);
    return out;
  }

  // A delimiter run opens when text follows it; an underscore also needs a word boundary
  // before it, so snake_case names stay literal.
  bool CanOpen(size_t i, size_t run, size_t end) const {
    if (i + run >= end || IsSpace(s_[i + run])) return false;
    return s_[i] != '_' || i == 0 || !IsAlnum(s_[i - 1]);
  }
  bool CanClose(size_t j, size_t run, size_t end) const {
    if (j == 0 || IsSpace(s_[j - 1])) return false;
    return s_[j] != '_' || j + run >= end || !IsAlnum(s_[j + run]);
  }

  // Where the delimiter opened before `from` closes, skipping code spans, escapes and
  // delimiter runs of the other size (they belong to nested emphasis); kNone if it doesn't.
  size_t FindCloser(size_t from, size_t end, char c, size_t use) const {
    for (size_t j = from; j < end;) {
      if (s_[j] == '\\') {
        j += 2;
      } else if (s_[j] == '`') {
        size_t run = RunLength(s_, j, end, '`');
        size_t close = FindBacktickRun(s_, j + run, end, run);
        j = close == kNone ? j + run : close + run;
      } else if (s_[j] == c) {
        size_t run = RunLength(s_, j, end, c);
        bool fits = use == 1 ? run == 1 : run >= 2;
        if (fits && j > from && CanClose(j, run, end)) return j + run - use;
        j += run;
      } else {
        ++j;
      }
    }
    return kNone;
  }

  void Emit(std::string text, uint8_t style) {
    if (text.empty()) return;
    if (!out_.empty() && out_.back().style == style)
      out_.back().text += text;
    else
      out_.push_back({std::move(text), style});
  }

  std::string_view s_;
  std::vector<MdSpan>& out_;
};

int IndentOf(std::string_view line) {
  int n = 0;
  for (char c : line) {
    if (c == ' ')
      ++n;
    else if (c == '\t')
      n += 4;
    else
      break;
  }
  return n;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && (IsSpace(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "---", "***", "___", "- - -": three or more of one of -*_ and nothing else but spaces.
bool IsRule(std::string_view t) {
  if (t.empty() || (t[0] != '-' && t[0] != '*' && t[0] != '_')) return false;
  int marks = 0;
  for (char c : t) {
    if (c == t[0])
      ++marks;
    else if (c != ' ')
      return false;
  }
  return marks >= 3;
}

// "## Title" -> level 2 and "Title"; 0 when `t` is not a heading.
int HeadingLevel(std::string_view t, std::string_view* rest) {
  size_t n = RunLength(t, 0, t.size(), '#');
  if (n == 0 || n > 6 || (n < t.size() && t[n] != ' ')) return 0;
  std::string_view body = Trim(t.substr(n));
  while (!body.empty() && body.back() == '#') body.remove_suffix(1);  // closing hashes
  *rest = Trim(body);
  return static_cast<int>(n);
}

// "- item" / "* item" / "+ item", or "12. item" / "12) item": the text after the marker.
bool ListItem(std::string_view t, bool* numbered, int* number, std::string_view* rest) {
  if (t.size() >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ') {
    *numbered = false, *rest = Trim(t.substr(2));
    return true;
  }
  size_t digits = 0;
  while (digits < t.size() && digits < 9 && std::isdigit(static_cast<unsigned char>(t[digits])))
    ++digits;
  if (digits == 0 || digits + 1 >= t.size() || (t[digits] != '.' && t[digits] != ')') ||
      t[digits + 1] != ' ')
    return false;
  *numbered = true, *number = std::stoi(std::string(t.substr(0, digits))),
  *rest = Trim(t.substr(digits + 2));
  return true;
}

class BlockParser {
 public:
  std::vector<MdBlock> Parse(std::string_view text) {
    for (size_t start = 0; start <= text.size();) {
      size_t nl = text.find('\n', start);
      if (nl == kNone) nl = text.size();
      Line(text.substr(start, nl - start));
      start = nl + 1;
    }
    if (in_code_) blocks_.push_back(std::move(code_));
    Flush();
    return std::move(blocks_);
  }

 private:
  void Line(std::string_view line) {
    std::string_view t = Trim(line);
    if (in_code_) return CodeLine(line, t);
    if (t.empty()) return Flush();
    std::string_view rest;
    bool numbered = false;
    int number = 0;
    if (t.starts_with("```") || t.starts_with("~~~")) {
      Flush();
      in_code_ = true, fence_ = t.substr(0, 3), fence_indent_ = IndentOf(line), code_lines_ = 0;
      code_ = MdBlock{.kind = MdBlockKind::kCode};
    } else if (int level = HeadingLevel(t, &rest)) {
      Flush();
      blocks_.push_back(
          {.kind = MdBlockKind::kHeading, .level = level, .spans = ParseInline(rest)});
    } else if (IsRule(t)) {
      Flush();
      blocks_.push_back({.kind = MdBlockKind::kRule});
    } else if (ListItem(t, &numbered, &number, &rest)) {
      Flush();
      Open({.kind = numbered ? MdBlockKind::kNumbered : MdBlockKind::kBullet,
            .level = IndentOf(line) / 2,
            .number = number},
           rest);
    } else if (open_) {
      inline_text_ += ' ';  // a soft line break continues the paragraph or list item
      inline_text_ += t;
    } else {
      Open({.kind = MdBlockKind::kParagraph}, t);
    }
  }

  void CodeLine(std::string_view line, std::string_view trimmed) {
    if (trimmed.starts_with(fence_) && trimmed.find_first_not_of(fence_[0]) == kNone) {
      in_code_ = false;
      blocks_.push_back(std::move(code_));
      return;
    }
    // Up to the fence's own indentation is removed from each line, as CommonMark does.
    int drop = std::min(fence_indent_, IndentOf(line));
    if (code_lines_++ > 0) code_.code += '\n';
    code_.code += line.substr(static_cast<size_t>(drop));
    if (!code_.code.empty() && code_.code.back() == '\r') code_.code.pop_back();
  }

  void Open(MdBlock block, std::string_view text) {
    open_ = true;
    block_ = std::move(block);
    inline_text_ = text;
  }

  void Flush() {
    if (!open_) return;
    block_.spans = ParseInline(inline_text_);
    blocks_.push_back(std::move(block_));
    open_ = false;
  }

  std::vector<MdBlock> blocks_;
  bool open_ = false;
  MdBlock block_;
  std::string inline_text_;
  bool in_code_ = false;
  std::string_view fence_;
  int fence_indent_ = 0;
  MdBlock code_;
  int code_lines_ = 0;  // lines in the open code block so far
};

}  // namespace

std::vector<MdSpan> ParseInline(std::string_view text) {
  std::vector<MdSpan> spans;
  InlineParser(text, spans).Parse(0, text.size(), kSpanPlain);
  return spans;
}

std::vector<MdBlock> ParseMarkdown(std::string_view text) {
  return BlockParser().Parse(text);
}

}  // namespace loopscope::app
