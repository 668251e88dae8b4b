// engine/node/modules/stream.cpp — require('stream'), require('stream/promises'), and the
// stream classes fs, net and http build on.
//
// The classes are one set per process (so a net.Socket is an instanceof stream.Duplex): the
// core (lib/stream.js: Readable, Writable, Duplex, destroy, over lib/string_decoder.js) runs
// first, then each lib/stream_*.js adds one part to it (getters, pipe, Transform, duplexPair,
// finished, pipeline, from and async iteration, the operators), and lib/stream_module.js assembles
// what `require('stream')` returns, as Node's lib/stream.js does over lib/internal/streams/*.
#include "engine/node/modules.h"
#include "engine/node/modules/stream_trace.h"
#include "engine/node/native.h"
#include "engine/node/process.h"

namespace loopscope::node {

namespace {

// The parts added to the core, in dependency order (a part may use what an earlier one
// added).
constexpr std::string_view kStreamParts[] = {
    "stream_props",   "stream_pipe",         "stream_transform", "stream_duplexpair",
    "stream_eos",     "stream_pipeline",     "stream_iter",      "stream_operators",
    "stream_compose", "stream_web_adapters",
};

}  // namespace

js::Value Modules::StreamInternals() {
  if (!stream_internals_.IsUndefined()) return stream_internals_;
  js::Vm& vm = p_.vm();
  js::Value binding = NewBinding();
  vm.Set(binding, "EventEmitter", event_emitter_);
  // The operators' `options.signal` is lib/abort.js's AbortSignal, the global one.
  vm.Set(binding, "AbortSignal", vm.GetOwn(abort_, "AbortSignal"));
  vm.Set(binding, "AbortController", vm.GetOwn(abort_, "AbortController"));
  vm.Set(binding, "AbortError", abort_error());
  vm.Set(binding, "stringDecoder", RunLib("string_decoder", NewBinding()));
  // Recording each buffer change for the step log (lib/stream_trace.js; null without a log).
  js::Value trace_binding = NewBinding();
  vm.Set(trace_binding, "trace", BuildStreamTrace(p_));
  vm.Set(binding, "tracer", RunLib("stream_trace", trace_binding));
  // lib/stream_web_adapters.js loads the web streams on the first toWeb/fromWeb.
  SetMethod(vm, binding, "loadWebStreams", 0,
            [this](js::NativeCall&) { return Require("stream/web"); });
  js::Value core = RunLib("stream", binding);
  vm.Set(binding, "core", core);
  for (std::string_view part : kStreamParts) RunLib(part, binding);
  stream_internals_ = core;
  return core;
}

js::Value BuildStreamModule(Modules& modules, Process& p) {
  js::Value binding = modules.NewBinding();
  p.vm().Set(binding, "core", modules.StreamInternals());
  return modules.RunLib("stream_module", binding);
}

}  // namespace loopscope::node
