async function run() {
  const results = [];
  for (let i = 0; i < 3; i++) {
    results.push(new Promise(r => queueMicrotask(() => r(i))));
  }
  console.log(await Promise.all(results));
  var fns = [];
  for (var j = 0; j < 3; j++) fns.push(async () => j);
  console.log(await Promise.all(fns.map(f => f())));
}
run();
