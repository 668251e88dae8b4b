// app/ui/document.cpp — builds a Document from a finished step log.
#include "app/ui/document.h"

#include <sstream>

#include "app/ui/loop_code.h"

namespace loopscope::app {
namespace {

void SplitConsole(Document& doc) {
  const trace::StepLog& log = *doc.log;
  doc.console_line_end.push_back(0);
  for (uint32_t index : log.console_events()) {
    std::string_view text = log.Text(log[index].text);
    bool is_stderr = log[index].value == 2;
    size_t start = 0;
    do {
      size_t nl = text.find('\n', start);
      if (nl == std::string_view::npos) nl = text.size();
      doc.console_lines.push_back({index, text.substr(start, nl - start), is_stderr});
      start = nl + 1;
    } while (start < text.size());
    doc.console_line_end.push_back(doc.console_lines.size());
  }
}

}  // namespace

std::unique_ptr<Document> MakeDocument(std::shared_ptr<const trace::StepLog> log, std::string path,
                                       std::string title) {
  auto doc = std::make_unique<Document>();
  doc->path = std::move(path);
  doc->title = std::move(title);
  doc->log = std::move(log);
  doc->checkpoints = std::make_unique<trace::Checkpoints>(*doc->log);
  std::istringstream source(doc->log->info().source_text);
  for (std::string line; std::getline(source, line);) doc->source_lines.push_back(line);
  doc->timeline = BuildTimeline(*doc->log);
  doc->phase_enters = FindPhaseEnters(*doc->log);
  doc->usage = FindRunUsage(*doc->log);
  SplitConsole(*doc);
  return doc;
}

}  // namespace loopscope::app
