// tests/fuzz/js_parser_fuzz.cpp — fuzz target: arbitrary bytes as JavaScript source.
//
// Runs the three front-end stages on their own so a finding points at one of them: the
// lexer alone over every token, then the parser (engine/js/parser.h), then the whole
// compile (scope analysis and bytecode) the way `loopscope check` does it. Every stage must
// either succeed or return diagnostics with a position. Seed corpus: the programs of
// scenarios/ and tests/unit/{js,node}/programs.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "engine/js/lexer.h"
#include "engine/js/parser.h"
#include "engine/node/simulation.h"

namespace {

void ScanAll(std::string_view source) {
  loopscope::js::Lexer lexer(source);
  // Each token consumes at least one byte or ends the scan, so the loop is bounded; the
  // bound below turns a lexer that stops advancing into a finding instead of a hang.
  for (size_t n = 0; n <= source.size() + 1; ++n) {
    const loopscope::js::Token t = lexer.Next();
    if (t.kind == loopscope::js::TokenKind::kEnd || t.kind == loopscope::js::TokenKind::kError)
      return;
  }
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string source(reinterpret_cast<const char*>(data), size);
  ScanAll(source);

  const loopscope::js::ParseResult parsed = loopscope::js::Parse(source, "fuzz.js");
  for (const auto& d : parsed.diagnostics) {
    if (d.loc.line == 0 || d.message.empty()) std::abort();  // errors must be located
  }

  loopscope::scenario::Scenario scenario;
  scenario.source_name = "fuzz.js";
  scenario.source = source;
  for (const std::string& e : loopscope::node::CheckProgram(scenario)) {
    if (e.rfind("fuzz.js:", 0) != 0) std::abort();
  }
  return 0;
}
