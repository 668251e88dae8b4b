const delay = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
(async () => {
  for (const ms of [3, 1, 2]) {
    const v = await delay(ms, ms);
    console.log('waited', v);
  }
  const all = await Promise.all([delay(3, 'a'), delay(1, 'b')]);
  console.log(all);
})();
