// app/ui/two_way_load.cpp — see two_way_load.h.
#include "app/ui/two_way_load.h"

#include <cctype>

#include "app/ui/document_load.h"
#include "engine/browser/two_runs.h"

namespace loopscope::app {
namespace {

std::string Capitalised(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

// One side as the panels read it; its title names the side ("x.js in the browser").
std::unique_ptr<Document> SideDocument(const browser::SideRun& run, const std::string& path) {
  auto doc = MakeDocument(run.result.log, path, run.file_name + " — " + run.name);
  doc->exit_code = run.result.exit_code;
  doc->limit_message = run.result.limit_message;
  doc->usage.browser |= run.scenario.host == scenario::Host::kBrowser;
  doc->environment = run.scenario.environment;
  return doc;
}

// "the browser: x.js:3:1: Uncaught ReferenceError: setImmediate is not defined"
void NoteUncaught(const browser::SideRun& run, std::vector<std::string>* notes) {
  std::optional<size_t> at = trace::FirstUncaught(*run.result.log);
  if (!at) return;
  const trace::Event& e = run.result.log->At(*at);
  notes->push_back(Capitalised(run.name) + ": " + run.file_name + ":" + std::to_string(e.loc.line) +
                   ":" + std::to_string(e.loc.col) + ": " +
                   std::string(run.result.log->Text(e.text)));
}

}  // namespace

TwoWayOutcome LoadTwoWays(const std::string& path, TwoWays ways) {
  TwoWayOutcome out;
  scenario::LoadResult loaded = LoadScenario(path);
  if (!loaded.ok()) {
    out.errors = LoadErrors(loaded, path);
    return out;
  }
  scenario::CapLimitsAtDefaults(loaded.scenario->limits, scenario::kWallGuardSeconds);
  auto pairing = ways == TwoWays::kHosts ? trace::Pairing::kHosts : trace::Pairing::kModuleSystems;
  std::string error;
  std::optional<browser::TwoRuns> runs = browser::RunTwoWays(*loaded.scenario, pairing, &error);
  if (!runs) {
    out.errors.push_back(error);
    return out;
  }
  for (const browser::SideRun* run : {&runs->a, &runs->b}) {
    if (!run->result.log || run->result.log->empty()) {
      out.errors.push_back(run->name + ": " + run->result.stderr_text);
      return out;
    }
    NoteUncaught(*run, &out.notes);
  }
  out.a = SideDocument(runs->a, path), out.b = SideDocument(runs->b, path);
  out.name_a = runs->a.name, out.name_b = runs->b.name;
  // The side's name only: a column at 1280x720 has no room for the file's name too (the
  // window's title and the source panel show it).
  out.header_a = Capitalised(runs->a.name), out.header_b = Capitalised(runs->b.name);
  if (runs->divergence) out.divergence = ToDivergence(*runs->divergence, out.name_a, out.name_b);
  out.sentence = runs->explanation.sentence;
  return out;
}

}  // namespace loopscope::app
