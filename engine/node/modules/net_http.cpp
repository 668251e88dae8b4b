// engine/node/modules/net_http.cpp — the `net` and `http` modules: a tcp_wrap-like binding.
//
// lib/net.js (Socket, Server) and lib/http.js (server, client, agent) are JavaScript, as in
// Node; they sit on the binding built here, which plays Node's TCPWrap/StreamBase over the
// process's TcpNetwork (tcp_network.h): the simulated wire (tcp_wire.h), or real loopback
// sockets in a live run (engine/live/live_tcp.h). The binding also offers `makeCallback`,
// so lib/http.js can open a callback scope where node_http_parser.cc does (ticks drain
// after it).
// Where to look next: tcp_wire.cpp (what happens on the wire and when), lib/net.js.
#include <memory>

#include "engine/node/modules.h"
#include "engine/node/modules/buffer.h"
#include "engine/node/modules/tcp_network.h"
#include "engine/node/modules/tcp_wire.h"
#include "engine/node/native.h"
#include "engine/node/process.h"
#include "engine/node/real_time.h"
#include "engine/node/validators.h"

namespace loopscope::node {

namespace {

int IdArg(js::NativeCall& call, size_t i) {
  return static_cast<int>(ToInt32(call.vm.ToNumber(call.Arg(i))));
}

js::Value AddressObject(js::Vm& vm, const std::string& address, int port,
                        const std::string& family) {
  js::Value out = vm.NewObject();
  vm.Set(out, "address", vm.NewString(address));
  vm.Set(out, "family", vm.NewString(family));
  vm.Set(out, "port", js::Value::Number(port));
  return out;
}

void AddTcpMethods(Process& p, js::Value binding, const std::shared_ptr<TcpNetwork>& wire) {
  js::Vm& vm = p.vm();
  SetMethod(vm, binding, "tcpNew", 1, [wire](js::NativeCall& call) {
    return Ok(js::Value::Number(wire->NewHandle(call.Arg(0))));
  });
  SetMethod(vm, binding, "tcpSetOwner", 2, [wire](js::NativeCall& call) {
    wire->SetOwner(IdArg(call, 0), call.Arg(1));
    return Ok();
  });
  SetMethod(vm, binding, "tcpListen", 3, [wire](js::NativeCall& call) {
    std::string address = call.vm.ToDisplayString(call.Arg(1));
    return Ok(js::Value::Number(wire->Listen(IdArg(call, 0), address, IdArg(call, 2))));
  });
  SetMethod(vm, binding, "tcpConnect", 3, [wire](js::NativeCall& call) {
    std::string address = call.vm.ToDisplayString(call.Arg(1));
    return Ok(js::Value::Number(wire->Connect(IdArg(call, 0), address, IdArg(call, 2))));
  });
  SetMethod(vm, binding, "tcpReadStart", 1, [wire](js::NativeCall& call) {
    wire->ReadStart(IdArg(call, 0));
    return Ok(js::Value::Number(0));
  });
  SetMethod(vm, binding, "tcpReadStop", 1, [wire](js::NativeCall& call) {
    wire->ReadStop(IdArg(call, 0));
    return Ok(js::Value::Number(0));
  });
  SetMethod(vm, binding, "tcpWrite", 2, [wire](js::NativeCall& call) {
    std::string bytes;
    if (!BytesOf(call.vm, call.Arg(1), "", &bytes)) bytes = call.vm.ToDisplayString(call.Arg(1));
    return Ok(js::Value::Number(wire->Write(IdArg(call, 0), std::move(bytes))));
  });
  SetMethod(vm, binding, "tcpShutdown", 2, [wire](js::NativeCall& call) {
    return Ok(js::Value::Number(wire->Shutdown(IdArg(call, 0), call.Arg(1))));
  });
  SetMethod(vm, binding, "tcpClose", 2, [wire](js::NativeCall& call) {
    wire->Close(IdArg(call, 0), call.Arg(1));
    return Ok();
  });
  SetMethod(vm, binding, "tcpRef", 2, [wire](js::NativeCall& call) {
    wire->SetRef(IdArg(call, 0), call.vm.ToBoolean(call.Arg(1)));
    return Ok();
  });
  SetMethod(vm, binding, "tcpSockName", 1, [wire](js::NativeCall& call) {
    std::string address, family;
    int port = 0;
    if (!wire->SockName(IdArg(call, 0), &address, &port, &family)) return Ok();
    return Ok(AddressObject(call.vm, address, port, family));
  });
  SetMethod(vm, binding, "tcpPeerName", 1, [wire](js::NativeCall& call) {
    std::string address, family;
    int port = 0;
    if (!wire->PeerName(IdArg(call, 0), &address, &port, &family)) return Ok();
    return Ok(AddressObject(call.vm, address, port, family));
  });
}

// errnoName(err): [code, message] for the errors lib/net.js's own table does not name
// (uv_err_name, uv_strerror). A live run's loopback rule (engine/live/live_tcp.h) answers
// with the first two; the others are what a real socket reused after close or in the middle
// of a connect reports (EALREADY: Node's own answer to connect() on a socket still
// connecting). The table stays as it is so the simulator's runs stay as they are.
void AddErrnoName(Process& p, js::Value binding) {
  struct UvError {
    int err;
    const char* code;
    const char* message;
  };
  static constexpr UvError kUvErrors[] = {
      {kUvEaddrnotavail, "EADDRNOTAVAIL", "address not available"},
      {kUvEnetunreach, "ENETUNREACH", "network is unreachable"},
      {-114, "EALREADY", "connection already in progress"},
      {-106, "EISCONN", "socket is already connected"},
      {-107, "ENOTCONN", "socket is not connected"},
      {-9, "EBADF", "bad file descriptor"},
      {-22, "EINVAL", "invalid argument"},
  };
  SetMethod(p.vm(), binding, "errnoName", 1, [](js::NativeCall& call) {
    int err = static_cast<int>(ToInt32(call.vm.ToNumber(call.Arg(0))));
    std::string code = "E" + std::to_string(-err);
    std::string message = "unknown error";
    for (const UvError& e : kUvErrors) {
      if (e.err != err) continue;
      code = e.code;
      message = e.message;
    }
    js::Value items[] = {call.vm.NewString(code), call.vm.NewString(message)};
    return Ok(call.vm.NewArray(items));
  });
}

// makeCallback(fn, recv, label, ...args): an InternalCallbackScope around one call, as
// node_http_parser.cc opens for on_body and on_message_complete.
void AddMakeCallback(Process& p, js::Value binding) {
  SetMethod(p.vm(), binding, "makeCallback", 3, [&p](js::NativeCall& call) {
    std::vector<js::Value> args = RestArgs(call, 3);
    std::string label = call.vm.ToDisplayString(call.Arg(2));
    CallbackSite site{Queue::kPollReady, 0, label, "callback"};
    p.MakeCallback(call.Arg(0), call.Arg(1), args, site);
    return Ok();
  });
}

}  // namespace

js::Value BuildNetModule(Process& p) {
  js::Vm& vm = p.vm();
  RealTimeBackend* backend = p.real_time_backend();
  std::shared_ptr<TcpNetwork> wire = backend ? backend->MakeTcp(p) : std::make_shared<TcpWire>(p);
  js::Value binding = p.modules().NewBinding();
  AddTcpMethods(p, binding, wire);
  AddErrnoName(p, binding);
  AddMakeCallback(p, binding);
  vm.Set(binding, "stream", p.modules().StreamInternals());
  vm.Set(binding, "EventEmitter", p.modules().event_emitter());
  vm.Set(binding, "activeHandles", p.modules().active_handles());
  js::Completion dns = p.modules().Require("dns");
  if (dns.ok()) vm.Set(binding, "dns", dns.value);
  js::Value net = p.modules().RunLib("net", binding);
  wire->ScheduleExternalRequests();
  return net;
}

js::Value BuildHttpModule(Process& p) {
  js::Vm& vm = p.vm();
  js::Completion net = p.modules().Require("net");
  js::Value binding = p.modules().NewBinding();
  AddMakeCallback(p, binding);
  if (net.ok()) vm.Set(binding, "net", net.value);
  vm.Set(binding, "stream", p.modules().StreamInternals());
  vm.Set(binding, "EventEmitter", p.modules().event_emitter());
  return p.modules().RunLib("http", binding);
}

}  // namespace loopscope::node
