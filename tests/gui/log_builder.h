// tests/gui/log_builder.h — hand-written step logs for panel tests: events appended at a
// clock the test sets, texts interned, the whole log ready as a Document. Small enough to
// read a test's log at a glance.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "app/ui/document.h"
#include "engine/trace/step_log.h"

namespace loopscope::testing {

class LogBuilder {
 public:
  explicit LogBuilder(std::string source = "// test\n", int pool_size = 4) {
    log_->set_info(trace::RunInfo{"test.js", std::move(source), pool_size, 4});
    Add({.value = pool_size, .kind = trace::EventKind::kRunStart});
  }
  LogBuilder& AtMs(double ms) { return now_ns_ = static_cast<int64_t>(ms * 1e6), *this; }
  // Appends `e` stamped with the current time.
  LogBuilder& Add(trace::Event e) {
    e.time_ns = now_ns_;
    log_->AppendRaw(e);
    return *this;
  }
  uint32_t Text(std::string_view s) { return log_->Intern(s); }
  size_t last_step() const { return log_->size() - 1; }
  std::unique_ptr<app::Document> Build() { return app::MakeDocument(log_, "", "test"); }

 private:
  std::shared_ptr<trace::StepLog> log_ = std::make_shared<trace::StepLog>();
  int64_t now_ns_ = 0;
};

}  // namespace loopscope::testing
