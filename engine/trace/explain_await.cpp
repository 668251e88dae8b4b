// engine/trace/explain_await.cpp — see explain_await.h. The rule quoted is ECMA-262 27.7.5.3
// Await: `await v` is PromiseResolve(v) then PerformPromiseThen(resume), so the function
// leaves the stack at once and a promise job puts it back after the awaited value settles.
#include "engine/trace/explain_await.h"

#include <algorithm>

#include "engine/trace/explain.h"

namespace loopscope::trace {
namespace {

constexpr size_t kMaxSnippet = 48;

// The text of line `line` (1-based) of `source`, without its line break.
std::string_view LineOf(std::string_view source, uint32_t line) {
  size_t begin = 0;
  for (uint32_t n = 1; n < line; ++n) {
    begin = source.find('\n', begin);
    if (begin == std::string_view::npos) return {};
    ++begin;
  }
  size_t end = source.find('\n', begin);
  return source.substr(begin, end == std::string_view::npos ? source.npos : end - begin);
}

// Where the expression starting at text[0] ends: the first `;` or `,` outside brackets, an
// unmatched closing bracket, or the end of the text.
size_t ExpressionEnd(std::string_view text) {
  int depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '(' || c == '[' || c == '{') ++depth;
    if (c == ')' || c == ']' || c == '}') {
      if (depth == 0) return i;
      --depth;
    }
    if ((c == ';' || c == ',') && depth == 0) return i;
  }
  return text.size();
}

// "`await async2()`", or "the `await`" when the source cannot be quoted.
std::string Quoted(const StepLog& log, Loc at) {
  std::string snippet = AwaitSnippet(log.info().source_text, at);
  return snippet.empty() ? "the `await`" : "`" + snippet + "`";
}

// The microtask already queued to resume the function parked at `at`, if any.
const QueueItem* ResumeJob(const LoopState& s, Loc at) {
  const auto& jobs = s.Items(Queue::kMicrotask);
  auto it =
      std::find_if(jobs.begin(), jobs.end(), [&](const QueueItem& j) { return j.from == at; });
  return it == jobs.end() ? nullptr : &*it;
}

}  // namespace

std::string AwaitSnippet(std::string_view source, Loc at) {
  if (at.line == 0 || at.col == 0) return {};
  std::string_view line = LineOf(source, at.line);
  if (at.col - 1 >= line.size()) return {};
  std::string_view rest = line.substr(at.col - 1);
  if (!rest.starts_with("await")) return {};
  std::string_view expr = rest.substr(0, ExpressionEnd(rest));
  while (!expr.empty() && (expr.back() == ' ' || expr.back() == '\t' || expr.back() == '\r'))
    expr.remove_suffix(1);
  if (expr.size() <= kMaxSnippet) return std::string(expr);
  return std::string(expr.substr(0, kMaxSnippet - 3)) + "...";
}

std::string SuspendSentence(const LoopState& s, const Event& e, const StepLog& log) {
  const std::string name(log.Text(e.text ? e.text : s.stack.empty() ? 0 : s.stack.back().name));
  std::string sentence = name + " is suspended at " + Quoted(log, e.loc) + " on line " +
                         std::to_string(e.loc.line) +
                         ": its frame leaves the call stack unfinished, and the promise it "
                         "returned stays pending. ";
  sentence += ResumeJob(s, e.loc)
                  ? "The awaited value has already settled, so the job that resumes it is "
                    "queued now; it runs after the microtasks ahead of it. "
                  : "A microtask resumes it once the awaited promise settles. ";
  if (s.stack.size() >= 2)
    return sentence + std::string(log.Text(s.stack[s.stack.size() - 2].name)) + " continues.";
  return sentence + "The call stack is empty.";
}

std::string ResumeSentence(const LoopState& s, const Event& e, const StepLog& log) {
  const std::string name(log.Text(e.text));
  std::string job = s.running.id != 0 && s.running.label != 0
                        ? " (" + std::string(log.Text(s.running.label)) + ")"
                        : std::string();
  return name + " resumes after " + Quoted(log, e.from) + " on line " +
         std::to_string(e.from.line) + ": the promise it awaited has settled, so a microtask" +
         job + " puts its frame back on the call stack, with its variables as they were, and it " +
         "continues with what follows the await.";
}

}  // namespace loopscope::trace
