// engine/node/recorder.cpp — one small function per event kind (see recorder.h).
#include "engine/node/recorder.h"

namespace loopscope::node {

using trace::EventKind;

void Recorder::RunStart(std::string_view program, int pool_size) {
  Emit(EventKind::kRunStart, [&](trace::Event& e) {
    e.text = Intern(program);
    e.value = pool_size;
  });
}

void Recorder::PhaseEnter(Phase phase, int64_t iteration) {
  Emit(EventKind::kPhaseEnter, [&](trace::Event& e) {
    e.phase = phase;
    e.value = iteration;
  });
}

void Recorder::PhaseLeave(Phase phase, int64_t iteration) {
  Emit(EventKind::kPhaseLeave, [&](trace::Event& e) {
    e.phase = phase;
    e.value = iteration;
  });
}

void Recorder::ClockAdvance(int64_t waited_ns, std::string_view why) {
  Emit(EventKind::kClockAdvance, [&](trace::Event& e) {
    e.value = waited_ns;
    e.text = Intern(why);
  });
}

void Recorder::FramePush(std::string_view name, Loc function, uint64_t item) {
  Emit(EventKind::kFramePush, [&](trace::Event& e) {
    e.text = Intern(name);
    e.loc = function;
    e.item = item;
  });
}

void Recorder::FramePop() {
  Emit(EventKind::kFramePop, [](trace::Event&) {});
}

void Recorder::FrameSuspend(std::string_view name, Loc at, uint64_t activation) {
  Emit(EventKind::kFrameSuspend, [&](trace::Event& e) {
    e.text = Intern(name);
    e.loc = at;
    e.value = static_cast<int64_t>(activation);
  });
}

void Recorder::FrameResume(std::string_view name, Loc function, Loc at, uint64_t item,
                           uint64_t activation) {
  Emit(EventKind::kFrameResume, [&](trace::Event& e) {
    e.text = Intern(name);
    e.loc = function;
    e.from = at;
    e.item = item;
    e.value = static_cast<int64_t>(activation);
  });
}

void Recorder::Statement(Loc loc) {
  Emit(EventKind::kStatement, [&](trace::Event& e) {
    e.loc = loc;
    e.value = 1;
  });
}

void Recorder::StatementRepeated(Loc loc, uint64_t times) {
  Emit(EventKind::kStatement, [&](trace::Event& e) {
    e.loc = loc;
    e.value = static_cast<int64_t>(times);
  });
}

void Recorder::Enqueue(Queue queue, uint64_t item, std::string_view label, Loc from, int64_t due_ns,
                       trace::AsyncIdPair async) {
  Emit(EventKind::kEnqueue, [&](trace::Event& e) {
    e.queue = queue;
    e.item = item;
    e.text = Intern(label);
    e.from = from;
    e.value = due_ns;
    trace::SetEnqueueAsyncIds(e, async);
  });
}

void Recorder::Dequeue(Queue queue, uint64_t item) {
  Emit(EventKind::kDequeue, [&](trace::Event& e) {
    e.queue = queue;
    e.item = item;
  });
}

void Recorder::Cancel(Queue queue, uint64_t item) {
  Emit(EventKind::kCancel, [&](trace::Event& e) {
    e.queue = queue;
    e.item = item;
  });
}

void Recorder::CallbackStart(Queue queue, uint64_t item, std::string_view label) {
  Emit(EventKind::kCallbackStart, [&](trace::Event& e) {
    e.queue = queue;
    e.item = item;
    e.text = Intern(label);
  });
}

void Recorder::CallbackEnd(uint64_t item) {
  Emit(EventKind::kCallbackEnd, [&](trace::Event& e) { e.item = item; });
}

void Recorder::DrainStart(trace::DrainKind kind) {
  Emit(EventKind::kDrainStart, [&](trace::Event& e) { e.value = static_cast<int64_t>(kind); });
}

void Recorder::DrainEnd() {
  Emit(EventKind::kDrainEnd, [](trace::Event&) {});
}

void Recorder::PoolStart(int threads) {
  Emit(EventKind::kPoolStart, [&](trace::Event& e) { e.value = threads; });
  if (log_ && thread_ == 0) {  // RunInfo describes the main thread's pool
    trace::RunInfo info = log_->info();
    info.pool_size = threads;
    log_->set_info(std::move(info));
  }
}

void Recorder::PoolJobStart(uint64_t job, int thread, std::string_view label, int64_t expected_ns) {
  Emit(EventKind::kPoolJobStart, [&](trace::Event& e) {
    e.item = job;
    e.value = thread;
    e.text = Intern(label);
    trace::SetPoolJobExpectedNs(e, expected_ns);
  });
}

void Recorder::PoolJobFinish(uint64_t job, int thread) {
  Emit(EventKind::kPoolJobFinish, [&](trace::Event& e) {
    e.item = job;
    e.value = thread;
  });
}

void Recorder::OsOpStart(uint64_t op, std::string_view label, Loc from, int64_t expected_ns) {
  Emit(EventKind::kOsOpStart, [&](trace::Event& e) {
    e.item = op;
    e.text = Intern(label);
    e.from = from;
    e.value = expected_ns;
  });
}

void Recorder::OsOpReady(uint64_t op) {
  Emit(EventKind::kOsOpReady, [&](trace::Event& e) { e.item = op; });
}

void Recorder::OsOpDone(uint64_t op) {
  Emit(EventKind::kOsOpDone, [&](trace::Event& e) { e.item = op; });
}

void Recorder::RenderStep(trace::RenderStep step) {
  Emit(EventKind::kRenderStep, [&](trace::Event& e) {
    e.value = static_cast<int64_t>(step);
    e.text = Intern(trace::RenderStepDisplayName(step));
  });
}

void Recorder::Stream(uint64_t stream, trace::StreamOp op, int64_t value, std::string_view label,
                      uint32_t flags) {
  Emit(EventKind::kStream, [&](trace::Event& e) {
    e.item = stream;
    e.value = value;
    if (!label.empty()) e.text = Intern(label);
    trace::SetStreamOp(e, op, flags);
  });
}

void Recorder::Console(int stream, std::string_view text) {
  Emit(EventKind::kConsole, [&](trace::Event& e) {
    e.value = stream;
    e.text = Intern(text);
  });
}

void Recorder::Handle(uint64_t handle, std::string_view label, trace::HandleOp op) {
  Emit(EventKind::kHandle, [&](trace::Event& e) {
    e.item = handle;
    e.text = Intern(label);
    e.value = static_cast<int64_t>(op);
  });
}

void Recorder::Race(std::string_view text, Loc loc) {
  Emit(EventKind::kRaceMark, [&](trace::Event& e) {
    e.text = Intern(text);
    e.loc = loc;
  });
}

void Recorder::Note(std::string_view text) {
  Emit(EventKind::kNote, [&](trace::Event& e) { e.text = Intern(text); });
}

void Recorder::Limit(std::string_view text) {
  Emit(EventKind::kLimit, [&](trace::Event& e) { e.text = Intern(text); });
}

void Recorder::Uncaught(std::string_view text, Loc loc) {
  Emit(EventKind::kUncaught, [&](trace::Event& e) {
    e.text = Intern(text);
    e.loc = loc;
  });
}

void Recorder::ProcessExit(int code, std::string_view why) {
  Emit(EventKind::kProcessExit, [&](trace::Event& e) {
    e.value = code;
    e.text = Intern(why);
  });
}

}  // namespace loopscope::node
