const wait = (label, n) => new Promise(r => { let k = 0; const step = () => (++k >= n ? r(label) : queueMicrotask(step)); step(); });
async function main() {
  const results = await Promise.all([wait('slow', 5), wait('fast', 1)]);
  console.log(results);
  const first = await Promise.race([wait('slow', 5), wait('fast', 1)]);
  console.log(first);
  const a = wait('A', 2), b = wait('B', 1);
  console.log(await a, await b);
}
main();
