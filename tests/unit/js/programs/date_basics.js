// Date: the constructors, Date.UTC and Date.parse, the getters and setters (local time is
// UTC), the text forms and how console.log prints a Date.
const d = new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6));
console.log(d, [d], { d }, String(d));
console.log(d.toISOString(), d.toJSON(), JSON.stringify({ d }));
console.log(d.toString(), '|', d.toDateString(), '|', d.toTimeString(), '|', d.toUTCString());
console.log(d.toLocaleDateString(), '|', d.toLocaleTimeString(), '|', d.toLocaleString());
console.log(new Date(Date.UTC(2024, 0, 2, 15)).toLocaleTimeString(), new Date(0).toLocaleString());
console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(),
  d.getSeconds(), d.getMilliseconds(), d.getTime(), d.valueOf(), +d, d.getTimezoneOffset());
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours());
console.log(new Date(2024, 1, 29), new Date(2023, 1, 29), new Date(2024, 12, 1), new Date(99, 0),
  new Date(2024, 0, 1, 25, 61, 61, 1001), new Date(0), new Date(-1), new Date(8.64e15),
  new Date(8.64e15 + 1), new Date('2024-01-02'), new Date(d), new Date(true));
const bad = new Date(NaN);
console.log(bad, String(bad), bad.getTime(), bad.getFullYear(), bad.toJSON(), JSON.stringify([bad]));
try {
  bad.toISOString();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const m = new Date(Date.UTC(2024, 0, 31));
console.log(m.setMonth(1), m, m.setDate(0), m, m.setFullYear(2025, 5, 15), m);
console.log(m.setHours(48), m, m.setMinutes(-1), m, m.setSeconds(90, 5), m, m.setMilliseconds(-1), m);
console.log(m.setUTCDate(1), m.setTime(0), m, m.setTime('x'), m, bad.setMonth(1), bad.setFullYear(2000), bad);
console.log(Date.UTC(2024), Date.UTC(2024, 1), Date.UTC(), Date.UTC(99, 0), Date.UTC(NaN));
console.log(new Date(-62198755200000), new Date(-62198755200001).toString(), new Date(253402300800000));
console.log(new Date(Date.UTC(-1, 0)).toUTCString(), new Date(-1e15).toISOString());
console.log(typeof Date(), typeof Date.now(), new Date(0) + 1, new Date(0) - 1, new Date(5) == 5,
  new Date(0) < new Date(1), `${new Date(0)}`);
