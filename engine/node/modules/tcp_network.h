// engine/node/modules/tcp_network.h — what lib/net.js needs from a TCP network.
//
// The `net` binding (net_http.cpp) plays Node's TCPWrap over this interface. The simulator
// implements it with its in-process loopback wire (tcp_wire.h); a live run implements it
// with real loopback sockets on the real libuv loop (engine/live/live_tcp.h). Which one a
// Process gets is RealTimeBackend::MakeTcp's choice (real_time.h). Both call back into
// JavaScript the way Node's stream and TCP wraps do: the helpers at the bottom are shared,
// so the two networks cannot drift in how a callback reaches lib/net.js.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "engine/js/vm.h"
#include "engine/scenario/scenario.h"

namespace loopscope::node {

class Process;
struct CallbackSite;

class TcpNetwork {
 public:
  virtual ~TcpNetwork() = default;

  // A new handle (uv_tcp_init) owned by the JavaScript object `owner` (a lib/net.js TCP);
  // its callbacks (onconnection, onconnect, onread) are looked up on `owner`.
  virtual int NewHandle(js::Value owner) = 0;
  // Points a handle at its JavaScript object (server-side sockets get one after accept).
  virtual void SetOwner(int id, js::Value owner) = 0;
  // bind + listen. Returns 0 or a negative errno (EADDRINUSE).
  virtual int Listen(int id, const std::string& address, int port) = 0;
  // uv_tcp_connect: 0 and the outcome ('connect' or ECONNREFUSED) later in a poll phase,
  // or a negative errno at once.
  virtual int Connect(int id, const std::string& address, int port) = 0;
  virtual void ReadStart(int id) = 0;
  virtual void ReadStop(int id) = 0;
  // StreamBase::Write; lib/net.js treats the bytes as written when this returns 0.
  virtual int Write(int id, std::string bytes) = 0;
  // uv_shutdown: `on_done` (lib/net.js afterShutdown) runs once the FIN has left.
  virtual int Shutdown(int id, js::Value on_done) = 0;
  // uv_close: `on_close` runs in the close phase.
  virtual void Close(int id, js::Value on_close) = 0;
  virtual void SetRef(int id, bool ref) = 0;
  virtual bool SockName(int id, std::string* address, int* port, std::string* family) const = 0;
  virtual bool PeerName(int id, std::string* address, int* port, std::string* family) const = 0;
  virtual std::string Describe(int id) const = 0;

  // The scenario's network.requests: external HTTP clients, scheduled once.
  virtual void ScheduleExternalRequests() = 0;
};

// libuv error codes (negated errno on Linux) that lib/net.js turns into Node errors.
inline constexpr int kUvEof = -4095;
inline constexpr int kUvEpipe = -32;
inline constexpr int kUvEconnreset = -104;
inline constexpr int kUvEconnrefused = -111;
inline constexpr int kUvEaddrinuse = -98;
inline constexpr int kUvEaddrnotavail = -99;
inline constexpr int kUvEnetunreach = -101;
inline constexpr int kUvEnotconn = -107;

// "IPv6" when the address has a colon, else "IPv4" (as Node's getsockname reports).
std::string FamilyOf(const std::string& address);

// owner[name], or undefined.
js::Value OwnerMethod(Process& p, js::Value owner, std::string_view name);

// owner.name(args...) as a MakeCallback (tcp_wrap.cc OnConnection, connection_wrap.cc
// AfterConnect), if it is a function.
void CallOwner(Process& p, js::Value owner, std::string_view name, std::span<const js::Value> args,
               const CallbackSite& site);

// LibuvStreamWrap::OnUvRead → owner.onread(nread, buffer). A socket whose reads an HTTP
// server parser consumes (node_http_parser.cc Parser::OnStreamRead) has no callback scope
// around the parse: the parser itself opens one per body chunk and message end, and one for
// kOnExecute at the end, so ticks drain between them (lib/http.js mirrors that).
void CallOnRead(Process& p, js::Value owner, int nread, std::string bytes,
                const CallbackSite& site);

// One of the scenario's external clients (`environment.network.requests`): where it
// connects and the HTTP/1.1 request it sends there ("Connection: close", so the server
// ends the connection after its response).
struct ExternalRequest {
  std::string host;
  int port = 0;
  std::string path;
  std::string text;
};
ExternalRequest FormatExternalRequest(const scenario::ScheduledRequest& r);

}  // namespace loopscope::node
