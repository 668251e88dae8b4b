// engine/node/modules/tcp_wire.h — the simulated TCP network inside one process.
//
// TcpWire plays the kernel and libuv's tcp/stream code for lib/net.js: listening sockets,
// connections, bytes in flight, FIN and RST. Every event that reaches JavaScript is an OS
// operation (os_io.h) that becomes ready one wire hop (`io.net.latency_ms`) after its cause
// and runs in the poll phase; shutdown completions go through the pending phase and handle
// closes through the close phase, as in libuv src/unix/stream.c and tcp.c. It also plays
// the scenario's external HTTP clients (`environment.network.requests`).
// It is the TcpNetwork (tcp_network.h) of a simulation; a live run has real sockets instead.
// Where to look next: net_http.cpp (the binding lib/net.js calls), lib/net.js (Socket and
// Server over these handles), lib/http.js (HTTP over sockets).
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>

#include "engine/js/vm.h"
#include "engine/node/modules/tcp_network.h"

namespace loopscope::node {

class Process;

class TcpWire final : public TcpNetwork {
 public:
  explicit TcpWire(Process& process);

  int NewHandle(js::Value owner) override;
  void SetOwner(int id, js::Value owner) override;
  // bind + listen: synchronous; port 0 takes an ephemeral port of the wire's own.
  int Listen(int id, const std::string& address, int port) override;
  int Connect(int id, const std::string& address, int port) override;
  void ReadStart(int id) override;
  void ReadStop(int id) override;
  // uv_try_write on loopback always writes everything at once: bytes leave now.
  int Write(int id, std::string bytes) override;
  // uv_shutdown: the FIN leaves and `on_done` runs in the pending phase (stream.c uv__drain).
  int Shutdown(int id, js::Value on_done) override;
  // uv_close: the socket stops, the peer sees FIN (or RST with unread data), `on_close`
  // runs in the close phase.
  void Close(int id, js::Value on_close) override;
  void SetRef(int id, bool ref) override;
  bool SockName(int id, std::string* address, int* port, std::string* family) const override;
  bool PeerName(int id, std::string* address, int* port, std::string* family) const override;
  std::string Describe(int id) const override;
  void ScheduleExternalRequests() override;

 private:
  struct Segment {
    int64_t arrive_at = 0;
    std::string bytes;
    bool fin = false;
    bool rst = false;
  };
  struct Endpoint {
    int id = 0;
    bool listener = false;
    bool external = false;     // a scenario client: no JavaScript owner
    uint64_t owner_hold = 0;   // Process::Hold of the JavaScript TCP object
    uint64_t loop_handle = 0;  // the uv handle in EventLoop (0 = none yet)
    std::string address;
    int port = 0;
    std::string peer_address;
    int peer_port = 0;
    int peer = 0;  // the other end of the connection
    bool connected = false;
    bool reading = false;
    bool eof = false;  // FIN read: libuv stops the handle (uv__stream_eof)
    bool refed = true;
    bool closed = false;
    bool shut = false;          // our FIN has left
    std::deque<Segment> inbox;  // bytes in flight or waiting to be read
    int deliveries = 0;         // readiness events scheduled and not yet dispatched
    std::string role;           // "client socket", "server socket"
    std::string received;       // external clients: the response so far
  };

  js::Value OwnerOf(const Endpoint& e);
  Endpoint* Find(int id);
  const Endpoint* Find(int id) const;
  int NewEndpoint(const std::string& role);
  int64_t Hop() const;
  void UpdateActive(Endpoint& e);
  void OpenLoopHandle(Endpoint& e, const std::string& label);
  void Send(Endpoint& from, Segment seg, const std::string& what);
  void ScheduleDelivery(int to, int64_t at, const std::string& label);
  void Deliver(int id, uint64_t op_id, const std::string& label);
  void CallRead(Endpoint& e, int nread, std::string bytes, uint64_t op, const std::string& label);
  void Accept(int listener, int server_side, uint64_t op, const std::string& label);
  int EphemeralPort();
  void ExternalConnect(size_t index, uint64_t op);
  void ExternalReceived(Endpoint& e, const std::string& bytes, bool fin);

  Process& p_;
  std::map<int, Endpoint> endpoints_;
  std::map<int, int> listening_;  // port -> listener endpoint
  int next_id_ = 1;
  int next_port_ = 40000;
  bool externals_scheduled_ = false;
};

}  // namespace loopscope::node
