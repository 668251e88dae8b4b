// engine/trace/explain_labels.cpp — see explain_labels.h.
#include "engine/trace/explain_labels.h"

#include <algorithm>

#include "engine/trace/explain.h"

namespace loopscope::trace {

std::string Label(const StepLog& log, uint32_t text, Queue q) {
  std::string_view s = log.Text(text);
  if (!s.empty()) return std::string(s);
  return std::string(QueueDisplayName(q)) + " callback";
}

std::string QueuedAt(Loc from) {
  return from.line == 0 ? std::string() : " (queued at " + FormatLoc(from) + ")";
}

const QueueItem* FindItem(const LoopState& s, Queue q, uint64_t id) {
  const auto& items = s.Items(q);
  auto it =
      std::find_if(items.begin(), items.end(), [&](const QueueItem& x) { return x.id == id; });
  if (it != items.end()) return &*it;
  return s.running.id == id ? &s.running : nullptr;
}

std::string ItemLabel(const LoopState& s, const Event& e, const StepLog& log) {
  if (e.text != 0) return std::string(log.Text(e.text));
  const QueueItem* item = FindItem(s, e.queue, e.item);
  return Label(log, item ? item->label : 0, e.queue);
}

}  // namespace loopscope::trace
