async function op(fail) {
  try { await null; if (fail) throw new Error('op failed'); return 'op ok'; }
  finally { console.log('cleanup', fail); }
}
op(false).then(v => console.log(v));
op(true).catch(e => console.log('caught', e.message));
async function wrapper() { try { return await op(true); } catch (e) { throw new Error('wrapped: ' + e.message); } }
wrapper().catch(e => console.log(e.message));
