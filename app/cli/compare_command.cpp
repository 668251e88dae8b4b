// app/cli/compare_command.cpp — `loopscope compare FILE [--hosts node,browser | --as cjs,esm]`.
//
// Runs FILE two ways (browser::RunTwoWays): in Node and in the browser host, or as CommonJS
// and as an ES module. Prints both runs' output side by side, one row per line, the first row
// whose lines differ marked with `✗`, then the first difference of the step logs (which of
// the program's callbacks ran where the two orders part) and the sentence that explains it
// (trace::ExplainDifference). Exit code as diff(1): 0 same, 1 different; 2 FILE not loaded,
// 3 a limit stopped a side.
#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "app/cli/commands.h"
#include "engine/browser/two_runs.h"

namespace loopscope::cli {
namespace {

constexpr int kExitSame = 0, kExitDifferent = 1, kExitLoadError = 2, kExitLimit = 3;  // docs/cli.md
constexpr size_t kColumnWidth = 38;  // two columns and the gutter fit 80 columns

// Code points, not bytes: a column holds UTF-8 text.
size_t Width(std::string_view s) {
  return static_cast<size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The byte length of the first `n` code points of `s`.
size_t Prefix(std::string_view s, size_t n) {
  size_t i = 0;
  for (size_t seen = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && seen++ == n) break;
  }
  return i;
}

// A run's output as the rows of its column: stdout's lines, then stderr's after a
// "stderr:" row; long lines wrap (nothing is cut off).
std::vector<std::string> Rows(const node::RunResult& r) {
  std::vector<std::string> rows;
  auto add = [&](std::string_view text) {
    if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
    while (true) {
      size_t nl = text.find('\n');
      std::string_view line = text.substr(0, nl);
      do {
        size_t cut = Prefix(line, kColumnWidth);
        size_t space = line.rfind(' ', cut);  // wrap between words where one fits
        if (cut < line.size() && space != std::string_view::npos && space > 0) cut = space + 1;
        rows.emplace_back(line.substr(0, cut));
        line.remove_prefix(cut);
      } while (!line.empty());
      if (nl == std::string_view::npos) break;
      text.remove_prefix(nl + 1);
    }
  };
  if (!r.stdout_text.empty()) add(r.stdout_text);
  if (!r.stderr_text.empty()) {
    rows.emplace_back("stderr:");
    add(r.stderr_text);
  }
  return rows;
}

std::string Pad(const std::string& s) {
  return s + std::string(kColumnWidth - std::min(kColumnWidth, Width(s)), ' ');
}

void PrintSideBySide(const browser::TwoRuns& runs) {
  std::vector<std::string> ra = Rows(runs.a.result), rb = Rows(runs.b.result);
  size_t first = 0;  // the first row whose lines differ
  while (first < ra.size() && first < rb.size() && ra[first] == rb[first]) ++first;
  bool same = ra == rb;
  std::printf("     %s │ %s\n", Pad(runs.a.name + ": " + runs.a.file_name).c_str(),
              (runs.b.name + ": " + runs.b.file_name).c_str());
  for (size_t k = 0; k < std::max(ra.size(), rb.size()); ++k) {
    std::string a = k < ra.size() ? ra[k] : "", b = k < rb.size() ? rb[k] : "";
    std::printf("%s%3zu %s │ %s\n", !same && k == first ? "✗" : " ", k + 1, Pad(a).c_str(),
                b.c_str());
  }
  std::printf("     %s │ exit %d\n", Pad("exit " + std::to_string(runs.a.result.exit_code)).c_str(),
              runs.b.result.exit_code);
  if (same) {
    std::printf("\nThe two outputs are the same.\n");
  } else {
    std::printf("\nFirst different output: row %zu.\n", first + 1);
  }
}

// Where a side stopped at an uncaught error, as FILE:LINE:COL, so a program that one host
// cannot run says where and why.
void PrintUncaught(const browser::SideRun& run) {
  if (!run.result.log) return;
  std::optional<size_t> at = trace::FirstUncaught(*run.result.log);
  if (!at) return;
  const trace::Event& e = run.result.log->At(*at);
  std::printf("%s: %s:%u:%u: %s\n", run.name.c_str(), run.file_name.c_str(), e.loc.line, e.loc.col,
              std::string(run.result.log->Text(e.text)).c_str());
}

void PrintDifference(const browser::TwoRuns& runs) {
  PrintUncaught(runs.a);
  PrintUncaught(runs.b);
  const auto& d = runs.divergence;
  if (d) {
    std::printf(
        "First difference in the order of events, after %zu matching step%s: %s %s, %s %s.\n",
        d->step, d->step == 1 ? "" : "s", runs.a.name.c_str(), d->what_a.c_str(),
        runs.b.name.c_str(), d->what_b.c_str());
    if (d->after_race)
      std::printf(
          "A run marked a timing race before this point: real Node can take either "
          "order there.\n");
  }
  std::printf("Why: %s\n", runs.explanation.sentence.c_str());
}

}  // namespace

int CompareCommand(const Command& command) {
  std::optional<scenario::Scenario> sc = Load(command.file);
  if (!sc) return kExitLoadError;
  trace::Pairing pairing =
      command.compare_modules ? trace::Pairing::kModuleSystems : trace::Pairing::kHosts;
  std::string error;
  std::optional<browser::TwoRuns> runs = browser::RunTwoWays(*sc, pairing, &error);
  if (!runs) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return kExitLoadError;
  }
  // A program that does not compile on a side is a load error, as it is for `run`.
  bool load_error = false;
  for (const browser::SideRun* side : {&runs->a, &runs->b}) {
    if (side->result.outcome != node::RunResult::Outcome::kLoadError) continue;
    std::fprintf(stderr, "%s: %s", side->name.c_str(), side->result.stderr_text.c_str());
    load_error = true;
  }
  if (load_error) return kExitLoadError;
  PrintSideBySide(*runs);
  PrintDifference(*runs);
  std::fflush(stdout);
  // A limit that stopped a runaway side ends `compare` as it ends `run` (docs/cli.md).
  bool limited = false;
  for (const browser::SideRun* side : {&runs->a, &runs->b}) {
    if (side->result.outcome != node::RunResult::Outcome::kLimit) continue;
    std::fprintf(stderr, "%s: %s\n", side->name.c_str(), side->result.limit_message.c_str());
    limited = true;
  }
  if (limited) return kExitLimit;
  bool same = !runs->divergence && runs->a.result.stdout_text == runs->b.result.stdout_text &&
              runs->a.result.stderr_text == runs->b.result.stderr_text &&
              runs->a.result.exit_code == runs->b.result.exit_code;
  return same ? kExitSame : kExitDifferent;
}

}  // namespace loopscope::cli
