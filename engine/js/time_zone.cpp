// engine/js/time_zone.cpp — the local time zone on ICU (V8's ICUTimezoneCache in
// src/objects/intl-objects.cc does the same calls: getOffset for UTC times,
// getOffsetFromLocal with UCAL_TZ_LOCAL_FORMER for local ones, getDisplayName LONG with
// the daylight flag for toString's name).
// Where to look next: time_zone.h, builtins_date.cpp.
#include "engine/js/time_zone.h"

#include <unicode/basictz.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <cmath>
#include <cstdio>

namespace loopscope::js::date {

struct TimeZone::Rules {
  std::unique_ptr<icu::BasicTimeZone> zone;
};

TimeZone::TimeZone(std::unique_ptr<Rules> rules) : rules_(std::move(rules)) {}
TimeZone::~TimeZone() = default;

std::shared_ptr<const TimeZone> TimeZone::Find(std::string_view name) {
  icu::UnicodeString id = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(id));
  // An unknown id gives ICU's "Etc/Unknown" zone (GMT), not an error.
  if (!zone || *zone == icu::TimeZone::getUnknown()) return nullptr;
  auto* basic = dynamic_cast<icu::BasicTimeZone*>(zone.get());
  if (!basic) return nullptr;
  zone.release();
  auto rules = std::make_unique<Rules>(Rules{std::unique_ptr<icu::BasicTimeZone>(basic)});
  return std::shared_ptr<const TimeZone>(new TimeZone(std::move(rules)));
}

double TimeZone::OffsetFromUtc(double t) const {
  int32_t raw = 0, dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  rules_->zone->getOffset(t, false, raw, dst, status);
  return U_SUCCESS(status) ? raw + dst : 0;
}

double TimeZone::OffsetFromLocal(double local) const {
  int32_t raw = 0, dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  rules_->zone->getOffsetFromLocal(local, UCAL_TZ_LOCAL_FORMER, UCAL_TZ_LOCAL_FORMER, raw, dst,
                                   status);
  return U_SUCCESS(status) ? raw + dst : 0;
}

std::string TimeZone::LongName(double t) const {
  int32_t raw = 0, dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  rules_->zone->getOffset(t, false, raw, dst, status);
  icu::UnicodeString name;
  rules_->zone->getDisplayName(dst != 0, icu::TimeZone::LONG, icu::Locale::getUS(), name);
  std::string out;
  name.toUTF8String(out);
  return out;
}

double LocalTime(const TimeZone* zone, double t) {
  return zone && std::isfinite(t) ? t + zone->OffsetFromUtc(t) : t;
}

double Utc(const TimeZone* zone, double local) {
  return zone && std::isfinite(local) ? local - zone->OffsetFromLocal(local) : local;
}

std::string ZoneText(const TimeZone* zone, double t) {
  if (!zone) return "GMT+0000 (Coordinated Universal Time)";
  double offset_min = zone->OffsetFromUtc(t) / 60000;
  double magnitude = std::fabs(offset_min);
  char buf[16];
  std::snprintf(buf, sizeof buf, "GMT%c%02d%02d", offset_min < 0 ? '-' : '+',
                static_cast<int>(magnitude / 60), static_cast<int>(std::fmod(magnitude, 60)));
  return std::string(buf) + " (" + zone->LongName(t) + ")";
}

}  // namespace loopscope::js::date
