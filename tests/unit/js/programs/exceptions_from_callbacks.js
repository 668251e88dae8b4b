try { [1, 2, 3].forEach(x => { if (x === 2) throw new Error('stop at ' + x); console.log('x', x); }); }
catch (e) { console.log(e.message); }
try { [3, 1, 2].sort(() => { throw 'sort error'; }); } catch (e) { console.log(e); }
try { JSON.stringify({ toJSON() { throw new Error('toJSON fail'); } }); } catch (e) { console.log(e.message); }
const r = [1, 2].map(x => { try { if (x === 1) throw x; return x; } catch (v) { return -v; } }); console.log(r);
