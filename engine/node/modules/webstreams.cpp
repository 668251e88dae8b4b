// engine/node/modules/webstreams.cpp — require('stream/web') and the web stream globals.
//
// lib/webstreams_host.js supplies what node's lib/internal/webstreams/*.js expect (primordials,
// require of the internal modules, internalBinding); each lib/webstreams_<part>.js is one of
// node's files, run in dependency order with its own `module` and registered under node's id,
// as node's own loader would. The globals are lazy accessors (lib/webstreams_globals.js) that
// require('stream/web') on first use, so a program that never touches them pays nothing.
#include "engine/node/modules/webstreams.h"

#include "engine/js/object.h"
#include "engine/node/modules.h"
#include "engine/node/native.h"
#include "engine/node/process.h"

namespace loopscope::node {

namespace {

// node's module ids and the ports of them, in the order lib/stream/web.js requires them
// (each part may require only the parts before it).
struct WebStreamPart {
  std::string_view id;
  std::string_view lib;
};
constexpr WebStreamPart kParts[] = {
    {"internal/webstreams/util", "webstreams_util"},
    {"internal/webstreams/queuingstrategies", "webstreams_queuing"},
    {"internal/webstreams/writablestream", "webstreams_writable"},
    {"internal/webstreams/readablestream", "webstreams_readable"},
    {"internal/webstreams/transformstream", "webstreams_transform"},
    {"internal/webstreams/encoding", "webstreams_encoding"},
    {"internal/webstreams/adapters", "webstreams_adapters"},
};

// What lib/stream/web.js exports, in its order (CompressionStream and DecompressionStream are
// not modelled).
constexpr std::string_view kExports[][2] = {
    {"readablestream", "ReadableStream"},
    {"readablestream", "ReadableStreamDefaultReader"},
    {"readablestream", "ReadableStreamBYOBReader"},
    {"readablestream", "ReadableStreamBYOBRequest"},
    {"readablestream", "ReadableByteStreamController"},
    {"readablestream", "ReadableStreamDefaultController"},
    {"transformstream", "TransformStream"},
    {"transformstream", "TransformStreamDefaultController"},
    {"writablestream", "WritableStream"},
    {"writablestream", "WritableStreamDefaultWriter"},
    {"writablestream", "WritableStreamDefaultController"},
    {"queuingstrategies", "ByteLengthQueuingStrategy"},
    {"queuingstrategies", "CountQueuingStrategy"},
    {"encoding", "TextEncoderStream"},
    {"encoding", "TextDecoderStream"},
};

// internalBinding('util').getPromiseDetails(promise)[0]: 0 while pending (kPending).
js::Completion PromiseState(js::NativeCall& call) {
  if (!call.vm.IsPromise(call.Arg(0))) return Ok();
  return Ok(js::Value::Number(static_cast<double>(call.Arg(0).As<js::Promise>()->state)));
}

}  // namespace

js::Value BuildStreamWebModule(Modules& modules, Process& p) {
  js::Vm& vm = p.vm();
  js::Value binding = modules.NewBinding();
  vm.Set(binding, "AbortError", modules.abort_error());
  vm.Set(binding, "DOMException", modules.dom_exception());
  SetMethod(vm, binding, "promiseState", 1, PromiseState);
  // The adapters (Readable.fromWeb …) build node streams: the program's stream module.
  js::Completion stream = modules.Require("stream");
  vm.Set(binding, "stream", stream.ok() ? stream.value : vm.NewObject());
  vm.Set(binding, "streamCore", modules.StreamInternals());
  js::Value host = modules.RunLib("webstreams_host", binding);
  js::Value define = vm.GetOwn(host, "define");
  js::Value by_id = vm.NewObject();
  for (const WebStreamPart& part : kParts) {
    js::Value part_binding = vm.NewObject();
    for (const char* name : {"primordials", "require", "internalBinding"})
      vm.Set(part_binding, name, vm.GetOwn(host, name));
    js::Value module = vm.NewObject();
    vm.Set(module, "exports", vm.NewObject());
    vm.Set(part_binding, "module", module);
    modules.RunLib(part.lib, part_binding);
    js::Value exports = vm.GetOwn(module, "exports");
    js::Value args[] = {vm.NewString(part.id), exports};
    vm.Call(define, host, args);
    vm.Set(by_id, part.id.substr(part.id.rfind('/') + 1), exports);
  }
  // Where lib/stream_web_adapters.js's Readable.fromWeb and the rest find the adapters.
  vm.Set(modules.StreamInternals(), "webStreamAdapters", vm.GetOwn(by_id, "adapters"));
  js::Value web = vm.NewObject();
  for (const auto& [part, name] : kExports)
    vm.Set(web, name, vm.GetOwn(vm.GetOwn(by_id, part), name));
  return web;
}

void InstallWebStreamGlobals(Modules& modules, Process& p) {
  js::Value binding = modules.NewBinding();
  SetMethod(p.vm(), binding, "load", 0,
            [&modules](js::NativeCall&) { return modules.Require("stream/web"); });
  modules.RunLib("webstreams_globals", binding);
}

}  // namespace loopscope::node
