// tests/unit/browser/fetch_test.cpp — fetch against a scenario's simulated server
// (browser.routes): the Response's fields, body reads, network errors, the order of the
// networking tasks on the virtual clock, the refusal without a server, and located errors
// in the routes. The orderings Chromium showed are the fetch scenarios' recorded outputs
// (builtin_scenarios_test.cpp, chromium_oracle_test.cpp).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "engine/browser/simulation.h"
#include "engine/scenario/loader.h"
#include "tests/support/program.h"

namespace loopscope::browser {
namespace {

// A browser scenario of `source` with the routes (a JSON object's text).
node::RunResult RunWithRoutes(const std::string& source, const std::string& routes) {
  const std::string doc = R"({"schema": 1, "name": "f", "host": "browser", "source": )" +
                          nlohmann::json(source).dump() + R"(, "browser": {"routes": )" + routes +
                          "}}";
  scenario::LoadResult loaded = scenario::LoadFromText(doc, "f.json");
  EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.errors.front().ToString());
  if (!loaded.ok()) return {};
  return Simulate(*loaded.scenario);
}

std::string FirstError(const std::string& routes) {
  scenario::LoadResult loaded = scenario::LoadFromText(
      R"({"schema": 1, "name": "f", "host": "browser", "source": "1;", "browser": {"routes": )" +
          routes + "}}",
      "f.json");
  return loaded.ok() ? std::string() : loaded.errors.front().ToString();
}

TEST(BrowserFetch, AResponseHasTheRoutesStatusHeadersAndBody) {
  node::RunResult r = RunWithRoutes(R"(
    fetch('/user?id=1').then(async (res) => {
      console.log(res.ok, res.status, res.statusText, res.type, res.redirected, res.bodyUsed);
      console.log(res.headers.get('CONTENT-TYPE'), res.headers.get('x-kind'),
                  res.headers.get('content-length'), res.headers.get('date'));
      const user = await res.json();
      console.log(user.name, res.bodyUsed);
      await res.text().catch((e) => console.log(e.name, e.message));
    });
    fetch('/bytes').then((res) => res.arrayBuffer()).then((b) => console.log(b.byteLength));
    fetch('/nowhere').then((res) => console.log(res.status, res.ok, res.statusText));
  )",
                                    R"({"/user": {"json": {"name": "Ada"}, "latency_ms": 10,
                                        "headers": {"X-Kind": "person"}},
                                        "/bytes": {"body": "é€", "latency_ms": 20}})");
  EXPECT_EQ(r.stdout_text,
            "404 false Not Found\n"
            "true 200 OK basic false false\n"
            "application/json person 14 null\n"
            "Ada true\n"
            "TypeError Failed to execute 'text' on 'Response': body stream already read\n"
            "5\n")
      << r.stderr_text;
}

TEST(BrowserFetch, AnotherOriginIsANetworkError) {
  node::RunResult r = RunWithRoutes(R"(
    fetch('https://elsewhere.example/x').catch((e) => console.log(e.name + ': ' + e.message));
    fetch('//elsewhere.example/y');
  )",
                                    "{}");
  EXPECT_EQ(r.stdout_text,
            "TypeError: Failed to fetch\nUncaught (in promise) TypeError: Failed to fetch\n");
  EXPECT_EQ(r.exit_code, 0);
}

// The response is a networking task at its latency; reading the body is another, queued when
// text() is called, so a 0 ms timer queued first runs before it (as Chromium runs it).
TEST(BrowserFetch, ResponsesAndBodyReadsAreNetworkingTasks) {
  node::RunResult r = RunWithRoutes(R"(
    const t0 = performance.now();
    fetch('/slow').then((res) => console.log('slow', Math.round(performance.now() - t0)));
    fetch('/fast').then((res) => {
      console.log('fast', Math.round(performance.now() - t0));
      setTimeout(() => console.log('timer'), 0);
      Promise.resolve().then(() => console.log('microtask'));
      return res.text();
    }).then((text) => console.log('body', text));
    setTimeout(() => console.log('timer 30'), 30);
  )",
                                    R"({"/slow": {"latency_ms": 50}, "/fast": {"body": "hi",
                                        "latency_ms": 20}})");
  EXPECT_EQ(r.stdout_text, "fast 20\nmicrotask\ntimer\nbody hi\ntimer 30\nslow 50\n")
      << r.stderr_text;
  ASSERT_NE(r.log, nullptr);
  int network_tasks = 0;
  for (size_t i = 0; i < r.log->size(); ++i)
    if (r.log->At(i).kind == trace::EventKind::kEnqueue &&
        r.log->At(i).queue == trace::Queue::kNetworkTasks)
      ++network_tasks;
  EXPECT_EQ(network_tasks, 3);  // two responses and one body read
}

TEST(BrowserFetch, WithoutAServerFetchIsRefusedByName) {
  node::RunResult r = Simulate(loopscope::testing::Program("const a = 1;\nfetch('/x');\n"));
  EXPECT_EQ(r.stderr_text,
            "test.js:2:1: error: fetch without a server (the scenario's browser.routes) is not "
            "modelled by the browser host (docs/browser.md)\n");
  EXPECT_EQ(r.exit_code, 1);
  node::RunResult url = RunWithRoutes("const a = 1;\nfetch(new Date());\n", "{}");
  EXPECT_NE(url.stderr_text.find("fetch of a Request or URL object is not modelled"),
            std::string::npos);
}

TEST(BrowserFetch, BadRoutesAreLocatedErrors) {
  EXPECT_NE(FirstError(R"({"/a": {"status": 302}})").find("/browser/routes/~1a/status"),
            std::string::npos);
  EXPECT_NE(FirstError(R"({"/a": {"status": 302}})").find("302 is not modelled"),
            std::string::npos);
  EXPECT_NE(FirstError(R"({"a b": {}})").find("/browser/routes/a b"), std::string::npos);
  EXPECT_NE(FirstError(R"({"/page.html": {}})").find("reserved"), std::string::npos);
  EXPECT_NE(FirstError(R"({"/a": {"body": "x", "json": 1}})").find("/browser/routes/~1a/json"),
            std::string::npos);
  EXPECT_NE(FirstError(R"({"/a": {"headers": {"Content-Length": "3"}}})")
                .find("/browser/routes/~1a/headers/Content-Length"),
            std::string::npos);
  EXPECT_NE(FirstError(R"({"/a": {"latency_ms": -1}})").find("/browser/routes/~1a/latency_ms"),
            std::string::npos);
  EXPECT_NE(FirstError(R"({"/a": {"latenc_ms": 1}})").find("latency_ms"), std::string::npos);
  EXPECT_NE(FirstError(R"([])").find("/browser/routes"), std::string::npos);
}

}  // namespace
}  // namespace loopscope::browser
