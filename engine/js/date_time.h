// engine/js/date_time.h — ECMA-262 21.4.1's time value arithmetic, and the text forms of a
// time value: what Date's methods compute, without any object.
//
// A time value is milliseconds since 1970-01-01T00:00:00Z, NaN when invalid. The text forms
// take a time value already in local time (time_zone.h LocalTime); the zone's own text is
// ZoneText's.
// Parsing takes the ISO forms (21.4.1.32 Date Time String Format) and the legacy forms V8
// accepts ("Jan 2, 2024", "1/2/2024", toString() and toUTCString() output).
// Where to look next: builtins_date.cpp (the Date objects).
#pragma once

#include <string>
#include <string_view>

namespace loopscope::js::date {

inline constexpr double kMsPerDay = 86'400'000;

// ECMA-262 21.4.1.3 - 21.4.1.14: the fields of a time value (t must be finite).
double Day(double t);
double TimeWithinDay(double t);
double YearFromTime(double t);
int MonthFromTime(double t);  // 0 - 11
int DateFromTime(double t);   // 1 - 31
int WeekDay(double t);        // 0 = Sunday
int HourFromTime(double t);
int MinFromTime(double t);
int SecFromTime(double t);
int MsFromTime(double t);

// ECMA-262 21.4.1.27 MakeTime, 21.4.1.28 MakeDay, 21.4.1.29 MakeDate, 21.4.1.31 TimeClip.
double MakeTime(double hour, double min, double sec, double ms);
double MakeDay(double year, double month, double date);
double MakeDate(double day, double time);
double TimeClip(double t);

// 21.4.4.36 toISOString ("2024-01-02T03:04:05.000Z"; t must be valid).
std::string IsoString(double t);
// 21.4.4.41.2 DateString ("Tue Jan 02 2024") and 21.4.4.41.1 TimeString ("03:04:05").
std::string DateString(double t);
std::string TimeString(double t);
// 21.4.4.43 toUTCString ("Tue, 02 Jan 2024 03:04:05 GMT").
std::string UtcString(double t);
// Intl's en-US defaults, as toLocaleDateString() and toLocaleTimeString() print them.
std::string LocaleDateString(double t);  // "1/2/2024"
std::string LocaleTimeString(double t);  // "3:04:05 AM"

class TimeZone;
// 21.4.3.2 Date.parse: a time value, NaN when the text is no date V8 reads. A date-time
// without an offset (and any legacy form without one) is local time in `zone` (null: UTC).
double Parse(std::string_view text, const TimeZone* zone = nullptr);

}  // namespace loopscope::js::date
