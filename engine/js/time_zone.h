// engine/js/time_zone.h — Date's local time zone: its offsets from UTC and its name, from
// ICU's own time zone data (as V8 reads them), never from the host's TZ or /etc/localtime,
// so a program prints the same on every machine. Without a zone, local time is UTC.
// Where to look next: time_zone.cpp, builtins_date.cpp (LocalTime/UTC in use).
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace loopscope::js::date {

class TimeZone {
 public:
  // The zone an IANA name ("Europe/Paris", "America/New_York", "UTC") names, or null when
  // ICU does not know it.
  static std::shared_ptr<const TimeZone> Find(std::string_view name);
  ~TimeZone();

  // ECMA-262 21.4.1.21 LocalTZA(t, true): ms to add to the UTC time value `t` (finite).
  double OffsetFromUtc(double t) const;
  // LocalTZA(t, false) for a local time value: V8 reads a repeated local time as the
  // earlier instant and a skipped one with the offset before the change (ICU's
  // UCAL_TZ_LOCAL_FORMER both ways).
  double OffsetFromLocal(double local) const;
  // "Central European Standard Time" / "... Summer Time" at `t`, in en-US.
  std::string LongName(double t) const;

 private:
  struct Rules;  // ICU's zone, kept out of this header (time_zone.cpp)
  explicit TimeZone(std::unique_ptr<Rules> rules);
  std::unique_ptr<Rules> rules_;
};

// ECMA-262 21.4.1.25 LocalTime(t) and 21.4.1.26 UTC(t) in `zone` (null: UTC).
double LocalTime(const TimeZone* zone, double t);
double Utc(const TimeZone* zone, double local);
// The zone part of toString and toTimeString at `t`: "GMT+0100 (Central European Standard
// Time)", "GMT+0000 (Coordinated Universal Time)" without a zone.
std::string ZoneText(const TimeZone* zone, double t);

}  // namespace loopscope::js::date
