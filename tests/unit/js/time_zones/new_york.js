// time zone: America/New_York
// West of Greenwich: negative offsets, positive getTimezoneOffset, and the text forms.
for (const t of [0, Date.UTC(2024, 2, 10, 6, 59), Date.UTC(2024, 2, 10, 7), Date.UTC(2024, 10, 3, 5, 59),
  Date.UTC(2024, 10, 3, 6), Date.UTC(2024, 11, 31, 23, 59, 59)]) {
  const d = new Date(t);
  console.log(d.toString(), d.getTimezoneOffset(), d.getDate(), d.getDay(), d.toLocaleString());
}
console.log(new Date(2024, 2, 10, 2, 30).toString(), new Date(2024, 10, 3, 1, 30).toISOString());
console.log(new Date('2024-12-31T23:30').toISOString(), new Date('Dec 25, 2024').toString());
const d = new Date(2024, 0, 31);
d.setMonth(1);
console.log(d.toString(), d.getMonth(), d.getDate());
