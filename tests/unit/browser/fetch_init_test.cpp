// tests/unit/browser/fetch_init_test.cpp — fetch's init and the Response's reading side:
// method, headers and body reach the simulated server (routes by method, echo routes),
// Chromium's TypeErrors for a bad init, Headers, Blob, URLSearchParams, Response.url,
// clone() and a second read, and the located errors of routes' "methods" and "echo". The
// orderings Chromium showed are the scenarios fetch-init-reaches-server and
// response-clone-blob (builtin_scenarios_test.cpp, chromium_oracle_test.cpp).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "engine/browser/simulation.h"
#include "engine/scenario/loader.h"

namespace loopscope::browser {
namespace {

std::string Doc(const std::string& source, const std::string& routes) {
  return R"({"schema": 1, "name": "f", "host": "browser", "source": )" +
         nlohmann::json(source).dump() + R"(, "browser": {"routes": )" + routes + "}}";
}

node::RunResult RunPage(const std::string& source, const std::string& routes) {
  scenario::LoadResult loaded = scenario::LoadFromText(Doc(source, routes), "f.json");
  EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.errors.front().ToString());
  if (!loaded.ok()) return {};
  return Simulate(*loaded.scenario);
}

std::string FirstError(const std::string& routes) {
  scenario::LoadResult loaded = scenario::LoadFromText(Doc("1;", routes), "f.json");
  return loaded.ok() ? std::string() : loaded.errors.front().ToString();
}

constexpr char kEchoRoutes[] = R"({"/e": {"echo": true, "latency_ms": 10},
    "/items": {"json": [1, 2], "latency_ms": 10,
               "methods": {"POST": {"status": 201, "echo": true, "latency_ms": 20},
                           "HEAD": {"body": "abc"}}}})";

TEST(BrowserFetchInit, MethodHeadersAndBodyReachTheServer) {
  node::RunResult r = RunPage(R"(
    const show = (tag) => (r) => r.text().then((t) => console.log(tag, r.status, t));
    fetch('/e', {method: 'post', body: 'hello'}).then(show('a'));
    fetch('/e', {method: 'PUT', headers: {'X-One': '1', 'x-two': 'b'}, body: '{}'}).then(show('b'));
    fetch('/e', {method: 'POST', headers: [['X-A', '1'], ['x-a', '2'],
                 ['Content-Type', 'application/json']], body: '{}'}).then(show('c'));
    fetch('/e', {method: 'patch', body: 'p'}).then(show('d'));
    fetch('/e', {method: 'POST', body: new Uint8Array([104, 105])}).then(show('e'));
    fetch('/e', {method: 'POST', body: new Blob(['x', 'y'], {type: 'Text/X'})}).then(show('f'));
    fetch('/e', {method: 'DELETE', headers: new Headers({'X-H': 'v'})}).then(show('g'));
    fetch('/e', {body: null}).then(show('h'));
  )",
                              kEchoRoutes);
  EXPECT_EQ(
      r.stdout_text,
      R"(a 200 {"body":"hello","content_type":"text/plain;charset=UTF-8","headers":{},"method":"POST"}
b 200 {"body":"{}","content_type":"text/plain;charset=UTF-8","headers":{"x-one":"1","x-two":"b"},"method":"PUT"}
c 200 {"body":"{}","content_type":"application/json","headers":{"x-a":"1, 2"},"method":"POST"}
d 200 {"body":"p","content_type":"text/plain;charset=UTF-8","headers":{},"method":"patch"}
e 200 {"body":"hi","content_type":null,"headers":{},"method":"POST"}
f 200 {"body":"xy","content_type":"text/x","headers":{},"method":"POST"}
g 200 {"body":"","content_type":null,"headers":{"x-h":"v"},"method":"DELETE"}
h 200 {"body":"","content_type":null,"headers":{},"method":"GET"}
)") << r.stderr_text;
}

TEST(BrowserFetchInit, RoutesAnswerByMethod) {
  node::RunResult r = RunPage(R"(
    fetch('/items').then((r) => r.text()).then((t) => console.log('GET', t));
    fetch('/items', {method: 'POST', body: new URLSearchParams({q: 'a b&c', n: 'é'})})
        .then((r) => r.json().then((s) => console.log('POST', r.status, s.content_type, s.body)));
    fetch('/items', {method: 'HEAD'}).then((r) => r.text().then((t) =>
        console.log('HEAD', JSON.stringify(t), r.headers.get('content-length'))));
    fetch('/items', {method: 'PUT'}).then((r) => r.text()).then((t) => console.log('PUT', t));
  )",
                              kEchoRoutes);
  EXPECT_EQ(r.stdout_text,
            "HEAD \"\" 3\n"  // the HEAD answer has no latency of its own
            "GET [1,2]\n"
            "PUT [1,2]\n"
            "POST 201 application/x-www-form-urlencoded;charset=UTF-8 q=a+b%26c&n=%C3%A9\n")
      << r.stderr_text;
}

// Chromium rejects fetch's promise (it does not throw) with these messages, in the checkpoint
// after the script, before any response.
TEST(BrowserFetchInit, ABadInitRejectsWithChromiumsTypeError) {
  node::RunResult r = RunPage(R"(
    const err = (tag) => (e) => console.log(tag, e.name + ': ' + e.message);
    fetch('/e', {body: 'x'}).catch(err('get'));
    fetch('/e', {method: 'HEAD', body: 'x'}).catch(err('head'));
    fetch('/e', {method: 'CONNECT'}).catch(err('connect'));
    fetch('/e', {method: 'a b'}).catch(err('token'));
    fetch('/e', {headers: {'a b': '1'}}).catch(err('name'));
    try { new Headers([['a']]); } catch (e) { console.log('pair', e.message); }
    console.log('sync done');
  )",
                              kEchoRoutes);
  const std::string prefix = "TypeError: Failed to execute 'fetch' on 'Window': ";
  EXPECT_EQ(r.stdout_text,
            "pair Failed to construct 'Headers': Invalid value\n"
            "sync done\n"
            "get " +
                prefix +
                "Request with GET/HEAD method cannot have body.\n"
                "head " +
                prefix +
                "Request with GET/HEAD method cannot have body.\n"
                "connect " +
                prefix +
                "'CONNECT' HTTP method is unsupported.\n"
                "token " +
                prefix +
                "'a b' is not a valid HTTP method.\n"
                "name " +
                prefix + "Invalid name\n")
      << r.stderr_text;
}

TEST(BrowserFetchInit, ResponseHeadersBlobCloneAndSecondReads) {
  node::RunResult r = RunPage(R"(
    fetch('/a?x=1#frag').then(async (r) => {
      console.log(r.url, r.redirected, r.type);
      r.headers.forEach((v, k, h) => console.log('each', k, v, h === r.headers));
      console.log([...r.headers.keys()].join(), [...r.headers].length);
      try { r.headers.append('x-c', '3'); } catch (e) { console.log(e.message); }
      const c = r.clone();
      const b = await r.blob();
      console.log('blob', b.size, b.type, b instanceof Blob, String(b), r.bodyUsed, c.bodyUsed);
      console.log('bytes', new Uint8Array(await b.arrayBuffer())[1], await b.text());
      console.log('clone', await c.text(), c.bodyUsed);
      try { r.clone(); } catch (e) { console.log(e.message); }
      for (const m of ['text', 'json', 'arrayBuffer', 'blob'])
        await r[m]().catch((e) => console.log(e.message));
    });
  )",
                              R"({"/a": {"body": "héllo", "headers": {"X-B": "2", "X-A": "1"}}})");
  EXPECT_EQ(r.stdout_text,
            "http://127.0.0.1:8000/a?x=1 false basic\n"
            "each content-length 6 true\n"
            "each content-type text/plain;charset=UTF-8 true\n"
            "each x-a 1 true\n"
            "each x-b 2 true\n"
            "content-length,content-type,x-a,x-b 4\n"
            "Failed to execute 'append' on 'Headers': Headers are immutable\n"
            "blob 6 text/plain;charset=utf-8 true [object Blob] true false\n"
            "bytes 195 héllo\n"
            "clone héllo true\n"
            "Failed to execute 'clone' on 'Response': Response body is already used\n"
            "Failed to execute 'text' on 'Response': body stream already read\n"
            "Failed to execute 'json' on 'Response': body stream already read\n"
            "Failed to execute 'arrayBuffer' on 'Response': body stream already read\n"
            "Failed to execute 'blob' on 'Response': body stream already read\n")
      << r.stderr_text;
}

// A Blob read is a task, later than a 0 ms timer set after it (Chromium reads the bytes back
// from its browser process); the microtasks queued before it run first.
TEST(BrowserFetchInit, ABlobReadIsATask) {
  node::RunResult r = RunPage(R"(
    const b = new Blob(['ab', new Uint8Array([99]), new Blob(['d'])], {type: 'Text/Plain'});
    console.log(b.size, b.type);
    b.text().then((t) => console.log('text', t));
    setTimeout(() => console.log('timer'), 0);
    Promise.resolve().then(() => console.log('microtask'));
    const q = new URLSearchParams('?a=1&b=x+y%21');
    console.log(q.get('b'), q.has('a'), q.get('c'), String(q));
  )",
                              "{}");
  EXPECT_EQ(r.stdout_text,
            "4 text/plain\nx y! true null a=1&b=x+y%21\nmicrotask\ntimer\ntext abcd\n")
      << r.stderr_text;
}

TEST(BrowserFetchInit, TheBodyStreamIsRefusedByName) {
  node::RunResult r = RunPage("fetch('/a').then((r) => r.body);\n", R"({"/a": {}})");
  EXPECT_NE(r.stderr_text.find("response.body (web streams) is not modelled"), std::string::npos)
      << r.stderr_text;
  EXPECT_EQ(r.exit_code, 1);
}

TEST(BrowserFetchInit, BadMethodsAndEchoAreLocatedErrors) {
  EXPECT_NE(FirstError(R"({"/a": {"methods": []}})").find("/browser/routes/~1a/methods"),
            std::string::npos);
  EXPECT_NE(
      FirstError(R"({"/a": {"methods": {"P T": {}}}})").find("/browser/routes/~1a/methods/P T"),
      std::string::npos);
  EXPECT_NE(FirstError(R"({"/a": {"methods": {"POST": {"methods": {}}}}})")
                .find("/browser/routes/~1a/methods/POST"),
            std::string::npos);
  EXPECT_NE(FirstError(R"({"/a": {"methods": {"POST": {"status": 302}}}})")
                .find("/browser/routes/~1a/methods/POST/status"),
            std::string::npos);
  EXPECT_NE(FirstError(R"({"/a": {"echo": 1}})").find("/browser/routes/~1a/echo"),
            std::string::npos);
  EXPECT_NE(FirstError(R"({"/a": {"echo": true, "body": "x"}})").find("an echo answers"),
            std::string::npos);
}

}  // namespace
}  // namespace loopscope::browser
