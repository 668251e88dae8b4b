// tests/unit/js/date_time_test.cpp — ECMA-262 21.4.1's time value arithmetic and the text
// forms (engine/js/date_time.cpp), on instants whose answers node v20 gave. Date objects
// are tested end to end by the golden programs date_*.js.
#include "engine/js/date_time.h"

#include <gtest/gtest.h>

#include <cmath>

#include "engine/js/time_zone.h"

namespace loopscope::js::date {
namespace {

TEST(DateTime, FieldsOfATimeValue) {
  const double t = 1704164645006;  // 2024-01-02T03:04:05.006Z, a Tuesday
  EXPECT_EQ(YearFromTime(t), 2024);
  EXPECT_EQ(MonthFromTime(t), 0);
  EXPECT_EQ(DateFromTime(t), 2);
  EXPECT_EQ(WeekDay(t), 2);
  EXPECT_EQ(HourFromTime(t), 3);
  EXPECT_EQ(MinFromTime(t), 4);
  EXPECT_EQ(SecFromTime(t), 5);
  EXPECT_EQ(MsFromTime(t), 6);
  EXPECT_EQ(YearFromTime(-1), 1969);  // before the epoch the fields still count forward
  EXPECT_EQ(MsFromTime(-1), 999);
  EXPECT_EQ(YearFromTime(-8.64e15), -271821);
  EXPECT_EQ(YearFromTime(8.64e15), 275760);
}

TEST(DateTime, MakeDayCarriesMonthsAndDays) {
  EXPECT_EQ(MakeDate(MakeDay(2024, 0, 2), MakeTime(3, 4, 5, 6)), 1704164645006);
  EXPECT_EQ(MakeDay(2024, 12, 1), MakeDay(2025, 0, 1));
  EXPECT_EQ(MakeDay(2024, 1, 30), MakeDay(2024, 2, 1));  // 2024 is a leap year
  EXPECT_EQ(MakeDay(2023, -1, 1), MakeDay(2022, 11, 1));
  EXPECT_TRUE(std::isnan(MakeDay(NAN, 0, 1)));
  EXPECT_TRUE(std::isnan(MakeTime(INFINITY, 0, 0, 0)));
  EXPECT_TRUE(std::isnan(TimeClip(8.64e15 + 1)));
  EXPECT_EQ(TimeClip(1.9), 1);
}

TEST(DateTime, TextFormsAreV8s) {
  const double t = 1704164645006;
  EXPECT_EQ(IsoString(t), "2024-01-02T03:04:05.006Z");
  EXPECT_EQ(IsoString(-62198755200000), "-000001-01-01T00:00:00.000Z");
  EXPECT_EQ(IsoString(253402300800000), "+010000-01-01T00:00:00.000Z");
  EXPECT_EQ(DateString(t), "Tue Jan 02 2024");
  EXPECT_EQ(TimeString(t), "03:04:05");
  EXPECT_EQ(ZoneText(nullptr, t), "GMT+0000 (Coordinated Universal Time)");
  EXPECT_EQ(UtcString(t), "Tue, 02 Jan 2024 03:04:05 GMT");
  EXPECT_EQ(LocaleDateString(t), "1/2/2024");
  EXPECT_EQ(LocaleTimeString(t), "3:04:05 AM");
  EXPECT_EQ(LocaleTimeString(0), "12:00:00 AM");
}

TEST(DateTime, ParseReadsIsoAndLegacyForms) {
  EXPECT_EQ(Parse("2024-01-02"), 1704153600000);
  EXPECT_EQ(Parse("2024-01-02T03:04:05Z"), 1704164645000);
  EXPECT_EQ(Parse("2024-01-02T03:04:05+05:30"), 1704144845000);
  EXPECT_EQ(Parse("Jan 2, 2024"), 1704153600000);
  EXPECT_EQ(Parse("Tue Jan 02 2024 03:04:05 GMT+0000 (Coordinated Universal Time)"), 1704164645000);
  EXPECT_EQ(Parse("Tue, 02 Jan 2024 03:04:05 GMT"), 1704164645000);
  EXPECT_EQ(Parse("1/2/2024"), 1704153600000);
  EXPECT_EQ(Parse("January 2, 2024 10:00 PM"), 1704232800000);
  EXPECT_TRUE(std::isnan(Parse("garbage")));
  EXPECT_TRUE(std::isnan(Parse("2024-13-01")));
}

}  // namespace
}  // namespace loopscope::js::date
