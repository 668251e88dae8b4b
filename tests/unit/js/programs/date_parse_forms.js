// Date.parse: the ISO forms (date-only is UTC) and the legacy forms V8 accepts, including
// what toString() and toUTCString() print, which read back to the same instant.
const forms = ['2024-01-02', '2024-01', '2024', '+002024-01-02T00:00:00.000Z', '-000001-01-01',
  '2024-01-02T03:04:05Z', '2024-01-02T03:04:05.123Z', '2024-01-02T03:04:05.1Z',
  '2024-01-02T03:04:05.123456Z', '2024-01-02T03:04', '2024-01-02T03:04:05+05:30',
  '2024-01-02T24:00:00Z', '2024-01-02T24:00:01Z', '2024-02-30', '2024-13-01', '2024-01-32',
  '2024-01-02 03:04:05', 'Jan 2, 2024', '2 Jan 2024', 'January 2, 2024 10:00 PM',
  'Tue Jan 02 2024 03:04:05 GMT+0000 (Coordinated Universal Time)',
  'Tue, 02 Jan 2024 03:04:05 GMT', 'Jan 2 2024 10:00:00 GMT-0500',
  'Thu, 01 Jan 1970 00:00:00 GMT+0100', '2024/01/02', '1/2/2024', '12/31/99', '1/2/2024 13:00',
  '2024-1-2', '2024-01-02 3:04 pm', 'garbage', '', '2024-01-02T03:04:05',
  'Dec 25, 1995', 'Mon, 25 Dec 1995 13:30:00 +0430'];
for (const f of forms) console.log(JSON.stringify(f), Date.parse(f));
const d = new Date(Date.UTC(2024, 6, 4, 12, 30, 15));
console.log(Date.parse(d.toString()) === d.getTime() - 0, Date.parse(d.toUTCString()) === +d,
  Date.parse(d.toISOString()) === +d, new Date(d.toString()).getTime() === +d);
console.log(Date.parse('-000000-03-31T00:45Z'), Date.parse('-000000-03-31T01:45'), Date.parse('+275760-09-13T00:00:00.000Z'), Date.parse('+275760-09-13T00:00:00.001Z'));
