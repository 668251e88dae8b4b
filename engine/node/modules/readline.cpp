// engine/node/modules/readline.cpp — require('readline') (lib/readline.js: the Interface over
// a readable stream and the cursor helpers) and require('string_decoder') (lib/string_decoder.js,
// the decoder the streams already use).
#include "engine/node/modules.h"
#include "engine/node/process.h"

namespace loopscope::node {

js::Value BuildStringDecoderModule(Modules& modules, Process& p) {
  js::Vm& vm = p.vm();
  js::Value decoder = modules.RunLib("string_decoder", modules.NewBinding());
  js::Value exports = vm.NewObject();
  vm.Set(exports, "StringDecoder", vm.GetOwn(decoder, "StringDecoder"));
  return exports;
}

js::Value BuildReadlineModule(Modules& modules, Process& p) {
  js::Vm& vm = p.vm();
  js::Value binding = modules.NewBinding();
  vm.Set(binding, "EventEmitter", modules.event_emitter());
  vm.Set(binding, "AbortError", modules.abort_error());
  vm.Set(binding, "kFirstEventParam", modules.first_event_param());
  js::Completion decoder = modules.Require("string_decoder");
  vm.Set(binding, "StringDecoder",
         decoder.ok() ? vm.GetOwn(decoder.value, "StringDecoder") : js::Value::Undefined());
  return modules.RunLib("readline", binding);
}

}  // namespace loopscope::node
