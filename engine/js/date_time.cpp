// engine/js/date_time.cpp — time value arithmetic, formatting and parsing (date_time.h).
//
// The arithmetic is ECMA-262 21.4.1 step for step, in doubles, so years far from 1970
// (±275,760) stay exact. Parsing tries the ISO format first, then V8's legacy reading
// (src/date/dateparser-inl.h): words for months, numbers for day and year, h:m:s times,
// AM/PM, and GMT/UTC/Z with an optional ±hhmm offset.
// Where to look next: builtins_date.cpp.
#include "engine/js/date_time.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <vector>

#include "engine/js/time_zone.h"

namespace loopscope::js::date {

namespace {

constexpr double kMsPerHour = 3'600'000, kMsPerMinute = 60'000, kMsPerSecond = 1'000;
constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

double Mod(double a, double b) {
  double r = std::fmod(a, b);
  return r < 0 ? r + b : r;
}
// 21.4.1.3 DaysInYear, DayFromYear, TimeFromYear, InLeapYear.
bool IsLeap(double y) {
  return Mod(y, 4) == 0 && (Mod(y, 100) != 0 || Mod(y, 400) == 0);
}
double DayFromYear(double y) {
  return 365 * (y - 1970) + std::floor((y - 1969) / 4) - std::floor((y - 1901) / 100) +
         std::floor((y - 1601) / 400);
}
double TimeFromYear(double y) {
  return kMsPerDay * DayFromYear(y);
}
// The day of the year each month starts on (21.4.1.4 MonthFromTime's table).
int MonthStart(int month, bool leap) {
  static constexpr int kStart[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};
  return kStart[month] + (leap && month >= 2 ? 1 : 0);
}
int DayWithinYear(double t) {
  return static_cast<int>(Day(t) - DayFromYear(YearFromTime(t)));
}

std::string Pad(double v, int width) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%0*.0f", width, v);
  return buf;
}
// Years in toString and toUTCString: four digits at least, a '-' before negative ones.
std::string YearText(double y) {
  return (y < 0 ? "-" : "") + Pad(std::fabs(y), 4);
}

}  // namespace

double Day(double t) {
  return std::floor(t / kMsPerDay);
}
double TimeWithinDay(double t) {
  return Mod(t, kMsPerDay);
}

double YearFromTime(double t) {
  double y = std::floor(Day(t) / 365.2425) + 1970;
  while (TimeFromYear(y) > t) --y;
  while (TimeFromYear(y + 1) <= t) ++y;
  return y;
}

int MonthFromTime(double t) {
  const int day = DayWithinYear(t);
  const bool leap = IsLeap(YearFromTime(t));
  int m = 0;
  while (day >= MonthStart(m + 1, leap)) ++m;
  return m;
}

int DateFromTime(double t) {
  return DayWithinYear(t) - MonthStart(MonthFromTime(t), IsLeap(YearFromTime(t))) + 1;
}
int WeekDay(double t) {
  return static_cast<int>(Mod(Day(t) + 4, 7));
}
int HourFromTime(double t) {
  return static_cast<int>(Mod(std::floor(t / kMsPerHour), 24));
}
int MinFromTime(double t) {
  return static_cast<int>(Mod(std::floor(t / kMsPerMinute), 60));
}
int SecFromTime(double t) {
  return static_cast<int>(Mod(std::floor(t / kMsPerSecond), 60));
}
int MsFromTime(double t) {
  return static_cast<int>(Mod(t, kMsPerSecond));
}

// 21.4.1.27 MakeTime: each argument ToIntegerOrInfinity'd (truncated).
double MakeTime(double hour, double min, double sec, double ms) {
  if (!std::isfinite(hour) || !std::isfinite(min) || !std::isfinite(sec) || !std::isfinite(ms))
    return NAN;
  return std::trunc(hour) * kMsPerHour + std::trunc(min) * kMsPerMinute +
         std::trunc(sec) * kMsPerSecond + std::trunc(ms);
}

// 21.4.1.28 MakeDay.
double MakeDay(double year, double month, double date) {
  if (!std::isfinite(year) || !std::isfinite(month) || !std::isfinite(date)) return NAN;
  const double y = std::trunc(year), m = std::trunc(month), dt = std::trunc(date);
  const double ym = y + std::floor(m / 12);
  if (std::fabs(ym) > 400'000) return NAN;  // far past TimeClip's range: no exact day
  const int mn = static_cast<int>(Mod(m, 12));
  return DayFromYear(ym) + MonthStart(mn, IsLeap(ym)) + dt - 1;
}

double MakeDate(double day, double time) {
  if (!std::isfinite(day) || !std::isfinite(time)) return NAN;
  double tv = day * kMsPerDay + time;
  return std::isfinite(tv) ? tv : NAN;
}

// 21.4.1.31 TimeClip.
double TimeClip(double t) {
  if (!std::isfinite(t) || std::fabs(t) > 8.64e15) return NAN;
  return std::trunc(t) + 0.0;  // + 0.0 turns -0 into +0
}

std::string IsoString(double t) {
  const double y = YearFromTime(t);
  std::string year = y >= 0 && y <= 9999 ? Pad(y, 4) : (y < 0 ? "-" : "+") + Pad(std::fabs(y), 6);
  return year + "-" + Pad(MonthFromTime(t) + 1, 2) + "-" + Pad(DateFromTime(t), 2) + "T" +
         Pad(HourFromTime(t), 2) + ":" + Pad(MinFromTime(t), 2) + ":" + Pad(SecFromTime(t), 2) +
         "." + Pad(MsFromTime(t), 3) + "Z";
}

std::string DateString(double t) {
  return std::string(kDays[WeekDay(t)]) + " " + kMonths[MonthFromTime(t)] + " " +
         Pad(DateFromTime(t), 2) + " " + YearText(YearFromTime(t));
}

std::string TimeString(double t) {
  return Pad(HourFromTime(t), 2) + ":" + Pad(MinFromTime(t), 2) + ":" + Pad(SecFromTime(t), 2);
}

std::string UtcString(double t) {
  return std::string(kDays[WeekDay(t)]) + ", " + Pad(DateFromTime(t), 2) + " " +
         kMonths[MonthFromTime(t)] + " " + YearText(YearFromTime(t)) + " " +
         Pad(HourFromTime(t), 2) + ":" + Pad(MinFromTime(t), 2) + ":" + Pad(SecFromTime(t), 2) +
         " GMT";
}

std::string LocaleDateString(double t) {
  const double y = YearFromTime(t);
  // ICU's en-US pattern writes years before 1 AD as 1 - year (no year zero).
  return std::to_string(MonthFromTime(t) + 1) + "/" + std::to_string(DateFromTime(t)) + "/" +
         Pad(y > 0 ? y : 1 - y, 1);
}

std::string LocaleTimeString(double t) {
  const int h = HourFromTime(t);
  return std::to_string(h % 12 == 0 ? 12 : h % 12) + ":" + Pad(MinFromTime(t), 2) + ":" +
         Pad(SecFromTime(t), 2) + (h < 12 ? " AM" : " PM");
}

// [SECTION] parsing
namespace {

// 21.4.1.32 Date Time String Format: YYYY[-MM[-DD]][THH:mm[:ss[.sss]][Z|±HH:mm]], with
// ±YYYYYY years. Date-only forms are UTC; date-times without an offset are local.
bool ParseIso(std::string_view s, double& out, bool& local) {
  size_t i = 0;
  auto digits = [&](size_t n, double& v) {
    if (i + n > s.size()) return false;
    v = 0;
    for (size_t k = 0; k < n; ++k) {
      if (!std::isdigit(static_cast<unsigned char>(s[i + k]))) return false;
      v = v * 10 + (s[i + k] - '0');
    }
    i += n;
    return true;
  };
  double year, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0, offset = 0;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    bool negative = s[0] == '-';
    ++i;
    if (!digits(6, year) || (negative && year == 0)) return false;
    if (negative) year = -year;
  } else if (!digits(4, year)) {
    return false;
  }
  if (i < s.size() && s[i] == '-') {
    ++i;
    if (!digits(2, month)) return false;
    if (i < s.size() && s[i] == '-') {
      ++i;
      if (!digits(2, day)) return false;
    }
  }
  if (i < s.size() && s[i] == 'T') {
    ++i;
    if (!digits(2, hour) || i >= s.size() || s[i++] != ':' || !digits(2, minute)) return false;
    if (i < s.size() && s[i] == ':') {
      ++i;
      if (!digits(2, second)) return false;
      if (i < s.size() && s[i] == '.') {
        ++i;
        size_t start = i;
        double scale = 100;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
          ms += (s[i++] - '0') * scale;
          scale /= 10;
        }
        ms = std::floor(ms);
        if (i == start) return false;
      }
    }
    local = true;
    if (i < s.size() && s[i] == 'Z') {
      local = false;
      ++i;
    } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      double sign = s[i++] == '-' ? -1 : 1, oh, om;
      if (!digits(2, oh) || i >= s.size() || s[i++] != ':' || !digits(2, om)) return false;
      offset = sign * (oh * 60 + om);
      local = false;
    }
  }
  if (i != s.size()) return false;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 59 ||
      (hour == 24 && (minute || second || ms)))
    return false;
  out = MakeDate(MakeDay(year, month - 1, day), MakeTime(hour, minute, second, ms)) -
        offset * kMsPerMinute;
  return true;
}

struct Number {
  double value;
  size_t digits;
};

// V8's legacy date reading, simplified: see the file header.
double ParseLegacy(std::string_view s, bool& local) {
  std::vector<Number> numbers;
  int month = -1, ampm = -1;
  double time[4] = {0, 0, 0, 0};
  bool has_time = false, has_zone = false;
  double offset = 0;
  size_t i = 0;
  auto number_at = [&](size_t& k, size_t& count) {
    double v = 0;
    count = 0;
    while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) {
      v = v * 10 + (s[k++] - '0');
      ++count;
    }
    return v;
  };
  while (i < s.size()) {
    char c = s[i];
    if (c == ' ' || c == ',' || c == '/' || c == '.' || c == '\t') {
      ++i;
    } else if (c == '(') {
      while (i < s.size() && s[i] != ')') ++i;
      ++i;
    } else if ((c == '+' || c == '-') && (has_zone || has_time) && i + 1 < s.size() &&
               std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
      ++i;
      size_t n;
      double v = number_at(i, n);
      double minutes = n <= 2 ? v * 60 : std::floor(v / 100) * 60 + Mod(v, 100);
      if (n <= 2 && i < s.size() && s[i] == ':') {
        ++i;
        size_t m;
        minutes += number_at(i, m);
      }
      offset = c == '-' ? -minutes : minutes;
      has_zone = true;
    } else if (c == '-') {
      ++i;
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      size_t n;
      double v = number_at(i, n);
      if (i < s.size() && s[i] == ':' && !has_time) {
        has_time = true;
        time[0] = v;
        for (int part = 1; part < 3 && i < s.size() && s[i] == ':'; ++part) {
          ++i;
          time[part] = number_at(i, n);
          if (n == 0) return NAN;
        }
        if (i < s.size() && s[i] == '.') {
          ++i;
          size_t start = i;
          double frac = number_at(i, n);
          time[3] = std::floor(frac * std::pow(10, 3 - static_cast<double>(i - start)));
        }
      } else {
        numbers.push_back({v, n});
      }
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
      std::string word;
      while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i])))
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i++])));
      if (word == "am" || word == "pm") {
        ampm = word == "pm";
      } else if (word == "z" || word == "gmt" || word == "ut" || word == "utc") {
        has_zone = true;
      } else if (word == "t" && !numbers.empty()) {
        continue;
      } else if (word.size() >= 3) {
        bool known = false;
        for (int m = 0; m < 12; ++m) {
          std::string name = kMonths[m];
          name[0] = static_cast<char>(std::tolower(name[0]));
          if (word.compare(0, 3, name) == 0) month = m, known = true;
        }
        for (const char* d : kDays) {
          std::string name = d;
          name[0] = static_cast<char>(std::tolower(name[0]));
          if (word.compare(0, 3, name) == 0) known = true;
        }
        if (!known) return NAN;
      } else {
        return NAN;
      }
    } else {
      return NAN;
    }
  }
  double year, mon, day;
  if (month >= 0) {
    if (numbers.size() != 2) {
      if (numbers.size() != 1) return NAN;
      numbers.insert(numbers.begin(), Number{1, 1});  // "Jan 2024"? V8 reads day 1
    }
    bool first_is_year = numbers[0].digits >= 3 || numbers[0].value > 31;
    year = first_is_year ? numbers[0].value : numbers[1].value;
    day = first_is_year ? numbers[1].value : numbers[0].value;
    if (numbers[first_is_year ? 0 : 1].digits <= 2 && year < 100) year += year < 50 ? 2000 : 1900;
    mon = month;
  } else {
    if (numbers.size() != 3) return NAN;
    bool ymd = numbers[0].digits >= 3;
    const Number& y = ymd ? numbers[0] : numbers[2];
    year = y.value;
    if (y.digits <= 2) year += year < 50 ? 2000 : 1900;
    mon = (ymd ? numbers[1].value : numbers[0].value) - 1;
    day = ymd ? numbers[2].value : numbers[1].value;
  }
  if (ampm >= 0) {
    if (time[0] > 12) return NAN;
    time[0] = std::fmod(time[0], 12) + (ampm ? 12 : 0);
  }
  if (mon < 0 || mon > 11 || day < 1 || day > 31 || time[1] > 59 || time[2] > 59 || time[0] > 24 ||
      (time[0] == 24 && (time[1] || time[2] || time[3])))
    return NAN;
  local = !has_zone;
  return MakeDate(MakeDay(year, mon, day), MakeTime(time[0], time[1], time[2], time[3])) -
         offset * kMsPerMinute;
}

}  // namespace

double Parse(std::string_view text, const TimeZone* zone) {
  double t;
  bool local = false;
  if (ParseIso(text, t, local)) return TimeClip(local ? Utc(zone, t) : t);
  // A signed extended year is ISO or nothing ("-000000-03-31T00:45Z" is no date).
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) return NAN;
  t = ParseLegacy(text, local);
  return TimeClip(local ? Utc(zone, t) : t);
}

}  // namespace loopscope::js::date
