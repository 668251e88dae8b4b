// engine/live/live_tcp.cpp — see live_tcp.h.
//
// [SECTION] sockets and the log   — NewHandle, names, ref, how events appear in the log
// [SECTION] listen and accept     — the loopback rule, virtual ports, OnConnection
// [SECTION] connect               — Connect, the refusing socket, OnConnect
// [SECTION] bytes                 — reads, writes, shutdown, close
#include "engine/live/live_tcp.h"

#include <sys/socket.h>

#include <cassert>
#include <cstring>

#include "engine/live/live_backend.h"
#include "engine/live/live_external_clients.h"
#include "engine/live/live_loop.h"
#include "engine/node/event_loop.h"
#include "engine/node/process.h"

namespace loopscope::live {

using node::Phase;
using node::Queue;

namespace {
// Node's default backlog (lib/net.js backlog 511).
constexpr int kBacklog = 511;

bool IsLoopback(const std::string& address) {
  return address == "127.0.0.1" || address == "::1" || address == "localhost";
}

// Where a server may listen: loopback, or the any-address, which a live run narrows to
// loopback so no other machine can reach the program.
bool MayListenOn(const std::string& address) {
  return IsLoopback(address) || address == "0.0.0.0" || address == "::";
}

sockaddr_in Loopback(int port) {
  sockaddr_in addr{};
  uv_ip4_addr("127.0.0.1", port, &addr);
  return addr;
}

int LocalPort(const uv_tcp_t* tcp) {
  sockaddr_storage name{};
  int len = sizeof(name);
  if (uv_tcp_getsockname(tcp, reinterpret_cast<sockaddr*>(&name), &len) != 0) return 0;
  return ntohs(reinterpret_cast<sockaddr_in*>(&name)->sin_port);
}

int PeerPort(const uv_tcp_t* tcp) {
  sockaddr_storage name{};
  int len = sizeof(name);
  if (uv_tcp_getpeername(tcp, reinterpret_cast<sockaddr*>(&name), &len) != 0) return 0;
  return ntohs(reinterpret_cast<sockaddr_in*>(&name)->sin_port);
}
}  // namespace

// One lib/net.js handle. The program sees its own names (`address`/`port`, the peer's),
// not the real ones: the ports it asked for, the addresses it used.
struct LiveTcp::Socket {
  uv_tcp_t tcp{};
  uv_connect_t connect{};
  LiveTcp* net = nullptr;
  int id = 0;
  std::string role = "socket";
  uint64_t owner_hold = 0;  // Process::Hold of the JavaScript TCP object
  uint64_t log_handle = 0;  // the handle in the step log (0 = not shown yet)
  bool logged_ref = false;  // what the log last said about it
  bool listener = false;
  bool connected = false;
  bool reading = false;
  bool eof = false;  // EOF or an error read: libuv has stopped reading
  bool refed = true;
  bool closed = false;
  bool shut = false;  // our FIN has left
  std::string address;
  int port = 0;
  std::string peer_address;
  int peer_port = 0;
  int real_port = 0;  // a listener's real port
  std::string peer;   // who is at the other end, as the log names it ("client socket #2")
  uint64_t connect_op = 0;
  uint64_t close_item = 0;
  uint64_t close_hold = 0;  // the close callback and the owner, until it runs
  std::string close_label;
};

// Bytes uv_try_write could not write at once wait in a uv_write request.
struct LiveTcp::PendingWrite {
  uv_write_t req{};
  std::string bytes;
};

LiveTcp::LiveTcp(node::Process& process, LiveBackend& backend) : p_(process), backend_(backend) {}

// LiveBackend::Shutdown ran before the Process (and this) goes: every handle here is
// closed, so the memory can go.
LiveTcp::~LiveTcp() {
  assert(backend_.shutting_down());
}

// ---- [SECTION] sockets and the log -----------------------------------------------------

LiveTcp::Socket* LiveTcp::Find(int id) {
  auto it = sockets_.find(id);
  return it == sockets_.end() ? nullptr : it->second.get();
}

const LiveTcp::Socket* LiveTcp::Find(int id) const {
  auto it = sockets_.find(id);
  return it == sockets_.end() ? nullptr : it->second.get();
}

// uv_tcp_init, as TCPWrap's constructor does.
int LiveTcp::NewSocket(const std::string& role) {
  int id = next_id_++;
  auto s = std::make_unique<Socket>();
  s->net = this;
  s->id = id;
  s->role = role;
  uv_tcp_init(backend_.uv(), &s->tcp);
  s->tcp.data = s.get();
  s->connect.data = s.get();
  sockets_.emplace(id, std::move(s));
  return id;
}

int LiveTcp::NewHandle(js::Value owner) {
  int id = NewSocket("socket");
  SetOwner(id, owner);
  return id;
}

// The JavaScript handle object stays reachable until the close callback, as HandleWrap
// keeps its object alive.
void LiveTcp::SetOwner(int id, js::Value owner) {
  Socket* s = Find(id);
  if (!s) return;
  if (s->owner_hold != 0) p_.Release(s->owner_hold);
  s->owner_hold = p_.Hold({owner});
}

std::string LiveTcp::Describe(int id) const {
  const Socket* s = Find(id);
  if (!s) return "socket #" + std::to_string(id);
  if (s->listener) return "server :" + std::to_string(s->port);
  return s->role + " #" + std::to_string(id);
}

// The step log shows the handle as the simulator's does (tcp_wire.cpp OpenLoopHandle,
// UpdateActive): open, then ref'd while it is active (listening, or reading before EOF)
// and ref'd. libuv itself decides what keeps the real loop alive; this is only the record.
void LiveTcp::LogHandle(Socket& s, const std::string& label) {
  if (s.log_handle != 0) return;
  s.log_handle = p_.rec().NewId();
  p_.rec().Handle(s.log_handle, label, trace::HandleOp::kOpen);
  p_.rec().Handle(s.log_handle, label, trace::HandleOp::kUnref);
  UpdateActive(s);
}

void LiveTcp::UpdateActive(Socket& s) {
  if (s.log_handle == 0 || s.closed) return;
  bool ref = (s.listener || (s.reading && !s.eof)) && s.refed;
  if (ref == s.logged_ref) return;
  s.logged_ref = ref;
  p_.rec().Handle(s.log_handle, {}, ref ? trace::HandleOp::kRef : trace::HandleOp::kUnref);
}

void LiveTcp::SetRef(int id, bool ref) {
  Socket* s = Find(id);
  if (!s || s->closed) return;
  s->refed = ref;
  auto* h = reinterpret_cast<uv_handle_t*>(&s->tcp);
  ref ? uv_ref(h) : uv_unref(h);
  UpdateActive(*s);
}

bool LiveTcp::SockName(int id, std::string* address, int* port, std::string* family) const {
  const Socket* s = Find(id);
  if (!s || s->port == 0) return false;
  *address = s->address;
  *port = s->port;
  *family = node::FamilyOf(s->address);
  return true;
}

bool LiveTcp::PeerName(int id, std::string* address, int* port, std::string* family) const {
  const Socket* s = Find(id);
  if (!s || !s->connected) return false;
  *address = s->peer_address;
  *port = s->peer_port;
  *family = node::FamilyOf(s->peer_address);
  return true;
}

bool LiveTcp::Enter(Phase phase) {
  if (backend_.shutting_down() || p_.stopping()) return false;
  backend_.loop().Observe(phase);
  return true;
}

void LiveTcp::Leave() {
  backend_.loop().AfterCallback();
}

// A kernel event as the log shows the simulator's OS operations: started (by `op`'s
// request, or now when the kernel alone caused it), ready, and taken by this poll phase.
uint64_t LiveTcp::PollEvent(uint64_t op, const std::string& label) {
  node::Recorder& rec = p_.rec();
  if (op == 0) {
    op = rec.NewId();
    rec.OsOpStart(op, label, {}, 0);  // a real socket: no modelled duration
  }
  rec.OsOpReady(op);
  rec.Enqueue(Queue::kPollReady, op, label, {});
  rec.Dequeue(Queue::kPollReady, op);
  rec.OsOpDone(op);
  return op;
}

void LiveTcp::ScheduleExternalRequests() {
  if (externals_) return;
  externals_ = std::make_unique<ExternalClients>(p_, backend_, *this);
  externals_->Schedule();
}

// ---- [SECTION] listen and accept -------------------------------------------------------

int LiveTcp::RealPortOf(int program_port) const {
  auto it = listening_.find(program_port);
  if (it == listening_.end()) return 0;
  const Socket* s = Find(it->second);
  return s ? s->real_port : 0;
}

// bind() + listen() in lib/net.js setupListenHandle, on 127.0.0.1 and a port the kernel
// picks. The program's port is taken in this run's map, as a real bind takes it.
int LiveTcp::Listen(int id, const std::string& address, int port) {
  Socket* s = Find(id);
  if (!s) return node::kUvEaddrinuse;
  if (!MayListenOn(address)) {
    p_.rec().Note("listen on " + address + ":" + std::to_string(port) +
                  " refused: a live run listens on loopback only");
    return node::kUvEaddrnotavail;
  }
  if (port != 0 && listening_.count(port) != 0) return node::kUvEaddrinuse;
  sockaddr_in addr = Loopback(0);
  int err = uv_tcp_bind(&s->tcp, reinterpret_cast<const sockaddr*>(&addr), 0);
  if (err == 0) err = uv_listen(reinterpret_cast<uv_stream_t*>(&s->tcp), kBacklog, OnConnection);
  if (err != 0) return err;
  s->real_port = LocalPort(&s->tcp);
  // listen(0) reports the port the kernel gave, so the program can connect to it.
  if (port == 0) port = s->real_port;
  s->listener = true;
  s->address = address;
  s->port = port;
  s->role = "server";
  listening_[port] = id;
  p_.rec().Note("listening on " + address + ":" + std::to_string(port) +
                " (real socket 127.0.0.1:" + std::to_string(s->real_port) + ")");
  LogHandle(*s, "TCP server listening on :" + std::to_string(port));
  return 0;
}

// tcp_wrap.cc OnConnection: uv_accept into a new handle, then onconnection(0, handle).
void LiveTcp::OnConnection(uv_stream_t* server, int status) {
  Socket* l = static_cast<Socket*>(server->data);
  LiveTcp& net = *l->net;
  if (!net.Enter(Phase::kPoll)) return;
  js::Value owner = l->owner_hold != 0 ? net.p_.Held(l->owner_hold)[0] : js::Value::Undefined();
  if (status != 0) {
    js::Value args[] = {js::Value::Number(status)};
    node::CallOwner(net.p_, owner, "onconnection", args,
                    node::CallbackSite{Queue::kPollReady, 0, "accept failed", "onconnection"});
    return net.Leave();
  }
  int id = net.NewSocket("server socket");
  Socket& s = *net.Find(id);
  uv_accept(server, reinterpret_cast<uv_stream_t*>(&s.tcp));
  int client_port = PeerPort(&s.tcp);
  std::string who = "127.0.0.1:" + std::to_string(client_port);
  if (auto known = net.clients_.find(client_port); known != net.clients_.end()) {
    who = known->second;
    net.clients_.erase(known);
  }
  s.connected = true;
  s.address = l->address;
  s.port = l->port;
  s.peer_address = "127.0.0.1";
  s.peer_port = client_port;
  s.peer = who;
  for (auto& [other_id, other] : net.sockets_) {
    if (other_id != id && !other->listener && other->port == client_port)
      other->peer = net.Describe(id);
  }
  std::string label = "accept on :" + std::to_string(l->port) + " (connection from " + who + ")";
  uint64_t op = net.PollEvent(0, label);
  net.LogHandle(s, "TCP server socket #" + std::to_string(id));
  js::Value args[] = {js::Value::Number(0), js::Value::Number(id)};
  node::CallOwner(net.p_, owner, "onconnection", args,
                  node::CallbackSite{Queue::kPollReady, op, label, "onconnection"});
  net.Leave();
}

// ---- [SECTION] connect -----------------------------------------------------------------

// A socket bound to a real port that never listens: connecting to it is how a port
// nobody in this run listens on refuses, in the kernel, without reaching anything else.
int LiveTcp::RefusingPort() {
  if (refusing_port_ != 0) return refusing_port_;
  refuser_ = std::make_unique<uv_tcp_t>();
  uv_tcp_init(backend_.uv(), refuser_.get());
  sockaddr_in addr = Loopback(0);
  if (uv_tcp_bind(refuser_.get(), reinterpret_cast<const sockaddr*>(&addr), 0) == 0) {
    refusing_port_ = LocalPort(refuser_.get());
  }
  return refusing_port_;
}

// uv_tcp_connect. Only loopback: any other address fails at once with what connect(2)
// says on a host without a route (ENETUNREACH), and nothing is sent.
int LiveTcp::Connect(int id, const std::string& address, int port) {
  Socket* s = Find(id);
  if (!s) return node::kUvEconnrefused;
  s->role = "client socket";
  s->peer_address = address;
  s->peer_port = port;
  if (!IsLoopback(address)) {
    p_.rec().Note("connect to " + address + ":" + std::to_string(port) +
                  " refused: a live run connects to loopback only");
    return node::kUvEnetunreach;
  }
  s->address = address.find(':') != std::string::npos ? "::1" : "127.0.0.1";
  int real = RealPortOf(port);
  if (real == 0) {
    real = RefusingPort();
    p_.rec().Note("nothing in this run listens on :" + std::to_string(port) +
                  ": connecting to a closed real port (" + std::to_string(real) + ") instead");
  }
  LogHandle(*s, "TCP client socket #" + std::to_string(id));
  sockaddr_in addr = Loopback(real);
  int err =
      uv_tcp_connect(&s->connect, &s->tcp, reinterpret_cast<const sockaddr*>(&addr), OnConnect);
  if (err != 0) return err;
  // connect(2) has bound the local end: its port is the one the server's side sees.
  s->port = LocalPort(&s->tcp);
  NameClient(s->port, Describe(id));
  s->connect_op = p_.rec().NewId();
  p_.rec().OsOpStart(s->connect_op,
                     "connect: " + Describe(id) + " to " + address + ":" + std::to_string(port),
                     p_.call_site(), 0);
  return 0;
}

// connection_wrap.cc AfterConnect → onconnect(status).
void LiveTcp::OnConnect(uv_connect_t* req, int status) {
  Socket* s = static_cast<Socket*>(req->data);
  LiveTcp& net = *s->net;
  if (status == UV_ECANCELED || s->closed || !net.Enter(Phase::kPoll)) return;
  std::string to = s->peer_address + ":" + std::to_string(s->peer_port);
  std::string label = status == 0 ? "connect done: " + net.Describe(s->id) + " to " + to
                                  : std::string(uv_err_name(status)) + ": connect to " + to;
  if (status == 0) s->connected = true;
  uint64_t op = net.PollEvent(s->connect_op, label);
  js::Value owner = s->owner_hold != 0 ? net.p_.Held(s->owner_hold)[0] : js::Value::Undefined();
  js::Value args[] = {js::Value::Number(status)};
  node::CallOwner(net.p_, owner, "onconnect", args,
                  node::CallbackSite{Queue::kPollReady, op, label, "afterConnect"});
  net.Leave();
}

// ---- [SECTION] bytes -------------------------------------------------------------------

void LiveTcp::ReadStart(int id) {
  Socket* s = Find(id);
  if (!s || s->closed || s->reading) return;
  s->reading = true;
  if (!s->eof) uv_read_start(reinterpret_cast<uv_stream_t*>(&s->tcp), OnAlloc, OnRead);
  UpdateActive(*s);
}

void LiveTcp::ReadStop(int id) {
  Socket* s = Find(id);
  if (!s || s->closed) return;
  s->reading = false;
  uv_read_stop(reinterpret_cast<uv_stream_t*>(&s->tcp));
  UpdateActive(*s);
}

void LiveTcp::OnAlloc(uv_handle_t* handle, size_t /*suggested*/, uv_buf_t* buf) {
  LiveTcp& net = *static_cast<Socket*>(handle->data)->net;
  *buf = uv_buf_init(net.read_buffer_, sizeof(net.read_buffer_));
}

// LibuvStreamWrap::OnUvRead. On EOF or an error libuv has already stopped reading.
void LiveTcp::OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  Socket* s = static_cast<Socket*>(stream->data);
  LiveTcp& net = *s->net;
  if (nread == 0 || !net.Enter(Phase::kPoll)) return;
  std::string bytes;
  std::string label;
  if (nread > 0) {
    bytes.assign(buf->base, static_cast<size_t>(nread));
    // Worded as the simulator's wire words it (tcp_wire.cpp Send), so the two logs compare.
    std::string size = " (" + std::to_string(nread) + " bytes)";
    label = s->peer.empty() ? "data to " + net.Describe(s->id) + size
                            : "data from " + s->peer + size + " to " + net.Describe(s->id);
  } else {
    s->eof = true;
    s->reading = false;
    uv_read_stop(stream);
    net.UpdateActive(*s);
    label = (nread == UV_EOF ? std::string("FIN") : uv_err_name(static_cast<int>(nread))) +
            (s->peer.empty() ? "" : " from " + s->peer) + " to " + net.Describe(s->id);
  }
  uint64_t op = net.PollEvent(0, label);
  js::Value owner = s->owner_hold != 0 ? net.p_.Held(s->owner_hold)[0] : js::Value::Undefined();
  node::CallOnRead(net.p_, owner, static_cast<int>(nread), std::move(bytes),
                   node::CallbackSite{Queue::kPollReady, op, label, "onread"});
  net.Leave();
}

// StreamBase::Write: uv_try_write first; what the kernel did not take at once goes into a
// uv_write request. lib/net.js counts the bytes as written either way.
int LiveTcp::Write(int id, std::string bytes) {
  Socket* s = Find(id);
  if (!s || s->closed || s->shut) return node::kUvEpipe;
  if (bytes.empty()) return 0;
  auto* stream = reinterpret_cast<uv_stream_t*>(&s->tcp);
  uv_buf_t buf = uv_buf_init(bytes.data(), static_cast<unsigned>(bytes.size()));
  int written = uv_try_write(stream, &buf, 1);
  if (written == static_cast<int>(bytes.size())) return 0;
  if (written < 0 && written != UV_EAGAIN) return written;
  auto* w = new PendingWrite;
  w->bytes = bytes.substr(written > 0 ? static_cast<size_t>(written) : 0);
  uv_buf_t rest = uv_buf_init(w->bytes.data(), static_cast<unsigned>(w->bytes.size()));
  w->req.data = w;
  int err = uv_write(&w->req, stream, &rest, 1, OnWritten);
  if (err != 0) delete w;
  return err;
}

// Also called with UV_ECANCELED when the handle closes first.
void LiveTcp::OnWritten(uv_write_t* req, int /*status*/) {
  delete static_cast<PendingWrite*>(req->data);
}

// The FIN, as uv__drain sends it: shutdown(fd, SHUT_WR) once nothing waits to be written.
// With bytes still queued, uv_shutdown sends it after them.
void LiveTcp::SendFin(Socket& s) {
  auto* stream = reinterpret_cast<uv_stream_t*>(&s.tcp);
  if (uv_stream_get_write_queue_size(stream) > 0) {
    auto* req = new uv_shutdown_t;
    if (uv_shutdown(req, stream, [](uv_shutdown_t* r, int) { delete r; }) != 0) delete req;
    return;
  }
  uv_os_fd_t fd;
  if (uv_fileno(reinterpret_cast<uv_handle_t*>(&s.tcp), &fd) == 0) ::shutdown(fd, SHUT_WR);
}

// uv_shutdown's callback runs from libuv's pending queue (uv__io_feed). libuv 1.44 runs
// watchers fed during poll only in the next iteration; Node 20's 1.46 runs them right after
// poll. LiveLoop::FeedPending runs it where 1.46 would, and the FIN leaves then, as
// uv__drain sends it just before calling back.
int LiveTcp::Shutdown(int id, js::Value on_done) {
  Socket* s = Find(id);
  if (!s || s->closed) return node::kUvEnotconn;
  node::LoopCallback cb;
  cb.label = "shutdown: FIN from " + Describe(id);
  cb.from = p_.call_site();
  cb.values = {on_done, s->owner_hold != 0 ? p_.Held(s->owner_hold)[0] : js::Value::Undefined()};
  cb.run = [this, id](node::LoopCallback& self) {
    Socket* sp = Find(id);
    if (sp && !sp->closed && !sp->shut) {
      sp->shut = true;
      SendFin(*sp);
    }
    js::Value args[] = {js::Value::Number(0)};
    node::CallbackSite site{Queue::kPending, self.id, self.label, "afterShutdown"};
    if (p_.vm().IsCallable(self.values[0]))
      p_.MakeCallback(self.values[0], self.values[1], args, site);
  };
  p_.loop().FeedPending(std::move(cb));
  return 0;
}

// uv_close: the kernel sends FIN, or RST when received bytes were never read; a closed
// listener frees the program's port. The JavaScript callback runs in the close phase.
void LiveTcp::Close(int id, js::Value on_close) {
  Socket* s = Find(id);
  if (!s || s->closed) return;
  s->closed = true;
  s->reading = false;
  if (s->listener) {
    auto it = listening_.find(s->port);
    if (it != listening_.end() && it->second == id) listening_.erase(it);
  }
  if (s->log_handle == 0) LogHandle(*s, "TCP " + Describe(id));
  p_.rec().Handle(s->log_handle, {}, trace::HandleOp::kClose);
  s->close_label = "close " + Describe(id);
  s->close_item = p_.rec().NewId();
  p_.rec().Enqueue(Queue::kClose, s->close_item, s->close_label, p_.call_site());
  js::Value owner = s->owner_hold != 0 ? p_.Held(s->owner_hold)[0] : js::Value::Undefined();
  s->close_hold = p_.Hold({on_close, owner});
  if (s->owner_hold != 0) p_.Release(s->owner_hold);
  s->owner_hold = 0;
  uv_close(reinterpret_cast<uv_handle_t*>(&s->tcp), OnClosed);
}

void LiveTcp::OnClosed(uv_handle_t* handle) {
  Socket* s = static_cast<Socket*>(handle->data);
  LiveTcp& net = *s->net;
  uint64_t hold = s->close_hold;
  uint64_t item = s->close_item;
  std::string label = s->close_label;
  net.sockets_.erase(s->id);
  if (net.Enter(Phase::kClose)) {
    std::vector<js::Value>& values = net.p_.Held(hold);
    net.p_.rec().Dequeue(Queue::kClose, item);
    node::CallbackSite site{Queue::kClose, item, label, "onclose"};
    if (net.p_.vm().IsCallable(values[0])) net.p_.MakeCallback(values[0], values[1], {}, site);
    net.Leave();
  }
  net.p_.Release(hold);
}

}  // namespace loopscope::live
