const fsp = require('fs/promises');
(async () => {
  await fsp.writeFile('a.txt', 'abc');
  const text = await fsp.readFile('a.txt', 'utf8');
  console.log('text', text);
  try { await fsp.readFile('nope.txt'); } catch (e) { console.log('rejected', e.code); }
})();
console.log('sync');
