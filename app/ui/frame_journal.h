// app/ui/frame_journal.h — the last frames the window drew: for each, its number, whether the
// loop was allowed to sleep until an event before it (frame_pacing.h), whether it saw input
// and the step it showed. The session report (session_report.h) writes it, so a test that
// drives the real window (tests/gui/input_frame_xdotool_test.py) counts the frames between an
// input and the first frame that shows its effect, and sees that the loop did not sleep in
// between, without reading any clock.
#pragma once

#include <cstddef>
#include <deque>

namespace loopscope::app {

struct FrameRecord {
  long long frame = 0;
  bool waited = false;  // the loop slept (until an event or its timeout) before this frame
  bool input = false;   // FrameHadInput: keys, pointer, buttons, wheel, characters
  size_t step = 0;      // the step the panels drew
};

class FrameJournal {
 public:
  // Keeps the newest kKept frames: enough for a test's few inputs, bounded for a long session.
  static constexpr size_t kKept = 2000;
  void Add(const FrameRecord& record) {
    if (records_.size() == kKept) records_.pop_front();
    records_.push_back(record);
  }
  const std::deque<FrameRecord>& records() const { return records_; }

 private:
  std::deque<FrameRecord> records_;
};

}  // namespace loopscope::app
