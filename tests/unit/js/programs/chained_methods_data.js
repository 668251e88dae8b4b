const orders = [
  { id: 1, items: [{ p: 5, q: 2 }, { p: 1, q: 10 }], status: 'paid' },
  { id: 2, items: [{ p: 20, q: 1 }], status: 'pending' },
  { id: 3, items: [], status: 'paid' },
];
const totals = orders.filter(o => o.status === 'paid').map(o => ({ id: o.id, total: o.items.reduce((s, i) => s + i.p * i.q, 0) }));
console.log(totals);
console.log(orders.flatMap(o => o.items).length, Math.max(...orders.map(o => o.items.length)));
console.log(JSON.stringify(totals));
