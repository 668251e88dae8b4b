// engine/live/live_external_clients.cpp — see live_external_clients.h.
#include "engine/live/live_external_clients.h"

#include <algorithm>

#include "engine/live/live_backend.h"
#include "engine/live/live_tcp.h"
#include "engine/node/modules/tcp_network.h"
#include "engine/node/process.h"

namespace loopscope::live {

using node::Phase;

struct ExternalClients::Client {
  ExternalClients* owner = nullptr;
  size_t index = 0;
  std::string name;  // "external client #2"
  uv_timer_t timer{};
  uv_tcp_t tcp{};
  bool tcp_open = false;
  uv_connect_t connect{};
  uv_write_t write{};
  node::ExternalRequest request;
  std::string received;
};

ExternalClients::ExternalClients(node::Process& process, LiveBackend& backend, LiveTcp& tcp)
    : p_(process), backend_(backend), tcp_(tcp) {}

ExternalClients::~ExternalClients() = default;

void ExternalClients::Schedule() {
  const auto& requests = p_.scenario().environment.requests;
  for (size_t i = 0; i < requests.size(); ++i) {
    auto c = std::make_unique<Client>();
    c->owner = this;
    c->index = i;
    c->name = "external client #" + std::to_string(i + 1);
    c->request = node::FormatExternalRequest(requests[i]);
    uv_timer_init(backend_.uv(), &c->timer);
    c->timer.data = c.get();
    // A uv_timer_t counts from the loop's cached time, which may lag the run's clock.
    double loop_ms = static_cast<double>(uv_now(backend_.uv())) -
                     static_cast<double>(uv_hrtime()) / 1e6 +
                     static_cast<double>(backend_.Now()) / 1e6;
    double due_ms = requests[i].at_ms - loop_ms;
    uv_timer_start(&c->timer, OnDue, static_cast<uint64_t>(std::max(0.0, due_ms)), 0);
    uv_unref(reinterpret_cast<uv_handle_t*>(&c->timer));
    clients_.push_back(std::move(c));
  }
}

// Its time has come (timers phase): connect to the server behind the program's port, or
// be refused when nothing in this run listens there, as the simulator's client is.
void ExternalClients::OnDue(uv_timer_t* timer) {
  Client& c = *static_cast<Client*>(timer->data);
  ExternalClients& self = *c.owner;
  if (!self.tcp_.Enter(Phase::kTimers)) return;
  const auto& r = self.p_.scenario().environment.requests[c.index];
  int real = self.tcp_.RealPortOf(c.request.port);
  if (real == 0) {
    self.p_.rec().Note("external client " + r.method + " " + r.url + ": nothing listens on :" +
                       std::to_string(c.request.port) + ", connection refused (request dropped)");
    return;
  }
  uv_tcp_init(self.backend_.uv(), &c.tcp);
  c.tcp_open = true;
  c.tcp.data = &c;
  c.connect.data = &c;
  uv_unref(reinterpret_cast<uv_handle_t*>(&c.tcp));
  sockaddr_in addr{};
  uv_ip4_addr("127.0.0.1", real, &addr);
  int err = uv_tcp_connect(&c.connect, &c.tcp, reinterpret_cast<const sockaddr*>(&addr), OnConnect);
  if (err != 0) return self.Finish(c, std::string("could not connect (") + uv_err_name(err) + ")");
  self.p_.rec().Note(c.name + ": " + r.method + " " + r.url + " connects to :" +
                     std::to_string(c.request.port) + " (real port " + std::to_string(real) + ")");
  // Name the client for the server's accept, by the local port connect(2) bound.
  sockaddr_storage name{};
  int len = sizeof(name);
  if (uv_tcp_getsockname(&c.tcp, reinterpret_cast<sockaddr*>(&name), &len) == 0) {
    self.tcp_.NameClient(ntohs(reinterpret_cast<sockaddr_in*>(&name)->sin_port), c.name);
  }
}

// Connected: send the whole request and read the response.
void ExternalClients::OnConnect(uv_connect_t* req, int status) {
  Client& c = *static_cast<Client*>(req->data);
  ExternalClients& self = *c.owner;
  if (status == UV_ECANCELED || !self.tcp_.Enter(Phase::kPoll)) return;
  if (status != 0) return self.Finish(c, std::string("was refused (") + uv_err_name(status) + ")");
  auto* stream = reinterpret_cast<uv_stream_t*>(&c.tcp);
  uv_buf_t buf = uv_buf_init(c.request.text.data(), static_cast<unsigned>(c.request.text.size()));
  uv_write(&c.write, stream, &buf, 1, [](uv_write_t*, int) {});
  uv_read_start(stream, OnAlloc, OnRead);
}

void ExternalClients::OnAlloc(uv_handle_t* handle, size_t /*suggested*/, uv_buf_t* buf) {
  ExternalClients& self = *static_cast<Client*>(handle->data)->owner;
  *buf = uv_buf_init(self.read_buffer_, sizeof(self.read_buffer_));
}

// The response until the server ends the connection ("Connection: close").
void ExternalClients::OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  Client& c = *static_cast<Client*>(stream->data);
  ExternalClients& self = *c.owner;
  if (nread == 0 || !self.tcp_.Enter(Phase::kPoll)) return;
  if (nread > 0) {
    c.received.append(buf->base, static_cast<size_t>(nread));
    return;
  }
  std::string status_line = c.received.substr(0, c.received.find("\r\n"));
  std::string what = "received " + std::to_string(c.received.size()) + " bytes (" +
                     (status_line.empty() ? std::string("no response") : status_line) + ")";
  if (nread != UV_EOF) what += ", then " + std::string(uv_err_name(static_cast<int>(nread)));
  self.Finish(c, what);
}

void ExternalClients::Finish(Client& c, const std::string& what) {
  p_.rec().Note(c.name + " " + what + " and closes");
  if (c.tcp_open && !uv_is_closing(reinterpret_cast<uv_handle_t*>(&c.tcp))) {
    uv_close(reinterpret_cast<uv_handle_t*>(&c.tcp), nullptr);
  }
}

}  // namespace loopscope::live
