// engine/js/builtins_date.cpp — the Date constructor and Date.prototype (ECMA-262 21.4).
//
// A Date is a HostObject of class "Date" holding its time value. "Now" is the embedder's
// clock (Vm::SetClock: the simulator's virtual clock), so runs are reproducible. The local
// time zone is the embedder's (Vm::SetTimeZone, time_zone.h), UTC unless set: local getters,
// setters, constructor fields and text forms go through LocalTime/UTC (ECMA-262 21.4.1.25-26).
// The arithmetic and the text forms are in date_time.h.
// Where to look next: date_time.cpp, inspect.cpp (how console.log prints a Date).
#include <cmath>

#include "engine/js/builtins.h"
#include "engine/js/date_time.h"
#include "engine/js/locale_defaults.h"
#include "engine/js/time_zone.h"

namespace loopscope::js {

namespace {

constexpr std::string_view kDateClass = "Date";
// Now, when the embedder gave no clock: 2023-11-14T22:13:20Z, the simulator's epoch.
constexpr double kDefaultNowMs = 1'700'000'000'000.0;

struct DateData {
  double time;  // the [[DateValue]] slot: a time value, NaN for an invalid date
};

DateData* AsDate(Value v) {
  if (!v.Is(CellKind::kHost)) return nullptr;
  auto* host = v.As<HostObject>();
  if (host->class_name != kDateClass) return nullptr;
  return static_cast<DateData*>(host->data.get());
}

double Now(Runtime& rt) {
  return std::floor(rt.clock ? rt.clock() : kDefaultNowMs);
}

Value NewDate(Runtime& rt, double time, Object* prototype) {
  auto data = std::make_shared<DateData>(DateData{date::TimeClip(time)});
  auto* obj = rt.Alloc<HostObject>(prototype, std::string(kDateClass), data);
  // Node's util.inspect shows a Date as its toISOString(), or "Invalid Date".
  obj->inspector = [data](Vm&, Value) {
    return std::isnan(data->time) ? std::string("Invalid Date") : date::IsoString(data->time);
  };
  return Value::FromCell(obj);
}

Completion ThisDate(Runtime& rt, NativeCall& call, DateData*& out) {
  out = AsDate(call.this_value);
  if (!out) return rt.Throw(ErrorType::kTypeError, "this is not a Date object.");
  return Ok();
}

// The numbers a constructor or setter takes, ToNumber'd in order (each may run user code).
Completion Numbers(Runtime& rt, NativeCall& call, size_t count, std::vector<double>& out) {
  out.clear();
  for (size_t k = 0; k < count && k < call.args.size(); ++k) {
    double d;
    LOOPSCOPE_TRY(rt.ToNumber(call.args[k], d));
    out.push_back(d);
  }
  return Ok();
}

// The time value of (year, month[, day, hours, minutes, seconds, ms]) as 21.4.2.1 step 5
// and 21.4.3.4 Date.UTC read them: years 0 - 99 are 1900 - 1999.
double TimeFromFields(const std::vector<double>& f) {
  double year = f[0];
  if (std::isfinite(year)) {
    double y = std::trunc(year);
    if (y >= 0 && y <= 99) year = 1900 + y;
  }
  auto at = [&](size_t k, double dflt) { return k < f.size() ? f[k] : dflt; };
  return date::MakeDate(date::MakeDay(year, at(1, 0), at(2, 1)),
                        date::MakeTime(at(3, 0), at(4, 0), at(5, 0), at(6, 0)));
}

// 21.4.4.41.4 ToDateString(tv): "Tue Jan 02 2024 03:04:05 GMT+0000 (Coordinated Universal
// Time)" in local time.
std::string DateToString(double t, const date::TimeZone* zone) {
  double local = date::LocalTime(zone, t);
  return date::DateString(local) + " " + date::TimeString(local) + " " + date::ZoneText(zone, t);
}

// ECMA-262 21.4.2.1 Date(...args).
Completion DateCtor(Runtime& rt, NativeCall& call, Native*) {
  if (!rt.current_new_target.IsObject()) {
    return Ok(rt.Str(DateToString(Now(rt), rt.time_zone.get())));
  }
  Object* proto;
  LOOPSCOPE_TRY(PrototypeForNew(rt, rt.realm.date_proto, proto));
  if (call.args.empty()) return Ok(NewDate(rt, Now(rt), proto));
  if (call.args.size() == 1) {
    if (DateData* other = AsDate(call.Arg(0))) return Ok(NewDate(rt, other->time, proto));
    Completion prim = rt.ToPrimitive(call.Arg(0), false);
    if (!prim.ok()) return prim;
    if (prim.value.IsString())
      return Ok(NewDate(rt, date::Parse(rt.StringOf(prim.value), rt.time_zone.get()), proto));
    double t;
    LOOPSCOPE_TRY(rt.ToNumber(prim.value, t));
    return Ok(NewDate(rt, t, proto));
  }
  std::vector<double> fields;
  LOOPSCOPE_TRY(Numbers(rt, call, 7, fields));
  // 21.4.2.1 step 5.k: the fields are local time.
  return Ok(NewDate(rt, date::Utc(rt.time_zone.get(), TimeFromFields(fields)), proto));
}

Completion DateNow(Runtime& rt, NativeCall&, Native*) {
  return Ok(Value::Number(Now(rt)));
}

Completion DateParse(Runtime& rt, NativeCall& call, Native*) {
  std::string text;
  LOOPSCOPE_TRY(rt.ToStringStd(call.Arg(0), text));
  return Ok(Value::Number(date::Parse(text, rt.time_zone.get())));
}

Completion DateUtc(Runtime& rt, NativeCall& call, Native*) {
  std::vector<double> fields;
  LOOPSCOPE_TRY(Numbers(rt, call, 7, fields));
  if (fields.empty()) return Ok(Value::Number(NAN));
  return Ok(Value::Number(date::TimeClip(TimeFromFields(fields))));
}

// [SECTION] getters: one table, each a field of the time value; the local names read it in
// local time (LocalTime(t)), their getUTC twins (slots[1] true) as it is.
using Field = double (*)(double);
struct Getter {
  const char* name;
  Field field;
  bool time_value = false;  // getTime, valueOf: the time value itself, in no zone
};
constexpr Getter kGetters[] = {
    {"getTime", [](double t) { return t; }, true},
    {"valueOf", [](double t) { return t; }, true},
    {"getFullYear", [](double t) { return date::YearFromTime(t); }},
    {"getMonth", [](double t) { return double(date::MonthFromTime(t)); }},
    {"getDate", [](double t) { return double(date::DateFromTime(t)); }},
    {"getDay", [](double t) { return double(date::WeekDay(t)); }},
    {"getHours", [](double t) { return double(date::HourFromTime(t)); }},
    {"getMinutes", [](double t) { return double(date::MinFromTime(t)); }},
    {"getSeconds", [](double t) { return double(date::SecFromTime(t)); }},
    {"getMilliseconds", [](double t) { return double(date::MsFromTime(t)); }},
    {"getTimezoneOffset", nullptr},  // 21.4.4.11: (t - LocalTime(t)) / msPerMinute
};

Completion Get(Runtime& rt, NativeCall& call, Native* self) {
  DateData* d;
  LOOPSCOPE_TRY(ThisDate(rt, call, d));
  if (std::isnan(d->time)) return Ok(Value::Number(NAN));
  const Getter& g = kGetters[static_cast<size_t>(self->slots[0].AsNumber())];
  double local = date::LocalTime(rt.time_zone.get(), d->time);
  // V8's DateCache::TimezoneOffset counts whole minutes (Paris in 1900 was 9:21 ahead: -9).
  if (!g.field) return Ok(Value::Number(std::trunc((d->time - local) / 60'000)));
  bool utc = self->slots[1].IsBoolean() && self->slots[1].AsBoolean();
  return Ok(Value::Number(g.field(utc || g.time_value ? d->time : local)));
}

// [SECTION] setters (21.4.4.20 - 21.4.4.35): which field the first argument sets; later
// arguments set the fields after it.
enum class Part : uint8_t { kYear, kMonth, kDate, kHours, kMinutes, kSeconds, kMs };
struct Setter {
  const char* name;
  Part first;
  int length;  // how many fields it may set
};
constexpr Setter kSetters[] = {
    {"setFullYear", Part::kYear, 3},   {"setMonth", Part::kMonth, 2},
    {"setDate", Part::kDate, 1},       {"setHours", Part::kHours, 4},
    {"setMinutes", Part::kMinutes, 3}, {"setSeconds", Part::kSeconds, 2},
    {"setMilliseconds", Part::kMs, 1},
};

Completion Set(Runtime& rt, NativeCall& call, Native* self) {
  DateData* d;
  LOOPSCOPE_TRY(ThisDate(rt, call, d));
  const Setter& s = kSetters[static_cast<size_t>(self->slots[0].AsNumber())];
  std::vector<double> given;
  LOOPSCOPE_TRY(Numbers(rt, call, static_cast<size_t>(s.length), given));
  if (given.empty()) given.push_back(NAN);
  bool utc = self->slots[1].IsBoolean() && self->slots[1].AsBoolean();
  const date::TimeZone* zone = utc ? nullptr : rt.time_zone.get();
  // setFullYear on an invalid date starts from +0 (step 3); the others stay invalid. The
  // local setters work on LocalTime(t) and store UTC(result) (21.4.4.20 - 21.4.4.27).
  double t = date::LocalTime(zone, d->time);
  if (std::isnan(t)) {
    if (s.first != Part::kYear) return Ok(Value::Number(NAN));
    t = 0;
  }
  double f[7] = {date::YearFromTime(t),         double(date::MonthFromTime(t)),
                 double(date::DateFromTime(t)), double(date::HourFromTime(t)),
                 double(date::MinFromTime(t)),  double(date::SecFromTime(t)),
                 double(date::MsFromTime(t))};
  for (size_t k = 0; k < given.size(); ++k) f[static_cast<size_t>(s.first) + k] = given[k];
  d->time = date::TimeClip(date::Utc(zone, date::MakeDate(date::MakeDay(f[0], f[1], f[2]),
                                                          date::MakeTime(f[3], f[4], f[5], f[6]))));
  return Ok(Value::Number(d->time));
}

Completion SetTime(Runtime& rt, NativeCall& call, Native*) {
  DateData* d;
  LOOPSCOPE_TRY(ThisDate(rt, call, d));
  double t;
  LOOPSCOPE_TRY(rt.ToNumber(call.Arg(0), t));
  d->time = date::TimeClip(t);
  return Ok(Value::Number(d->time));
}

// [SECTION] text forms
// Each gets the time value and the local zone (null: UTC).
using Format = std::string (*)(double, const date::TimeZone*);
struct Formatter {
  const char* name;
  Format format;
};
using Zone = const date::TimeZone*;
constexpr Formatter kFormatters[] = {
    {"toString", DateToString},
    {"toDateString", [](double t, Zone z) { return date::DateString(date::LocalTime(z, t)); }},
    {"toTimeString",
     [](double t, Zone z) {
       return date::TimeString(date::LocalTime(z, t)) + " " + date::ZoneText(z, t);
     }},
    {"toUTCString", [](double t, Zone) { return date::UtcString(t); }},
    {"toGMTString", [](double t, Zone) { return date::UtcString(t); }},
    {"toLocaleDateString",
     [](double t, Zone z) { return date::LocaleDateString(date::LocalTime(z, t)); }},
    {"toLocaleTimeString",
     [](double t, Zone z) { return date::LocaleTimeString(date::LocalTime(z, t)); }},
    {"toLocaleString",
     [](double t, Zone z) {
       double local = date::LocalTime(z, t);
       return date::LocaleDateString(local) + ", " + date::LocaleTimeString(local);
     }},
};

Completion FormatDate(Runtime& rt, NativeCall& call, Native* self) {
  DateData* d;
  LOOPSCOPE_TRY(ThisDate(rt, call, d));
  if (std::isnan(d->time)) return Ok(rt.Str("Invalid Date"));
  const Formatter& f = kFormatters[static_cast<size_t>(self->slots[0].AsNumber())];
  if (std::string_view(f.name).starts_with("toLocale"))
    LOOPSCOPE_TRY(RequireDefaultLocale(rt, call, "Date.prototype." + std::string(f.name)));
  return Ok(rt.Str(f.format(d->time, rt.time_zone.get())));
}

Completion ToIsoString(Runtime& rt, NativeCall& call, Native*) {
  DateData* d;
  LOOPSCOPE_TRY(ThisDate(rt, call, d));
  if (std::isnan(d->time)) return rt.Throw(ErrorType::kRangeError, "Invalid time value");
  return Ok(rt.Str(date::IsoString(d->time)));
}

// 21.4.4.37 toJSON: null for an invalid date, else this.toISOString().
Completion ToJson(Runtime& rt, NativeCall& call, Native*) {
  if (DateData* d = AsDate(call.this_value); d && std::isnan(d->time)) return Ok(Value::Null());
  if (!AsDate(call.this_value)) {
    Completion prim = rt.ToPrimitive(call.this_value, false);
    if (!prim.ok()) return prim;
    if (prim.value.IsNumber() && !std::isfinite(prim.value.AsNumber())) return Ok(Value::Null());
  }
  return rt.Invoke(call.this_value, "toISOString", {});
}

}  // namespace

bool IsDateObject(Value v) {
  return AsDate(v) != nullptr;
}

Value CloneDateObject(Runtime& rt, Value date) {
  return NewDate(rt, AsDate(date)->time, rt.realm.date_proto);
}

namespace {

// ECMA-262 21.4.4.45 Date.prototype [ @@toPrimitive ] ( hint ): "default" reads as "string",
// which is why `date + ''` and `date == str` use the date's text.
Completion DateToPrimitive(Runtime& rt, NativeCall& call, Native*) {
  if (!call.this_value.IsObject())
    return rt.Throw(ErrorType::kTypeError,
                    "Method Date.prototype [ @@toPrimitive ] called on incompatible receiver " +
                        rt.ToDisplayString(call.this_value));
  Value hint = call.Arg(0);
  std::string_view text = hint.IsString() ? rt.StringOf(hint) : std::string_view();
  if (text == "string" || text == "default")
    return rt.OrdinaryToPrimitive(call.this_value, Runtime::PrimitiveHint::kString);
  if (text == "number")
    return rt.OrdinaryToPrimitive(call.this_value, Runtime::PrimitiveHint::kNumber);
  return rt.Throw(ErrorType::kTypeError, "Invalid hint: " + rt.ToDisplayString(hint));
}

}  // namespace

void InstallDateBuiltins(Runtime& rt) {
  Object* proto = rt.realm.date_proto = rt.NewPlainObject();
  Native* ctor = DefineConstructor(rt, "Date", 7, DateCtor, proto);
  rt.DefineNative(ctor, "now", 0, DateNow);
  rt.DefineNative(ctor, "parse", 1, DateParse);
  rt.DefineNative(ctor, "UTC", 7, DateUtc);
  DefineSymbolNative(rt, proto, WellKnown::kToPrimitive, 1, DateToPrimitive);
  for (size_t k = 0; k < std::size(kGetters); ++k) {
    std::string name = kGetters[k].name;
    for (const std::string& n :
         {name, name.rfind("get", 0) == 0 && name != "getTime" && name != "getTimezoneOffset"
                    ? "getUTC" + name.substr(3)
                    : std::string()}) {
      if (n.empty()) continue;
      Native* fn = rt.DefineNative(proto, n, 0, Get);
      fn->slots[0] = Value::Number(static_cast<double>(k));
      fn->slots[1] = Value::Boolean(n.rfind("getUTC", 0) == 0);
    }
  }
  for (size_t k = 0; k < std::size(kSetters); ++k) {
    std::string name = kSetters[k].name;
    for (const std::string& n : {name, "setUTC" + name.substr(3)}) {
      Native* fn = rt.DefineNative(proto, n, kSetters[k].length, Set);
      fn->slots[0] = Value::Number(static_cast<double>(k));
      fn->slots[1] = Value::Boolean(n.rfind("setUTC", 0) == 0);
    }
  }
  rt.DefineNative(proto, "setTime", 1, SetTime);
  for (size_t k = 0; k < std::size(kFormatters); ++k) {
    Native* fn = rt.DefineNative(proto, kFormatters[k].name, 0, FormatDate);
    fn->slots[0] = Value::Number(static_cast<double>(k));
  }
  rt.DefineNative(proto, "toISOString", 0, ToIsoString);
  rt.DefineNative(proto, "toJSON", 1, ToJson);
}

}  // namespace loopscope::js
