// engine/node/modules/tcp_wire.cpp — connections, bytes in flight, FIN/RST, external clients.
//
// [SECTION] handles and the loop    — NewHandle, UpdateActive, SetRef, names
// [SECTION] listen and connect      — Listen, Connect, Accept
// [SECTION] bytes on the wire       — Write, Send, Deliver (uv__read), Shutdown, Close
// [SECTION] external clients        — environment.network.requests
#include "engine/node/modules/tcp_wire.h"

#include "engine/node/event_loop.h"
#include "engine/node/os_io.h"
#include "engine/node/process.h"

namespace loopscope::node {

TcpWire::TcpWire(Process& process) : p_(process) {}

// ---- [SECTION] handles and the loop ----------------------------------------------------

TcpWire::Endpoint* TcpWire::Find(int id) {
  auto it = endpoints_.find(id);
  return it == endpoints_.end() ? nullptr : &it->second;
}

const TcpWire::Endpoint* TcpWire::Find(int id) const {
  auto it = endpoints_.find(id);
  return it == endpoints_.end() ? nullptr : &it->second;
}

int TcpWire::NewEndpoint(const std::string& role) {
  int id = next_id_++;
  Endpoint& e = endpoints_[id];
  e.id = id;
  e.role = role;
  return id;
}

int TcpWire::NewHandle(js::Value owner) {
  int id = NewEndpoint("socket");
  SetOwner(id, owner);
  return id;
}

// The JavaScript handle object stays reachable while the endpoint lives (a GC root held
// by the process), as HandleWrap keeps its object alive until the close callback.
void TcpWire::SetOwner(int id, js::Value owner) {
  Endpoint* e = Find(id);
  if (!e) return;
  if (e->owner_hold != 0) p_.Release(e->owner_hold);
  e->owner_hold = p_.Hold({owner});
}

js::Value TcpWire::OwnerOf(const Endpoint& e) {
  return e.owner_hold != 0 ? p_.Held(e.owner_hold)[0] : js::Value::Undefined();
}

std::string TcpWire::Describe(int id) const {
  const Endpoint* e = Find(id);
  if (!e) return "socket #" + std::to_string(id);
  if (e->listener) return "server :" + std::to_string(e->port);
  return e->role + " #" + std::to_string(id);
}

// One hop on the wire: the scenario's `io.net.latency_ms`. Without one the wire is
// loopback, where the kernel has the bytes in the peer's receive queue before write(2)
// returns: the event is ready at the very next poll, even a non-blocking one. Node shows
// it (tests/unit/node/programs/net_end_phases.js, net_refused.js): a FIN sent in the
// pending phase is read in the same iteration's poll, before that iteration's immediates.
int64_t TcpWire::Hop() const {
  return MsToNs(p_.IoCostFor("net", {0, 0}).latency_ms);
}

void TcpWire::OpenLoopHandle(Endpoint& e, const std::string& label) {
  if (e.loop_handle != 0 || e.external) return;
  e.loop_handle = p_.loop().OpenHandle(label, false);
  UpdateActive(e);
}

// A libuv handle keeps the loop alive while it is active and ref'd (uv__loop_alive): a
// listening server, or a socket that reads and has not seen EOF (uv_read_start starts the
// handle, uv__stream_eof and uv_read_stop stop it).
void TcpWire::UpdateActive(Endpoint& e) {
  if (e.loop_handle == 0 || e.closed) return;
  bool active = e.listener || (e.reading && !e.eof);
  p_.loop().SetHandleRef(e.loop_handle, active && e.refed);
}

void TcpWire::SetRef(int id, bool ref) {
  if (Endpoint* e = Find(id)) {
    e->refed = ref;
    UpdateActive(*e);
  }
}

bool TcpWire::SockName(int id, std::string* address, int* port, std::string* family) const {
  const Endpoint* e = Find(id);
  if (!e || e->port == 0) return false;
  *address = e->address;
  *port = e->port;
  *family = FamilyOf(e->address);
  return true;
}

bool TcpWire::PeerName(int id, std::string* address, int* port, std::string* family) const {
  const Endpoint* e = Find(id);
  if (!e || !e->connected) return false;
  *address = e->peer_address;
  *port = e->peer_port;
  *family = FamilyOf(e->peer_address);
  return true;
}

int TcpWire::EphemeralPort() {
  while (listening_.count(next_port_) != 0) ++next_port_;
  return next_port_++;
}

// ---- [SECTION] listen and connect ------------------------------------------------------

// bind() + listen() in lib/net.js setupListenHandle.
int TcpWire::Listen(int id, const std::string& address, int port) {
  Endpoint* e = Find(id);
  if (!e) return kUvEaddrinuse;
  if (port != 0 && listening_.count(port) != 0) return kUvEaddrinuse;
  if (port == 0) port = EphemeralPort();
  e->listener = true;
  e->address = address;
  e->port = port;
  e->role = "server";
  listening_[port] = id;
  OpenLoopHandle(*e, "TCP server listening on :" + std::to_string(port));
  return 0;
}

// uv_tcp_connect to a loopback address: the kernel completes the handshake at once, and
// the next epoll reports the listening socket readable (accept) before the new socket's
// writability (connect), because the listen fd was registered first.
int TcpWire::Connect(int id, const std::string& address, int port) {
  Endpoint* e = Find(id);
  if (!e) return kUvEconnrefused;
  e->role = "client socket";
  e->address = address.find(':') != std::string::npos ? "::1" : "127.0.0.1";
  e->port = 50000 + id;
  e->peer_address = address;
  e->peer_port = port;
  OpenLoopHandle(*e, "TCP client socket #" + std::to_string(id));
  p_.SyncClock();
  int64_t at = p_.now() + Hop();
  auto it = listening_.find(port);
  int status = 0;
  if (it == listening_.end()) {
    status = kUvEconnrefused;
  } else {
    int listener = it->second;
    int server_side = NewEndpoint("server socket");
    Endpoint& s = endpoints_[server_side];
    Endpoint& c = endpoints_[id];
    s.address = endpoints_[listener].address;
    s.port = port;
    s.peer_address = c.address;
    s.peer_port = c.port;
    s.peer = id;
    s.connected = true;
    c.peer = server_side;
    OsOperation accept;
    accept.label = "accept on :" + std::to_string(port) + " (connection from " + Describe(id) + ")";
    accept.from = p_.call_site();
    accept.ready_at = at;
    accept.keeps_alive = false;  // the listening handle keeps the loop alive
    accept.on_ready = [this, listener, server_side](OsOperation& op) {
      Accept(listener, server_side, op.id, op.label);
    };
    p_.os().Start(std::move(accept));
  }
  OsOperation done;
  done.label = status == 0
                   ? "connect done: " + Describe(id) + " to " + address + ":" + std::to_string(port)
                   : "ECONNREFUSED: nothing listens on " + address + ":" + std::to_string(port);
  done.from = p_.call_site();
  done.ready_at = at;
  done.keeps_alive = true;  // an active uv_connect_t request
  done.on_ready = [this, id, status](OsOperation& op) {
    Endpoint* c = Find(id);
    if (!c || c->closed) return;
    if (status == 0) c->connected = true;
    js::Value args[] = {js::Value::Number(status)};
    CallbackSite site{Queue::kPollReady, op.id, op.label, "afterConnect"};
    CallOwner(p_, OwnerOf(*c), "onconnect", args, site);
  };
  p_.os().Start(std::move(done));
  return 0;
}

// uv__server_io → Node's OnConnection → lib/net.js onconnection, one MakeCallback.
void TcpWire::Accept(int listener, int server_side, uint64_t op, const std::string& label) {
  Endpoint* l = Find(listener);
  Endpoint* s = Find(server_side);
  if (!s) return;
  if (!l || l->closed || !l->listener) {
    // The listening socket closed with this connection still in its backlog: the kernel
    // resets it.
    s->closed = true;
    Send(*s, Segment{0, "", false, true}, "RST (listener closed)");
    return;
  }
  OpenLoopHandle(*s, "TCP server socket #" + std::to_string(server_side));
  js::Value args[] = {js::Value::Number(0), js::Value::Number(server_side)};
  CallbackSite site{Queue::kPollReady, op, label, "onconnection"};
  CallOwner(p_, OwnerOf(*l), "onconnection", args, site);
}

// ---- [SECTION] bytes on the wire -------------------------------------------------------

int TcpWire::Write(int id, std::string bytes) {
  Endpoint* e = Find(id);
  if (!e || e->closed || e->shut) return kUvEpipe;
  if (bytes.empty()) return 0;
  std::string what = "data from " + Describe(id) + " (" + std::to_string(bytes.size()) + " bytes)";
  Send(*e, Segment{0, std::move(bytes), false, false}, what);
  return 0;
}

void TcpWire::Send(Endpoint& from, Segment seg, const std::string& what) {
  p_.SyncClock();
  Endpoint* peer = Find(from.peer);
  if (!peer || peer->closed) {
    // Nobody at the other end any more: bytes sent to a closed socket come back as RST.
    if (!seg.bytes.empty() && !from.closed) {
      int back = from.id;
      Endpoint& me = from;
      me.inbox.push_back(Segment{p_.now() + 2 * Hop(), "", false, true});
      ScheduleDelivery(back, p_.now() + 2 * Hop(), "RST to " + Describe(back) + " (peer closed)");
    }
    return;
  }
  seg.arrive_at = p_.now() + Hop();
  int64_t at = seg.arrive_at;
  peer->inbox.push_back(std::move(seg));
  ScheduleDelivery(peer->id, at, what + " to " + Describe(peer->id));
}

void TcpWire::ScheduleDelivery(int to, int64_t at, const std::string& label) {
  if (Endpoint* e = Find(to)) ++e->deliveries;
  OsOperation op;
  op.label = label;
  op.from = p_.call_site();
  op.ready_at = at;
  op.keeps_alive = false;  // a reading socket's handle is what keeps the loop alive
  op.on_ready = [this, to](OsOperation& o) { Deliver(to, o.id, o.label); };
  p_.os().Start(std::move(op));
}

// uv__stream_io → uv__read: everything that has arrived is read in one go (one onread
// call for the bytes), then a read of 0 is EOF (a second onread call in the same event).
void TcpWire::Deliver(int id, uint64_t op, const std::string& label) {
  if (Endpoint* e = Find(id)) --e->deliveries;
  for (;;) {
    Endpoint* e = Find(id);
    if (!e || e->closed || !(e->reading || e->external) || e->eof) return;
    if (e->inbox.empty() || e->inbox.front().arrive_at > p_.now()) return;
    if (e->inbox.front().rst) {
      e->inbox.clear();
      e->eof = true;
      e->reading = false;
      UpdateActive(*e);
      CallRead(*e, kUvEconnreset, "", op, label);
      return;
    }
    if (e->inbox.front().fin) {
      e->inbox.pop_front();
      e->eof = true;
      e->reading = false;
      UpdateActive(*e);
      CallRead(*e, kUvEof, "", op, label);
      continue;
    }
    std::string bytes;
    while (!e->inbox.empty() && e->inbox.front().arrive_at <= p_.now() && !e->inbox.front().fin &&
           !e->inbox.front().rst) {
      bytes += e->inbox.front().bytes;
      e->inbox.pop_front();
    }
    int nread = static_cast<int>(bytes.size());
    CallRead(*e, nread, std::move(bytes), op, label);
  }
}

// LibuvStreamWrap::OnUvRead (tcp_network.h CallOnRead).
void TcpWire::CallRead(Endpoint& e, int nread, std::string bytes, uint64_t op,
                       const std::string& label) {
  if (e.external) {
    ExternalReceived(e, bytes, nread < 0);
    return;
  }
  CallOnRead(p_, OwnerOf(e), nread, std::move(bytes),
             CallbackSite{Queue::kPollReady, op, label, "onread"});
}

void TcpWire::ReadStart(int id) {
  Endpoint* e = Find(id);
  if (!e || e->closed || e->reading) return;
  e->reading = true;
  UpdateActive(*e);
  // Bytes that arrived while nobody read make the fd readable for the next poll (unless
  // their own arrival event is still to be dispatched).
  p_.SyncClock();
  if (e->deliveries == 0 && !e->inbox.empty() && e->inbox.front().arrive_at <= p_.now() &&
      !e->eof) {
    ScheduleDelivery(id, p_.now(), "readable: " + Describe(id) + " resumes reading");
  }
}

void TcpWire::ReadStop(int id) {
  if (Endpoint* e = Find(id)) {
    e->reading = false;
    UpdateActive(*e);
  }
}

// uv_shutdown with an empty write queue: uv__io_feed, so libuv's uv__drain sends the FIN
// (shutdown(fd, SHUT_WR)) and calls back from the pending phase.
int TcpWire::Shutdown(int id, js::Value on_done) {
  Endpoint* e = Find(id);
  if (!e || e->closed) return kUvEnotconn;
  LoopCallback cb;
  cb.label = "shutdown: FIN from " + Describe(id);
  cb.from = p_.call_site();
  cb.values = {on_done, OwnerOf(*e)};
  cb.run = [this, id](LoopCallback& self) {
    Endpoint* ep = Find(id);
    if (ep && !ep->closed && !ep->shut) {
      ep->shut = true;
      Send(*ep, Segment{0, "", true, false}, "FIN from " + Describe(id));
    }
    js::Value args[] = {js::Value::Number(0)};
    CallbackSite site{Queue::kPending, self.id, self.label, "afterShutdown"};
    if (p_.vm().IsCallable(self.values[0]))
      p_.MakeCallback(self.values[0], self.values[1], args, site);
  };
  p_.loop().FeedPending(std::move(cb));
  return 0;
}

// uv_close: a listener stops accepting; a socket's close(2) sends FIN, or RST when
// received bytes were never read (tcp(7)). The JavaScript callback runs in the close phase.
void TcpWire::Close(int id, js::Value on_close) {
  Endpoint* e = Find(id);
  if (!e || e->closed) return;
  e->closed = true;
  e->reading = false;
  if (e->listener) {
    auto it = listening_.find(e->port);
    if (it != listening_.end() && it->second == id) listening_.erase(it);
  } else if (e->peer != 0) {
    bool unread = !e->inbox.empty() && !e->eof;
    if (unread || !e->shut) {
      e->shut = true;
      e->closed = false;  // Send needs a live sender to reach the peer
      Send(*e, Segment{0, "", !unread, unread},
           (unread ? "RST from " : "FIN from ") + Describe(id));
      e->closed = true;
    }
  }
  LoopCallback cb;
  cb.label = "close " + Describe(id);
  cb.from = p_.call_site();
  cb.values = {on_close, OwnerOf(*e)};
  uint64_t hold = e->owner_hold;
  e->owner_hold = 0;
  cb.run = [this, hold](LoopCallback& self) {
    if (hold != 0) p_.Release(hold);
    CallbackSite site{Queue::kClose, self.id, self.label, "onclose"};
    if (p_.vm().IsCallable(self.values[0]))
      p_.MakeCallback(self.values[0], self.values[1], {}, site);
  };
  if (e->loop_handle != 0) {
    p_.loop().CloseHandle(e->loop_handle, std::move(cb));
  } else {
    e->loop_handle = p_.loop().OpenHandle("TCP " + Describe(id), false);
    p_.loop().CloseHandle(e->loop_handle, std::move(cb));
  }
}

// ---- [SECTION] external clients --------------------------------------------------------

void TcpWire::ScheduleExternalRequests() {
  if (externals_scheduled_) return;
  externals_scheduled_ = true;
  const auto& requests = p_.scenario().environment.requests;
  for (size_t i = 0; i < requests.size(); ++i) {
    const auto& r = requests[i];
    OsOperation op;
    op.label = "external client: " + r.method + " " + r.url;
    op.ready_at = MsToNs(r.at_ms);
    op.keeps_alive = false;  // the process does not know it is coming
    op.on_ready = [this, i](OsOperation& o) { ExternalConnect(i, o.id); };
    p_.os().Start(std::move(op));
  }
}

// A client outside the process connects and sends its request; the connection's accept
// is this very event (poll phase). Nothing listening: the kernel refuses it.
void TcpWire::ExternalConnect(size_t index, uint64_t op) {
  const auto& r = p_.scenario().environment.requests[index];
  ExternalRequest request = FormatExternalRequest(r);
  int port = request.port;
  auto it = listening_.find(port);
  if (it == listening_.end()) {
    p_.rec().Note("external client " + r.method + " " + r.url + ": nothing listens on :" +
                  std::to_string(port) + ", connection refused (request dropped)");
    return;
  }
  int client = NewEndpoint("external client");
  int server_side = NewEndpoint("server socket");
  Endpoint& c = endpoints_[client];
  Endpoint& s = endpoints_[server_side];
  c.external = true;
  c.connected = true;
  c.address = "127.0.0.1";
  c.port = 50000 + client;
  c.peer_address = endpoints_[it->second].address;
  c.peer_port = port;
  c.peer = server_side;
  s.address = c.peer_address;
  s.port = port;
  s.peer_address = c.address;
  s.peer_port = c.port;
  s.peer = client;
  s.connected = true;
  Send(c, Segment{0, request.text, false, false},
       "request from " + Describe(client) + " (" + r.method + " " + request.path + ")");
  Accept(it->second, server_side, op,
         "accept on :" + std::to_string(port) + " (" + Describe(client) + ")");
}

void TcpWire::ExternalReceived(Endpoint& e, const std::string& bytes, bool fin) {
  e.received += bytes;
  if (!fin) return;
  std::string status_line = e.received.substr(0, e.received.find("\r\n"));
  p_.rec().Note("external client #" + std::to_string(e.id) + " received " +
                std::to_string(e.received.size()) + " bytes (" +
                (status_line.empty() ? std::string("no response") : status_line) + ") and closes");
  int id = e.id;
  e.shut = true;
  Send(e, Segment{0, "", true, false}, "FIN from " + Describe(id));
  e.closed = true;
}

}  // namespace loopscope::node
