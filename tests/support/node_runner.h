// tests/support/node_runner.h — runs a scenario's program under real Node the way
// the simulator sees it: its `environment.files` materialised in a fresh working
// directory, UV_THREADPOOL_SIZE from `threadpool_size`, stdin closed, a time limit.
//
// Used by tests/unit/scenario/node_expected_test.cpp (the library can never drift from real Node)
// and mirrored by tools/record-scenario-expected.py, which writes `expected` from the same kind of
// run.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/scenario/scenario.h"

namespace loopscope::testing {

struct NodeRun {
  std::string error;  // non-empty when the program could not be run at all
  int exit_code = -1;
  std::vector<std::string> stdout_lines;
  std::string stderr_text;
};

// Why Node v20 cannot be used here ("node is not installed", "node is v18.19.0, not
// v20"), or nullopt when it can.
std::optional<std::string> NodeV20Unavailable();

NodeRun RunUnderNode(const scenario::Scenario& scenario, int timeout_seconds = 60);

// The first meaningful line of Node's stderr: Node's uncaught-error source excerpt
// (location, source line, caret) is skipped and "(node:1234)" becomes "(node:PID)" — the
// redaction tools/node_record.py applies when it records, so `stderr_first_line` means the same.
std::string StderrFirstLine(const std::string& stderr_text);

}  // namespace loopscope::testing
