// engine/trace/explain_await.h — the Why sentences of a parked and a resumed function
// (frame_suspend, frame_resume): where it parks, what it waits for, where it comes back.
// Explain() (explain.h) calls them; AwaitSnippet quotes the `await` from the program's source.
#pragma once

#include <string>
#include <string_view>

#include "engine/trace/loop_state.h"

namespace loopscope::trace {

// The awaited expression as written at `at` ("await async2()"): from `at` to the end of the
// expression (the first `;`, `,` or unmatched closing bracket outside brackets, or the line's
// end), at most 48 characters. Empty when `at` does not point at an `await` in `source`.
std::string AwaitSnippet(std::string_view source, Loc at);

std::string SuspendSentence(const LoopState& before, const Event& e, const StepLog& log);
std::string ResumeSentence(const LoopState& before, const Event& e, const StepLog& log);

}  // namespace loopscope::trace
