async function seq() {
  for (let i = 0; i < 3; i++) { await null; console.log('loop', i); }
  const items = ['a', 'b'];
  for (const it of items) { console.log('item', await Promise.resolve(it)); }
  let n = 0; while (n < 2) { n = await (n + 1); console.log('while', n); }
  return 'seq done';
}
seq().then(console.log);
Promise.resolve().then(() => console.log('interleave 1')).then(() => console.log('interleave 2'));
