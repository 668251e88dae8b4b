// engine/trace/explain_labels.h — how the explanation sentences name a queue item.
//
// Shared by the Node sentences (explain.cpp) and the browser ones (explain_browser.cpp): an
// item is named by the label it was queued with, or after its queue when it has none, and
// "(queued at L7)" says where the program queued it.
#pragma once

#include <string>

#include "engine/trace/loop_state.h"

namespace loopscope::trace {

// The label interned as `text`, or "<queue> callback" when it is empty.
std::string Label(const StepLog& log, uint32_t text, Queue q);
// " (queued at L7)", or "" for an unknown location.
std::string QueuedAt(Loc from);
// The item `id` waiting on queue `q`, or the running one; null when neither is it.
const QueueItem* FindItem(const LoopState& s, Queue q, uint64_t id);
// The label an event gives, else the one its item was queued with.
std::string ItemLabel(const LoopState& s, const Event& e, const StepLog& log);

}  // namespace loopscope::trace
