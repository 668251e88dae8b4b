// time zone: Asia/Kolkata
// A half-hour offset with no daylight saving.
const d = new Date(Date.UTC(2024, 5, 1, 20, 0));
console.log(d.toString(), d.getTimezoneOffset(), d.getHours(), d.getMinutes(), d.getDate());
console.log(d.toTimeString(), d.toLocaleTimeString(), d.toLocaleDateString());
console.log(new Date(2024, 5, 2).toISOString(), Date.parse('2024-06-02T01:30'));
