let n = 0;
const start = Date.now();
const id = setInterval(() => {
  n++;
  if (n === 1) { const e = Date.now() + 35; while (Date.now() < e) {} }
  if (n === 3) { clearInterval(id); console.log('three ticks, no burst:', Date.now() - start >= 55); }
}, 10);
