async function fetchData(ok) { await null; if (!ok) throw new Error('network'); return { data: 1 }; }
async function main() {
  const good = await fetchData(true);
  console.log('good', good);
  try { await fetchData(false); } catch (e) { console.log('bad', e.message); }
  const results = await Promise.allSettled([fetchData(true), fetchData(false)]);
  console.log(results.map(r => r.status + ':' + (r.value ? JSON.stringify(r.value) : r.reason.message)));
}
main().then(() => console.log('main done'));
