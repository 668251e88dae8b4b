// tests/fuzz/trace_export_fuzz.cpp — fuzz target: arbitrary bytes as the texts of a step log.
//
// A program decides every text its log holds (console output, labels, its name and source),
// including bytes that are not UTF-8. The property of both exports (engine/trace/
// text_bytes.h, export_budget.h): the `--trace` document is always valid JSON and loads back
// into the same texts, and the Chrome export is always valid JSON. The input is split at
// 0x00 bytes: the program's name, its source, then one console line per piece. A small
// byte budget is used too, so the capped path is searched as well. Seeds: the test programs.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "engine/trace/chrome_trace.h"
#include "engine/trace/trace_json.h"

namespace {

using loopscope::trace::Event;
using loopscope::trace::EventKind;
using loopscope::trace::StepLog;

std::vector<std::string> Pieces(const uint8_t* data, size_t size) {
  std::vector<std::string> pieces(1);
  for (size_t i = 0; i < size; ++i) {
    if (data[i] == 0) {
      pieces.emplace_back();
    } else {
      pieces.back().push_back(static_cast<char>(data[i]));
    }
  }
  while (pieces.size() < 2) pieces.emplace_back();
  return pieces;
}

void CheckExports(const StepLog& log, size_t max_bytes) {
  std::ostringstream json_out;
  if (!loopscope::trace::WriteTraceJson(log, json_out, max_bytes)) std::abort();
  if (!nlohmann::json::accept(json_out.str())) std::abort();
  loopscope::trace::TraceLoadResult loaded = loopscope::trace::LoadTraceJson(json_out.str());
  if (!loaded.log) std::abort();
  if (!(loaded.log->info() == log.info())) std::abort();
  if (loaded.log->size() + loaded.log->dropped() != log.size()) std::abort();
  if (loaded.log->dropped() == 0) {
    for (size_t i = 0; i < log.size(); ++i) {
      if (loaded.log->Text(loaded.log->At(i).text) != log.Text(log.At(i).text)) std::abort();
    }
  }
  std::ostringstream chrome_out;
  if (!loopscope::trace::WriteChromeTrace(log, chrome_out, max_bytes)) std::abort();
  if (!nlohmann::json::accept(chrome_out.str())) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<std::string> pieces = Pieces(data, size);
  StepLog log;
  log.set_info(loopscope::trace::RunInfo{pieces[0], pieces[1], 4, 1});
  for (size_t i = 2; i < pieces.size(); ++i) {
    Event e;
    e.kind = i % 3 == 0 ? EventKind::kNote : EventKind::kConsole;
    e.value = 1;
    e.text = log.Intern(pieces[i]);
    log.Append(e);
  }
  CheckExports(log, loopscope::trace::kMaxExportBytes);
  CheckExports(log, 64);
  return 0;
}
