// engine/node/modules/tcp_network.cpp — see tcp_network.h; also the default
// RealTimeBackend::MakeTcp (the simulator's wire).
#include "engine/node/modules/tcp_network.h"

#include <cctype>
#include <cstdlib>

#include "engine/node/modules/buffer.h"
#include "engine/node/modules/tcp_wire.h"
#include "engine/node/process.h"
#include "engine/node/real_time.h"
#include "engine/node/task_queue.h"

namespace loopscope::node {

namespace {
// "http://localhost:5000/about?x=1" -> host, port, path.
void SplitUrl(const std::string& url, std::string* host, int* port, std::string* path) {
  std::string rest = url;
  size_t scheme = rest.find("://");
  bool https = rest.rfind("https", 0) == 0;
  if (scheme != std::string::npos) rest = rest.substr(scheme + 3);
  size_t slash = rest.find('/');
  std::string authority = slash == std::string::npos ? rest : rest.substr(0, slash);
  *path = slash == std::string::npos ? "/" : rest.substr(slash);
  size_t colon = authority.rfind(':');
  *port = https ? 443 : 80;
  *host = authority;
  if (colon != std::string::npos) {
    *host = authority.substr(0, colon);
    *port = std::atoi(authority.substr(colon + 1).c_str());
  }
}
}  // namespace

std::shared_ptr<TcpNetwork> RealTimeBackend::MakeTcp(Process& process) {
  return std::make_shared<TcpWire>(process);
}

std::string FamilyOf(const std::string& address) {
  return address.find(':') != std::string::npos ? "IPv6" : "IPv4";
}

js::Value OwnerMethod(Process& p, js::Value owner, std::string_view name) {
  js::Completion c = p.vm().Get(owner, name);
  return c.ok() ? c.value : js::Value::Undefined();
}

void CallOwner(Process& p, js::Value owner, std::string_view name, std::span<const js::Value> args,
               const CallbackSite& site) {
  js::Value fn = OwnerMethod(p, owner, name);
  if (p.vm().IsCallable(fn)) p.MakeCallback(fn, owner, args, site);
}

void CallOnRead(Process& p, js::Value owner, int nread, std::string bytes,
                const CallbackSite& site) {
  js::Value fn = OwnerMethod(p, owner, "onread");
  if (!p.vm().IsCallable(fn)) return;
  js::Value buf = nread > 0 ? NewBuffer(p, std::move(bytes)) : js::Value::Undefined();
  js::Value args[] = {js::Value::Number(nread), buf};
  bool consumed = nread > 0 && p.vm().ToBoolean(OwnerMethod(p, owner, "_consumed"));
  if (!consumed) {
    p.MakeCallback(fn, owner, args, site);
    return;
  }
  js::Completion c = p.CallInScope(fn, owner, args, site);
  p.HandleCompletion(c);
  if (!p.stopping()) p.tasks().DrainAfterCallback();
}

ExternalRequest FormatExternalRequest(const scenario::ScheduledRequest& r) {
  ExternalRequest out;
  SplitUrl(r.url, &out.host, &out.port, &out.path);
  std::string& text = out.text;
  text = r.method + " " + out.path + " HTTP/1.1\r\nHost: " + out.host + ":" +
         std::to_string(out.port) + "\r\n";
  bool has_length = false;
  for (const auto& [k, v] : r.headers) {
    text += k + ": " + v + "\r\n";
    std::string lower;
    for (char ch : k) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (lower == "content-length") has_length = true;
  }
  if (!r.body.empty() && !has_length)
    text += "Content-Length: " + std::to_string(r.body.size()) + "\r\n";
  text += "Connection: close\r\n\r\n" + r.body;
  return out;
}

}  // namespace loopscope::node
