// engine/live/live_external_clients.h — the scenario's external HTTP clients, for real.
//
// `environment.network.requests` are clients outside the program. In a live run each is a
// real uv_tcp_t on the same loop: a uv_timer_t fires at its scheduled time, the client
// connects to the real port behind the program's port (LiveTcp::RealPortOf), sends the
// request the simulator's would (FormatExternalRequest), reads the response until the
// server ends the connection and closes. Like the simulator's (tcp_wire.cpp, external
// clients) it runs no JavaScript and does not keep the loop alive — the program does not
// know it is coming — and the log notes what it did. Its handles are closed by the client
// itself or by LiveBackend::Shutdown; the memory goes with this object, after Shutdown.
#pragma once

#include <uv.h>

#include <memory>
#include <string>
#include <vector>

namespace loopscope::node {
class Process;
}  // namespace loopscope::node

namespace loopscope::live {

class LiveBackend;
class LiveTcp;

class ExternalClients {
 public:
  ExternalClients(node::Process& process, LiveBackend& backend, LiveTcp& tcp);
  ~ExternalClients();
  ExternalClients(const ExternalClients&) = delete;
  ExternalClients& operator=(const ExternalClients&) = delete;

  // Starts one timer per request, at its `at_ms` on the run's real clock.
  void Schedule();

 private:
  struct Client;

  static void OnDue(uv_timer_t* timer);
  static void OnConnect(uv_connect_t* req, int status);
  static void OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf);
  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf);
  void Finish(Client& c, const std::string& what);

  node::Process& p_;
  LiveBackend& backend_;
  LiveTcp& tcp_;
  std::vector<std::unique_ptr<Client>> clients_;
  char read_buffer_[16 * 1024];
};

}  // namespace loopscope::live
