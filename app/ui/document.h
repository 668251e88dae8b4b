// app/ui/document.h — one loaded scenario as the app shows it: the immutable step log, its
// checkpoints, and what the panels precompute from it once (source lines, timeline spans).
//
// Built from a finished simulation (document_load.cpp runs it) or from any StepLog (tests).
// Nothing here changes after construction: the UI only moves a cursor over it.
// Where to look next: playback.h (the cursor), timeline_model.h (the spans).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "app/ui/markdown.h"
#include "app/ui/run_usage.h"
#include "app/ui/timeline_model.h"
#include "engine/scenario/scenario.h"
#include "engine/trace/checkpoints.h"
#include "engine/trace/step_log.h"

namespace loopscope::app {

// One printed line (a console event may print several).
struct ConsoleLine {
  size_t step = 0;        // the kConsole event that printed it
  std::string_view text;  // into the log's string table
  bool is_stderr = false;
};

// A classroom stop as it landed in this run (engine/scenario/stops.h resolved it).
struct DocumentStop {
  size_t step = 0;  // where the clicker jumps
  std::string caption;
};

struct Document {
  std::string path;                  // file it came from ("" for a built-in log)
  std::string title;                 // scenario name, shown in the controls bar
  std::vector<MdBlock> description;  // the scenario's Markdown description, parsed
  std::shared_ptr<const trace::StepLog> log;
  std::unique_ptr<trace::Checkpoints> checkpoints;
  std::vector<std::string> source_lines;  // RunInfo::source_text split at '\n'
  TimelineModel timeline;
  std::vector<size_t> phase_enters;  // the kPhaseEnter events (loop_code.h)
  RunUsage usage;                    // mechanisms the run uses (panels of the others fold)
  std::vector<ConsoleLine> console_lines;
  // console_line_end[k]: lines printed by console events [0, k) — so at a step whose
  // LoopState::console_count is k, lines [0, console_line_end[k]) are on screen.
  std::vector<size_t> console_line_end;
  bool predict_first = false;
  std::vector<DocumentStop> stops;  // steps strictly increase (stop_nav.h)
  size_t unreached_stops = 0;       // classroom.stops that landed nowhere in this run

  // The machine it ran on (the What if sliders start here), and whether the scenario is
  // tagged scenario::kPoolSweepTag (the What if panel opens on its pool-size chart).
  scenario::Environment environment;
  bool pool_sweep = false;

  int exit_code = 0;          // what `loopscope run` would exit with
  std::string limit_message;  // non-empty when a limit stopped the run

  size_t step_count() const { return log ? log->size() : 0; }
};

// Precomputes everything the panels need from `log` (which must be complete).
std::unique_ptr<Document> MakeDocument(std::shared_ptr<const trace::StepLog> log, std::string path,
                                       std::string title);

}  // namespace loopscope::app
