// engine/node/modules/dns.cpp — the `dns` module.
//
// dns.lookup is getaddrinfo on the thread pool (slow I/O: latency, not CPU); dns.resolve* is
// c-ares: an OS operation with no pool thread, answered in the poll phase
// (docs/semantics.md §6.4). Addresses are made up from the host name, deterministically.
#include "engine/node/modules.h"
#include "engine/node/modules/pool_job.h"
#include "engine/node/native.h"
#include "engine/node/os_io.h"
#include "engine/node/process.h"
#include "engine/node/task_queue.h"

namespace loopscope::node {

namespace {
bool IsIpLiteral(const std::string& host) {
  if (host.find(':') != std::string::npos) return true;
  int dots = 0;
  for (char c : host) {
    if (c == '.')
      ++dots;
    else if (c < '0' || c > '9')
      return false;
  }
  return dots == 3;
}

std::string AddressFor(const std::string& host) {
  if (IsIpLiteral(host)) return host;
  if (host == "localhost") return "127.0.0.1";
  uint64_t h = 1469598103934665603ull;
  for (char c : host) h = (h ^ static_cast<uint8_t>(c)) * 1099511628211ull;
  return "93.184." + std::to_string((h >> 8) & 255) + "." + std::to_string(h & 255);
}
}  // namespace

js::Value BuildDnsModule(Process& p) {
  js::Vm& vm = p.vm();
  js::Value dns = vm.NewObject();
  // dns.lookup: getaddrinfo on the pool (slow I/O); an IP literal answers on nextTick.
  SetMethod(vm, dns, "lookup", 3, [&p](js::NativeCall& call) {
    std::string host = call.vm.ToDisplayString(call.Arg(0));
    js::Value cb = LastCallable(call);
    if (!call.vm.IsCallable(cb)) return ThrowNotFunction(call.vm, "callback", cb);
    std::string address = AddressFor(host);
    p.SyncClock();
    if (IsIpLiteral(host)) {
      p.tasks().NextTick(cb, {js::Value::Null(), call.vm.NewString(address), js::Value::Number(4)});
      return Ok();
    }
    scenario::IoCost cost = p.IoCostFor("dns.lookup", {0.5, 0});
    SubmitJob(p, "dns.lookup " + host + " (getaddrinfo)", MsToNs(cost.cpu_ms),
              MsToNs(cost.latency_ms), true, cb,
              [address](Process& proc) -> std::optional<std::vector<js::Value>> {
                return std::vector<js::Value>{js::Value::Null(), proc.vm().NewString(address),
                                              js::Value::Number(4)};
              });
    return Ok();
  });
  vm.Set(vm.GetOwn(dns, "lookup"), "__promisifyArgs",
         vm.NewArray(std::vector<js::Value>{vm.NewString("address"), vm.NewString("family")}));
  // dns.resolve4 / resolve: c-ares queries, answered by the OS in the poll phase.
  for (const char* op : {"resolve", "resolve4", "resolve6"}) {
    std::string name = op;
    SetMethod(vm, dns, name, 3, [&p, name](js::NativeCall& call) {
      std::string host = call.vm.ToDisplayString(call.Arg(0));
      js::Value cb = LastCallable(call);
      if (!call.vm.IsCallable(cb)) return ThrowNotFunction(call.vm, "callback", cb);
      scenario::IoCost cost = p.IoCostFor("dns.resolve", {5, 0});
      p.SyncClock();
      OsOperation op;
      op.label = "dns." + name + " " + host + " (c-ares, no pool thread)";
      op.from = p.call_site();
      op.ready_at = p.now() + MsToNs(cost.latency_ms);
      op.values = {cb};
      std::string address = AddressFor(host);
      op.on_ready = [&p, address](OsOperation& o) {
        js::Value list[] = {p.vm().NewString(address)};
        js::Value args[] = {js::Value::Null(), p.vm().NewArray(list)};
        CallbackSite site{Queue::kPollReady, o.id, o.label, "dns.resolve callback"};
        p.MakeCallback(o.values[0], js::Value::Undefined(), args, site);
      };
      p.os().Start(std::move(op));
      return Ok();
    });
  }
  js::Completion util = p.modules().Require("util");
  js::Value promises = vm.NewObject();
  if (util.ok()) {
    js::Value promisify = vm.GetOwn(util.value, "promisify");
    for (const char* name : {"lookup", "resolve", "resolve4", "resolve6"}) {
      js::Value fn[] = {vm.GetOwn(dns, name)};
      js::Completion c = vm.Call(promisify, util.value, fn);
      if (c.ok()) vm.Set(promises, name, c.value);
    }
  }
  vm.Set(dns, "promises", promises);
  return dns;
}

}  // namespace loopscope::node
