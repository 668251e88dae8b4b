// engine/trace/trace_json.cpp — writer and loader for the `--trace` JSON document. Field
// rules (what is written when) live in EventToJson and are mirrored by EventFromJson; the
// round-trip test keeps them in step. Where to look next: docs/trace-format.md.
#include "engine/trace/trace_json.h"

#include <charconv>
#include <nlohmann/json.hpp>

#include "engine/trace/export_budget.h"
#include "engine/trace/stream_ops.h"
#include "engine/trace/text_bytes.h"

namespace loopscope::trace {
namespace {

using Json = nlohmann::ordered_json;

// A text as a JSON string, or, when it is not valid UTF-8, as hex under `<key>_hex`.
void PutText(Json& j, const std::string& key, std::string_view text) {
  if (IsUtf8(text)) {
    j[key] = text;
  } else {
    j[key + "_hex"] = ToHex(text);
  }
}

// Kinds whose `queue` field is meaningful; other kinds write it only when set.
bool UsesQueue(EventKind k) {
  return k == EventKind::kEnqueue || k == EventKind::kDequeue || k == EventKind::kCancel ||
         k == EventKind::kCallbackStart;
}

// One event as one line of JSON, appended to a buffer. Written directly rather than built as
// a Json value and dumped: the export of a million-event run spent three quarters of its time
// allocating, dumping and destroying those values. The bytes are what `Json::dump()` wrote
// (keys in the order below, no spaces, nlohmann's escapes: export_limits_test.cpp checks the
// escapes against nlohmann's own, the round-trip tests in export_test.cpp the fields).
class EventLine {
 public:
  explicit EventLine(std::string& out) : out_(out) { out_ += '{'; }
  ~EventLine() { out_ += '}'; }
  EventLine(const EventLine&) = delete;
  EventLine& operator=(const EventLine&) = delete;

  template <typename T>
  void Number(std::string_view key, T v) {
    Key(key);
    Digits(v);
  }
  // A name from the trace vocabulary (vocabulary.h): letters and underscores, nothing to
  // escape.
  void Name(std::string_view key, std::string_view name) {
    Key(key);
    Quoted(name);
  }
  // A text as a JSON string, or, when it is not valid UTF-8, as hex under `<key>_hex`.
  void Text(std::string_view key, std::string_view text) {
    if (IsUtf8(text)) {
      Key(key);
      String(text);
    } else {
      Key(std::string(key) + "_hex");
      Quoted(ToHex(text));
    }
  }
  void Pair(std::string_view key, Loc loc) {
    Key(key);
    out_ += '[';
    Digits(loc.line);
    out_ += ',';
    Digits(loc.col);
    out_ += ']';
  }

 private:
  void Key(std::string_view key) {  // the keys are this file's own plain names
    if (!first_) out_ += ',';
    first_ = false;
    Quoted(key);
    out_ += ':';
  }
  void Quoted(std::string_view plain) {
    out_ += '"';
    out_ += plain;
    out_ += '"';
  }
  template <typename T>
  void Digits(T v) {
    char digits[24];
    out_.append(digits, std::to_chars(digits, digits + sizeof digits, v).ptr);
  }
  // nlohmann's escapes without ensure_ascii: the two-letter ones, \u00xx for the other
  // control characters, every other byte as it is (the text is valid UTF-8).
  void String(std::string_view s) {
    out_ += '"';
    size_t plain = 0;  // start of the bytes not yet appended, none of them escaped
    for (size_t i = 0; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(s.substr(plain, i - plain));
      plain = i + 1;
      switch (c) {
        case '"':
          out_ += "\\\"";
          break;
        case '\\':
          out_ += "\\\\";
          break;
        case '\b':
          out_ += "\\b";
          break;
        case '\f':
          out_ += "\\f";
          break;
        case '\n':
          out_ += "\\n";
          break;
        case '\r':
          out_ += "\\r";
          break;
        case '\t':
          out_ += "\\t";
          break;
        default: {
          static constexpr char kHex[] = "0123456789abcdef";
          const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
          out_.append(escape, sizeof escape);
        }
      }
    }
    out_.append(s.substr(plain));
    out_ += '"';
  }

  std::string& out_;
  bool first_ = true;
};

void AppendEventJson(std::string& out, const StepLog& log, const Event& e) {
  EventLine j(out);
  j.Number("t", e.time_ns);
  j.Name("kind", EventKindJsonName(e.kind));
  if (e.phase != Phase::kNone) j.Name("phase", PhaseJsonName(e.phase));
  if (UsesQueue(e.kind) || e.queue != Queue::kNextTick) j.Name("queue", QueueJsonName(e.queue));
  if (e.item != 0) j.Number("item", e.item);
  if (e.kind == EventKind::kDrainStart) {
    j.Name("drain", DrainKindJsonName(DrainKindFromValue(e.value)));
  } else if (e.value != 0) {
    j.Number("value", e.value);
  }
  if (e.text != 0) j.Text("text", log.Text(e.text));
  if (e.kind == EventKind::kPoolJobStart) {
    if (int64_t expected = PoolJobExpectedNs(e))
      j.Number("expected_ns", expected);  // kept in `loc` (event.h)
  } else if (e.kind == EventKind::kEnqueue) {
    if (AsyncIdPair ids = EnqueueAsyncIds(e); ids.async_id != 0) {  // kept in `loc` (event.h)
      j.Number("async_id", ids.async_id);
      j.Number("trigger_async_id", ids.trigger_id);
    }
  } else if (e.kind == EventKind::kStream) {
    j.Name("stream_op", StreamOpJsonName(StreamOpOf(e)));  // kept in `loc` (stream_ops.h)
    if (StreamFlagsOf(e) != 0) j.Number("stream_flags", StreamFlagsOf(e));
  } else if (e.loc != Loc{}) {
    j.Pair("loc", e.loc);
  }
  if (e.from != Loc{}) j.Pair("from", e.from);
}

Json HeaderToJson(const StepLog& log) {
  const RunInfo& info = log.info();
  Json j;
  j["format"] = kTraceFormatName;
  j["version"] = kTraceFormatVersion;
  Json program;
  PutText(program, "name", info.program_name);
  PutText(program, "source", info.source_text);
  program["pool_size"] = info.pool_size;
  program["cpu_cores"] = info.cpu_cores;
  program["clock"] = info.real_time ? "real" : "virtual";
  program["host"] = info.browser ? "browser" : "node";
  j["program"] = std::move(program);
  j["next_id"] = log.PeekNextId();
  j["dropped_events"] = log.dropped();
  j["event_count"] = log.size();
  return j;
}

// Error with a JSON pointer; the loader stops at the first one.
struct LoadError {
  std::string where;
  std::string message;
};

template <typename T>
T Get(const Json& j, const char* key, const std::string& where, T fallback) {
  auto it = j.find(key);
  if (it == j.end()) return fallback;
  try {
    return it->template get<T>();
  } catch (const nlohmann::json::exception&) {
    throw LoadError{where + "/" + key, "has the wrong type"};
  }
}

// A text written by PutText.
std::string GetText(const Json& j, const std::string& key, const std::string& where) {
  std::string hex_key = key + "_hex";
  if (!j.contains(hex_key)) return Get<std::string>(j, key.c_str(), where, "");
  std::optional<std::string> bytes = FromHex(Get<std::string>(j, hex_key.c_str(), where, ""));
  if (!bytes) throw LoadError{where + "/" + hex_key, "must be an even number of hex digits"};
  return *bytes;
}

Loc LocFromJson(const Json& j, const char* key, const std::string& where) {
  auto it = j.find(key);
  if (it == j.end()) return {};
  if (!it->is_array() || it->size() != 2 || !(*it)[0].is_number_unsigned() ||
      !(*it)[1].is_number_unsigned())
    throw LoadError{where + "/" + key, "must be [line, col] with two non-negative integers"};
  return Loc{(*it)[0].get<uint32_t>(), (*it)[1].get<uint32_t>()};
}

// A drain_start's kind: the `drain` name since version 4; before, the text named it.
int64_t DrainFromJson(const Json& j, const std::string& where, int version) {
  DrainKind kind = DrainKind::kMicrotaskCheckpoint;
  if (version < 4) {
    if (Get<std::string>(j, "text", where, "") == "processTicksAndRejections")
      kind = DrainKind::kTickQueue;
  } else {
    const std::string name = Get<std::string>(j, "drain", where, "");
    if (!DrainKindFromJsonName(name, &kind))
      throw LoadError{where + "/drain", "unknown drain kind \"" + name + "\""};
  }
  return static_cast<int64_t>(kind);
}

Event EventFromJson(StepLog& log, const Json& j, const std::string& where, int version) {
  if (!j.is_object()) throw LoadError{where, "an event must be an object"};
  Event e;
  const std::string kind = Get<std::string>(j, "kind", where, "");
  if (!EventKindFromJsonName(kind, &e.kind))
    throw LoadError{where + "/kind", "unknown event kind \"" + kind + "\""};
  const std::string phase = Get<std::string>(j, "phase", where, "none");
  if (!PhaseFromJsonName(phase, &e.phase))
    throw LoadError{where + "/phase", "unknown phase \"" + phase + "\""};
  const std::string queue = Get<std::string>(j, "queue", where, "next_tick");
  if (!QueueFromJsonName(queue, &e.queue))
    throw LoadError{where + "/queue", "unknown queue \"" + queue + "\""};
  e.time_ns = Get<int64_t>(j, "t", where, 0);
  e.item = Get<uint64_t>(j, "item", where, 0);
  if (e.kind == EventKind::kDrainStart) {
    e.value = DrainFromJson(j, where, version);
  } else {
    e.value = Get<int64_t>(j, "value", where, 0);
    e.text = log.Intern(GetText(j, "text", where));
  }
  e.loc = LocFromJson(j, "loc", where);
  e.from = LocFromJson(j, "from", where);
  if (e.kind == EventKind::kPoolJobStart) {
    const auto expected = Get<int64_t>(j, "expected_ns", where, 0);
    if (expected < 0) throw LoadError{where + "/expected_ns", "must not be negative"};
    SetPoolJobExpectedNs(e, expected);
  }
  if (e.kind == EventKind::kStream) {
    const std::string op = Get<std::string>(j, "stream_op", where, "");
    StreamOp stream_op = StreamOp::kBuffer;
    if (!StreamOpFromJsonName(op, &stream_op))
      throw LoadError{where + "/stream_op", "unknown stream op \"" + op + "\""};
    SetStreamOp(e, stream_op, Get<uint32_t>(j, "stream_flags", where, 0));
  }
  if (e.kind == EventKind::kEnqueue) {
    SetEnqueueAsyncIds(e, {Get<uint32_t>(j, "async_id", where, 0),
                           Get<uint32_t>(j, "trigger_async_id", where, 0)});
  }
  return e;
}

void LoadInto(StepLog& log, const Json& doc) {
  if (!doc.is_object()) throw LoadError{"", "the document must be a JSON object"};
  if (Get<std::string>(doc, "format", "", "") != kTraceFormatName)
    throw LoadError{"/format", "is not \"" + std::string(kTraceFormatName) + "\""};
  const int version = Get<int>(doc, "version", "", 0);
  if (version < 1 || version > kTraceFormatVersion)
    throw LoadError{"/version", "version " + std::to_string(version) + " is not supported (1.." +
                                    std::to_string(kTraceFormatVersion) + ")"};
  const Json program = doc.value("program", Json::object());
  if (!program.is_object()) throw LoadError{"/program", "must be an object"};
  const int pool_size = Get<int>(program, "pool_size", "/program", 4);
  if (pool_size < 1 || pool_size > RunInfo::kMaxPoolSize)
    throw LoadError{"/program/pool_size", "must be 1.." + std::to_string(RunInfo::kMaxPoolSize)};
  const std::string clock = Get<std::string>(program, "clock", "/program", "virtual");
  if (clock != "virtual" && clock != "real")
    throw LoadError{"/program/clock", "must be \"virtual\" or \"real\""};
  // `host` is optional: a document without it was written by the Node host.
  const std::string host = Get<std::string>(program, "host", "/program", "node");
  if (host != "node" && host != "browser")
    throw LoadError{"/program/host", "must be \"node\" or \"browser\""};
  log.set_info(RunInfo{GetText(program, "name", "/program"), GetText(program, "source", "/program"),
                       pool_size, Get<int>(program, "cpu_cores", "/program", 1), clock == "real",
                       host == "browser"});
  auto events = doc.find("events");
  if (events == doc.end() || !events->is_array()) throw LoadError{"/events", "must be an array"};
  for (size_t i = 0; i < events->size(); ++i) {
    if (!log.AppendRaw(EventFromJson(log, (*events)[i], "/events/" + std::to_string(i), version)))
      throw LoadError{"/events",
                      "more events than the limit of " + std::to_string(log.max_events())};
  }
  // Events the export left out past its byte budget count as dropped, as the log's own cap.
  log.RestoreCounters(
      Get<uint64_t>(doc, "next_id", "", 1),
      Get<size_t>(doc, "dropped_events", "", 0) + Get<size_t>(doc, "omitted_events", "", 0));
}

}  // namespace

bool WriteTraceJson(const StepLog& log, std::ostream& out, size_t max_bytes) {
  // The header is dumped without its closing brace, then events follow one per line.
  std::string header = HeaderToJson(log).dump(1);
  header.pop_back();  // '}'
  while (!header.empty() && header.back() == '\n') header.pop_back();
  out << header << ",\n \"events\": [";
  size_t written = header.size();
  size_t omitted = 0;
  bool first = true;
  bool over = false;  // once an event does not fit, only the ending is written
  constexpr size_t kFlushBytes = size_t{1} << 16;
  std::string buffer;
  buffer.reserve(kFlushBytes + 4096);
  for (size_t i = 0; i < log.size(); ++i) {
    const Event& e = log.At(i);
    if (!KeptPastBudget(e.kind)) {
      over = over || written + log.Text(e.text).size() > max_bytes;
      if (over) {
        ++omitted;  // past the budget (export_budget.h)
        continue;
      }
    }
    buffer += first ? "\n  " : ",\n  ";
    const size_t line_start = buffer.size();
    AppendEventJson(buffer, log, e);
    written += buffer.size() - line_start + 4;
    first = false;
    if (buffer.size() >= kFlushBytes) {
      out << buffer;
      buffer.clear();
    }
  }
  out << buffer << "\n ]";
  if (omitted > 0) out << ",\n \"omitted_events\": " << omitted;
  out << "\n}\n";
  return static_cast<bool>(out);
}

TraceLoadResult LoadTraceJson(std::string_view text, size_t max_events) {
  TraceLoadResult result;
  Json doc;
  try {
    doc = Json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    result.error = ": not valid JSON (at byte " + std::to_string(e.byte) + ")";
    return result;
  }
  StepLog log(max_events);
  try {
    LoadInto(log, doc);
  } catch (const LoadError& e) {
    result.error = e.where + ": " + e.message;
    return result;
  }
  result.log.emplace(std::move(log));
  return result;
}

}  // namespace loopscope::trace
