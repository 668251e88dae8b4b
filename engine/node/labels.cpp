// engine/node/labels.cpp — see labels.h.
#include "engine/node/labels.h"

#include "engine/node/process.h"

namespace loopscope::node {

std::string FunctionName(js::Vm& vm, js::Value fn) {
  if (!vm.IsCallable(fn)) return {};
  js::Value name = vm.GetOwn(fn, "name");
  return name.IsString() ? std::string(vm.StringView(name)) : std::string();
}

std::string CallbackLabel(Process& p, std::string_view api, js::Value fn) {
  std::string name = FunctionName(p.vm(), fn);
  std::string label(api);
  label += ' ';
  label += name.empty() ? "cb" : name;
  if (p.call_site().line != 0) {
    label += " @ L";
    label += std::to_string(p.call_site().line);
  }
  return label;
}

}  // namespace loopscope::node
