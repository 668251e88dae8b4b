// time zone: Europe/Paris
// Date in a scenario's time zone (Europe/Paris): local fields, offsets across the DST
// changes, local-time constructors and parsing, and the text forms with the zone's name.
const instants = [0, Date.UTC(2024, 0, 15, 12), Date.UTC(2024, 6, 15, 12),
  Date.UTC(2024, 2, 31, 0, 59), Date.UTC(2024, 2, 31, 1, 0), Date.UTC(2024, 9, 27, 0, 59),
  Date.UTC(2024, 9, 27, 1, 0), Date.UTC(1900, 0, 1), Date.UTC(2040, 5, 1)];
for (const t of instants) {
  const d = new Date(t);
  console.log(d.toString());
  console.log(' ', d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(),
    d.getMinutes(), d.getTimezoneOffset(), d.getUTCHours(), d.toLocaleString());
  console.log(' ', d.toDateString(), '|', d.toTimeString(), '|', d.toISOString(), '|',
    d.toLocaleDateString(), d.toLocaleTimeString());
}
// Local fields: a skipped hour moves forward, a repeated one takes the earlier instant.
for (const args of [[2024, 0, 1], [2024, 2, 31, 2, 30], [2024, 9, 27, 2, 30], [2024, 6, 1, 0, 0, 0, 1]]) {
  const d = new Date(...args);
  console.log(JSON.stringify(args), d.toISOString(), d.getHours());
}
for (const text of ['2024-07-01T10:00', '2024-07-01', '2024-07-01T10:00Z', 'Jul 1, 2024',
  'Jan 1, 2024 10:00:00', 'Mon Jul 01 2024 10:00:00 GMT+0200', '1/2/2024']) {
  console.log(text, '->', new Date(text).toISOString());
}
const d = new Date(Date.UTC(2024, 0, 15, 12));
d.setHours(25);
console.log(d.toString(), d.getTime());
d.setMonth(6);
console.log(d.toString());
d.setUTCHours(0);
console.log(d.toString());
d.setFullYear(2030, 11, 31);
console.log(d.toString(), d.getTimezoneOffset());
console.log(new Date(NaN).getTimezoneOffset(), new Date(NaN).toString());
