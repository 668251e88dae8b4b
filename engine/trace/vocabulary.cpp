// engine/trace/vocabulary.cpp — name and colour look-ups for the tables in vocabulary.h and
// event.h. Every function is a switch generated from the X-macro table, so adding a row to a
// table is the only change needed. Where to look next: vocabulary.h, event.h.
#include "engine/trace/vocabulary.h"

#include <cassert>

#include "engine/trace/event.h"

namespace loopscope::trace {

std::string_view PhaseDisplayName(Phase p) {
  switch (p) {
#define X(e, display, json, colour) \
  case Phase::e:                    \
    return display;
    LOOPSCOPE_PHASES(X)
#undef X
  }
  assert(false && "Phase value outside the LOOPSCOPE_PHASES table");
  return "?";
}

std::string_view PhaseJsonName(Phase p) {
  switch (p) {
#define X(e, display, json, colour) \
  case Phase::e:                    \
    return json;
    LOOPSCOPE_PHASES(X)
#undef X
  }
  assert(false && "Phase value outside the LOOPSCOPE_PHASES table");
  return "?";
}

uint32_t PhaseColour(Phase p) {
  switch (p) {
#define X(e, display, json, colour) \
  case Phase::e:                    \
    return colour;
    LOOPSCOPE_PHASES(X)
#undef X
  }
  return 0x000000;
}

bool PhaseFromJsonName(std::string_view name, Phase* out) {
#define X(e, display, json, colour) \
  if (name == json) {               \
    *out = Phase::e;                \
    return true;                    \
  }
  LOOPSCOPE_PHASES(X)
#undef X
  return false;
}

std::string_view QueueDisplayName(Queue q) {
  switch (q) {
#define X(e, display, json, colour) \
  case Queue::e:                    \
    return display;
    LOOPSCOPE_QUEUES(X)
#undef X
  }
  assert(false && "Queue value outside the LOOPSCOPE_QUEUES table");
  return "?";
}

std::string_view QueueJsonName(Queue q) {
  switch (q) {
#define X(e, display, json, colour) \
  case Queue::e:                    \
    return json;
    LOOPSCOPE_QUEUES(X)
#undef X
  }
  assert(false && "Queue value outside the LOOPSCOPE_QUEUES table");
  return "?";
}

uint32_t QueueColour(Queue q) {
  switch (q) {
#define X(e, display, json, colour) \
  case Queue::e:                    \
    return colour;
    LOOPSCOPE_QUEUES(X)
#undef X
  }
  return 0x000000;
}

bool QueueFromJsonName(std::string_view name, Queue* out) {
#define X(e, display, json, colour) \
  if (name == json) {               \
    *out = Queue::e;                \
    return true;                    \
  }
  LOOPSCOPE_QUEUES(X)
#undef X
  return false;
}

std::string_view DrainKindDisplayName(DrainKind k) {
  switch (k) {
#define X(e, display, json) \
  case DrainKind::e:        \
    return display;
    LOOPSCOPE_DRAIN_KINDS(X)
#undef X
  }
  assert(false && "DrainKind value outside the LOOPSCOPE_DRAIN_KINDS table");
  return "?";
}

std::string_view DrainKindJsonName(DrainKind k) {
  switch (k) {
#define X(e, display, json) \
  case DrainKind::e:        \
    return json;
    LOOPSCOPE_DRAIN_KINDS(X)
#undef X
  }
  assert(false && "DrainKind value outside the LOOPSCOPE_DRAIN_KINDS table");
  return "?";
}

bool DrainKindFromJsonName(std::string_view name, DrainKind* out) {
#define X(e, display, json) \
  if (name == json) {       \
    *out = DrainKind::e;    \
    return true;            \
  }
  LOOPSCOPE_DRAIN_KINDS(X)
#undef X
  return false;
}

DrainKind DrainKindFromValue(int64_t value) {
  int64_t i = 0;
#define X(e, display, json) \
  if (value == i++) return DrainKind::e;
  LOOPSCOPE_DRAIN_KINDS(X)
#undef X
  return DrainKind::kMicrotaskCheckpoint;
}

std::string_view EventKindJsonName(EventKind k) {
  switch (k) {
#define X(e, json)   \
  case EventKind::e: \
    return json;
    LOOPSCOPE_EVENT_KINDS(X)
#undef X
  }
  assert(false && "EventKind value outside the LOOPSCOPE_EVENT_KINDS table");
  return "?";
}

bool EventKindFromJsonName(std::string_view name, EventKind* out) {
#define X(e, json)       \
  if (name == json) {    \
    *out = EventKind::e; \
    return true;         \
  }
  LOOPSCOPE_EVENT_KINDS(X)
#undef X
  return false;
}

std::string_view RenderStepDisplayName(RenderStep s) {
  switch (s) {
#define X(e, display, json) \
  case RenderStep::e:       \
    return display;
    LOOPSCOPE_RENDER_STEPS(X)
#undef X
  }
  return "paint";
}

std::string_view RenderStepJsonName(RenderStep s) {
  switch (s) {
#define X(e, display, json) \
  case RenderStep::e:       \
    return json;
    LOOPSCOPE_RENDER_STEPS(X)
#undef X
  }
  return "paint";
}

RenderStep RenderStepFromValue(int64_t value) {
  int64_t i = 0;
#define X(e, display, json) \
  if (value == i++) return RenderStep::e;
  LOOPSCOPE_RENDER_STEPS(X)
#undef X
  return RenderStep::kPaint;
}

}  // namespace loopscope::trace
