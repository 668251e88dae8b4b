// tests/unit/live/live_tcp_test.cpp — net and http on real loopback sockets: real
// exchanges in the poll phase, virtual ports (runs side by side on "the same" port), the
// kernel's refusal, loopback only, the scenario's external clients.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "engine/live/live_run.h"
#include "engine/trace/event.h"
#include "engine/trace/step_log.h"
#include "tests/support/program.h"

namespace loopscope::live {
namespace {

using trace::EventKind;

using loopscope::testing::Program;

std::vector<std::string> Notes(const trace::StepLog& log) {
  std::vector<std::string> notes;
  for (size_t i = 0; i < log.size(); ++i) {
    if (log.At(i).kind == EventKind::kNote) notes.emplace_back(log.Text(log.At(i).text));
  }
  return notes;
}

// The labels of the callbacks that ran in the poll phase, in order.
std::vector<std::string> PollCallbacks(const trace::StepLog& log) {
  std::vector<std::string> labels;
  trace::Phase phase = trace::Phase::kNone;
  for (size_t i = 0; i < log.size(); ++i) {
    const trace::Event& e = log.At(i);
    if (e.kind == EventKind::kPhaseEnter) phase = e.phase;
    if (e.kind == EventKind::kCallbackStart && phase == trace::Phase::kPoll) {
      labels.emplace_back(log.Text(e.text));
    }
  }
  return labels;
}

bool AnyStartsWith(const std::vector<std::string>& lines, const std::string& prefix) {
  for (const auto& l : lines) {
    if (l.rfind(prefix, 0) == 0) return true;
  }
  return false;
}

// The real port in "listening on ADDRESS:PORT (real socket 127.0.0.1:REAL)".
int RealPortNoted(const std::vector<std::string>& notes) {
  for (const auto& n : notes) {
    size_t at = n.find("(real socket 127.0.0.1:");
    if (n.rfind("listening on ", 0) == 0 && at != std::string::npos) {
      return std::stoi(n.substr(at + 23));
    }
  }
  return 0;
}

const char* kPingPong = R"(
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('data', (d) => { console.log('server got ' + d); sock.end('pong'); });
});
server.listen(8080, '127.0.0.1', () => {
  console.log('listening on ' + server.address().port);
  const c = net.connect(8080, '127.0.0.1', () => c.write('ping'));
  c.on('data', (d) => console.log('client got ' + d));
  c.on('close', () => { console.log('client closed'); server.close(); });
});
)";

TEST(LiveTcp, ServerAndClientExchangeBytesOverARealSocketInThePollPhase) {
  node::RunResult r = RunLive(Program(kPingPong));
  EXPECT_EQ(r.stdout_text, "listening on 8080\nserver got ping\nclient got pong\nclient closed\n")
      << r.stderr_text;
  ASSERT_TRUE(r.log);
  int real = RealPortNoted(Notes(*r.log));
  EXPECT_GT(real, 0);
  EXPECT_NE(real, 8080) << "the program's port must not be bound for real";
  std::vector<std::string> poll = PollCallbacks(*r.log);
  EXPECT_TRUE(AnyStartsWith(poll, "accept on :8080")) << ::testing::PrintToString(poll);
  EXPECT_TRUE(AnyStartsWith(poll, "connect done: client socket"));
  // Worded as the simulated wire words them: sender, size, receiver.
  EXPECT_TRUE(AnyStartsWith(poll, "data from client socket #2 (4 bytes) to server socket #3"))
      << ::testing::PrintToString(poll);
  EXPECT_TRUE(AnyStartsWith(poll, "data from server socket"));
  EXPECT_TRUE(AnyStartsWith(poll, "FIN from server socket"));
}

TEST(LiveTcp, TwoRunsSideBySideBothListenOnTheSameProgramPort) {
  node::RunResult results[2];
  std::thread a([&] { results[0] = RunLive(Program(kPingPong)); });
  std::thread b([&] { results[1] = RunLive(Program(kPingPong)); });
  a.join();
  b.join();
  for (const auto& r : results) {
    EXPECT_EQ(r.stdout_text, "listening on 8080\nserver got ping\nclient got pong\nclient closed\n")
        << r.stderr_text;
  }
  ASSERT_TRUE(results[0].log && results[1].log);
  EXPECT_NE(RealPortNoted(Notes(*results[0].log)), RealPortNoted(Notes(*results[1].log)));
}

TEST(LiveTcp, APortNobodyInTheRunListensOnIsRefused) {
  node::RunResult r = RunLive(Program(R"(
const net = require('net');
const c = net.connect(8080, '127.0.0.1');
c.on('error', (e) => console.log(e.code + ' ' + e.message));
)"));
  EXPECT_EQ(r.stdout_text, "ECONNREFUSED connect ECONNREFUSED 127.0.0.1:8080\n") << r.stderr_text;
  ASSERT_TRUE(r.log);
  EXPECT_TRUE(AnyStartsWith(PollCallbacks(*r.log), "ECONNREFUSED: connect to 127.0.0.1:8080"));
}

TEST(LiveTcp, AnAddressBeyondLoopbackIsUnreachableAndNothingIsSent) {
  node::RunResult r = RunLive(Program(R"(
const net = require('net');
const c = net.connect(80, '192.0.2.1');
c.on('error', (e) => console.log(e.code + ' ' + e.message));
const server = net.createServer();
server.on('error', (e) => console.log(e.code + ' ' + e.message));
server.listen(8080, '192.0.2.1');
)"));
  // Both fail synchronously two ticks in, in call order: connect's lookup tick, then the
  // failed uv_tcp_connect's destroy tick; listen's lookup tick (lib/net.js lookupAndListen,
  // an IP literal too), then its emitErrorNT tick.
  EXPECT_EQ(r.stdout_text,
            "ENETUNREACH connect ENETUNREACH 192.0.2.1:80\n"
            "EADDRNOTAVAIL listen EADDRNOTAVAIL: address not available 192.0.2.1:8080\n")
      << r.stderr_text;
  ASSERT_TRUE(r.log);
  EXPECT_TRUE(AnyStartsWith(Notes(*r.log), "connect to 192.0.2.1:80 refused"));
}

TEST(LiveTcp, ListenOnPortZeroReportsTheRealPort) {
  node::RunResult r = RunLive(Program(R"(
const net = require('net');
const server = net.createServer((s) => s.end());
server.listen(0, () => {
  const port = server.address().port;
  net.connect(port, 'localhost', () => { console.log('connected'); server.close(); }).resume();
  console.log(port > 1023 ? 'an ephemeral port' : 'port ' + port);
});
)"));
  EXPECT_EQ(r.stdout_text, "an ephemeral port\nconnected\n") << r.stderr_text;
}

// process.exit with a listener, connections, a write still queued and a connect in flight:
// LiveBackend::Shutdown closes the real handles, and their memory outlives it.
TEST(LiveTcp, ExitWithSocketsOpenAndBytesInFlight) {
  node::RunResult r = RunLive(Program(R"(
const net = require('net');
const server = net.createServer((s) => s.write('x'.repeat(1 << 23)));
server.listen(8080, () => {
  const c = net.connect(8080, '127.0.0.1');
  c.once('data', () => {
    net.connect(8080, '127.0.0.1');
    console.log('exiting');
    process.exit(0);
  });
});
)"));
  EXPECT_EQ(r.stdout_text, "exiting\n") << r.stderr_text;
  EXPECT_EQ(r.exit_code, 0);
}

TEST(LiveTcp, ExternalClientsSendTheirRequestsAndReadTheResponses) {
  scenario::Scenario s = Program(R"(
const http = require('http');
const server = http.createServer((req, res) => {
  console.log(req.method + ' ' + req.url);
  res.end('ok');
});
server.listen(3000);
setTimeout(() => server.close(), 150);
)");
  scenario::ScheduledRequest get;
  get.at_ms = 20;
  get.url = "http://localhost:3000/a";
  scenario::ScheduledRequest post = get;
  post.at_ms = 40;
  post.method = "POST";
  post.url = "http://localhost:3000/b";
  post.body = "x=1";
  s.environment.requests = {get, post};
  node::RunResult r = RunLive(s);
  EXPECT_EQ(r.stdout_text, "GET /a\nPOST /b\n") << r.stderr_text;
  ASSERT_TRUE(r.log);
  // The clients do not keep the loop alive; the server's timer lets them read the end.
  std::vector<std::string> notes = Notes(*r.log);
  EXPECT_TRUE(AnyStartsWith(notes, "external client #1 received 96 bytes (HTTP/1.1 200 OK)"))
      << ::testing::PrintToString(notes);
  EXPECT_TRUE(AnyStartsWith(notes, "external client #2 received 96 bytes (HTTP/1.1 200 OK)"));
  EXPECT_TRUE(
      AnyStartsWith(PollCallbacks(*r.log), "accept on :3000 (connection from external client #1)"));
}

}  // namespace
}  // namespace loopscope::live
