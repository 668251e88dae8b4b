// app/ui/two_way_compare.cpp — see two_way_compare.h.
#include "app/ui/two_way_compare.h"

#include <utility>

#include "app/ui/app_state.h"

namespace loopscope::app {

trace::Divergence ToDivergence(const trace::ProgramDivergence& d, const std::string& name_a,
                               const std::string& name_b) {
  trace::Divergence out;
  out.event_a = d.event_a, out.event_b = d.event_b, out.step = d.step;
  out.after_race = d.after_race;
  out.summary = "after " + std::to_string(d.step) + " matching step" + (d.step == 1 ? "" : "s") +
                ", " + name_a + " " + d.what_a + " where " + name_b + " " + d.what_b;
  return out;
}

void StartTwoWayComparison(AppState& state, TwoWays ways) {
  LiveComparison& live = state.live;
  live.errors.clear();
  if (!state.doc || state.doc->path.empty()) {
    live.errors.push_back("open a scenario first: a comparison runs its file");
    return;
  }
  if (!live.run_two_ways) {
    live.errors.push_back("comparisons are not available here");
    return;
  }
  // The program of the comparison on screen is the file both runs came from.
  std::string path = state.doc->path;
  InstallTwoWayComparison(state, live.run_two_ways(path, ways));
}

void InstallTwoWayComparison(AppState& state, TwoWayOutcome outcome) {
  if (!outcome.a || !outcome.b) {
    state.live.errors = std::move(outcome.errors);
    if (state.live.errors.empty()) state.live.errors.push_back("the comparison gave no runs");
    return;
  }
  CancelLiveRun(state);
  CloseComparison(state);
  size_t step = outcome.divergence ? outcome.divergence->event_a : 0;
  SetDocument(state, std::move(outcome.a), step);
  InstallComparison(state, std::move(outcome.b));
  LiveComparison& live = state.live;
  live.divergence = std::move(outcome.divergence);
  live.labels = {.title = outcome.name_a + " vs " + outcome.name_b + "###compare",
                 .show_a = "Show " + outcome.name_a,
                 .show_b = "Show " + outcome.name_b,
                 .header_a = std::move(outcome.header_a),
                 .header_b = std::move(outcome.header_b),
                 .sentence = std::move(outcome.sentence),
                 .notes = std::move(outcome.notes)};
}

}  // namespace loopscope::app
