// engine/live/live_tcp.h — net and http over real loopback sockets on the real libuv loop.
//
// LiveTcp is the TcpNetwork (engine/node/modules/tcp_network.h) of a live run: every handle
// lib/net.js opens is a uv_tcp_t on LiveBackend::uv(), so listen, accept, connect, reads,
// writes, FIN and RST are the kernel's, and their callbacks run where libuv runs them.
// Two rules keep a run to itself:
//   - loopback only: a program may connect to 127.0.0.1, ::1 or localhost and listen on
//     those or on the any-address (bound as 127.0.0.1); anything else is refused at once
//     (ENETUNREACH for connect, EADDRNOTAVAIL for listen) without touching the network;
//   - virtual ports: a listener binds port 0 and the run maps the program's port to the
//     real one, so runs side by side can all listen on "8080". A port nobody in this run
//     listens on is refused by the kernel: the connection goes to a socket that is bound
//     but never listens, never to the machine's real port.
// The scenario's external clients are live_external_clients.h; they find servers through
// RealPortOf. Handle memory is freed in close callbacks, or — for handles that
// LiveBackend::Shutdown closed — by the destructor, which runs after Shutdown.
#pragma once

#include <uv.h>

#include <map>
#include <memory>
#include <string>

#include "engine/node/modules/tcp_network.h"
#include "engine/node/recorder.h"

namespace loopscope::node {
class Process;
}  // namespace loopscope::node

namespace loopscope::live {

class LiveBackend;
class ExternalClients;

class LiveTcp final : public node::TcpNetwork {
 public:
  LiveTcp(node::Process& process, LiveBackend& backend);
  ~LiveTcp() override;
  LiveTcp(const LiveTcp&) = delete;
  LiveTcp& operator=(const LiveTcp&) = delete;

  int NewHandle(js::Value owner) override;
  void SetOwner(int id, js::Value owner) override;
  int Listen(int id, const std::string& address, int port) override;
  int Connect(int id, const std::string& address, int port) override;
  void ReadStart(int id) override;
  void ReadStop(int id) override;
  int Write(int id, std::string bytes) override;
  int Shutdown(int id, js::Value on_done) override;
  void Close(int id, js::Value on_close) override;
  void SetRef(int id, bool ref) override;
  bool SockName(int id, std::string* address, int* port, std::string* family) const override;
  bool PeerName(int id, std::string* address, int* port, std::string* family) const override;
  std::string Describe(int id) const override;
  void ScheduleExternalRequests() override;

  // The real port of the server listening on the program's `program_port` in this run;
  // 0 when there is none.
  int RealPortOf(int program_port) const;
  // Names the client behind a real local port, for the accept on the server's side.
  void NameClient(int real_port, std::string who) { clients_[real_port] = std::move(who); }

  // Wraps a libuv callback that may call JavaScript: false when the run is ending (the
  // callback must do nothing); otherwise the loop has observed `phase`. Leave() after it.
  bool Enter(node::Phase phase);
  void Leave();

 private:
  struct Socket;
  struct PendingWrite;

  static void OnConnection(uv_stream_t* server, int status);
  static void OnConnect(uv_connect_t* req, int status);
  static void OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf);
  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf);
  static void OnWritten(uv_write_t* req, int status);
  static void OnClosed(uv_handle_t* handle);

  Socket* Find(int id);
  const Socket* Find(int id) const;
  int NewSocket(const std::string& role);
  void LogHandle(Socket& s, const std::string& label);
  void UpdateActive(Socket& s);
  uint64_t PollEvent(uint64_t op, const std::string& label);
  void SendFin(Socket& s);
  int RefusingPort();

  node::Process& p_;
  LiveBackend& backend_;
  std::map<int, std::unique_ptr<Socket>> sockets_;
  std::map<int, int> listening_;        // program port -> listener socket id
  std::map<int, std::string> clients_;  // a client's real local port -> who it is
  std::unique_ptr<uv_tcp_t> refuser_;   // bound to a real port, never listening
  int refusing_port_ = 0;
  std::unique_ptr<ExternalClients> externals_;
  int next_id_ = 1;
  char read_buffer_[64 * 1024];  // libuv reads into it; onread copies the bytes out
};

}  // namespace loopscope::live
