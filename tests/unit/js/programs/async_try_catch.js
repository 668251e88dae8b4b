async function fails() { await null; throw new Error('async fail'); }
async function caller() {
  try { await fails(); console.log('not reached'); }
  catch (e) { console.log('caught', e.message); }
  finally { console.log('finally in async'); }
  return 'after';
}
caller().then(v => console.log('resolved', v));
(async () => { try { await Promise.reject('rej'); } catch (e) { console.log('caught rejection', e); } })();
async function retThrow() { throw 'sync throw in async'; }
retThrow().catch(e => console.log('rejected with', e));
console.log('end of script');
