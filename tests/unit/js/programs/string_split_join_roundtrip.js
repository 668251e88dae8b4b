const csv = 'name,age\nann,30\nbob,25';
const rows = csv.split('\n').map(l => l.split(','));
console.log(rows);
const [header, ...data] = rows;
console.log(data.map(r => Object.fromEntries(r.map((v, i) => [header[i], isNaN(v) ? v : Number(v)]))));
console.log(rows.map(r => r.join('|')).join(' / '));
