function f() { try { return 'try'; } finally { console.log('finally runs'); } }
console.log(f());
function g() { try { throw new Error('boom'); } catch (e) { return 'caught ' + e.message; } finally { console.log('g finally'); } }
console.log(g());
function h() { try { return 1; } finally { return 2; } }
console.log(h());
function k() { for (let i = 0; i < 3; i++) { try { if (i === 1) break; } finally { console.log('k fin', i); } } return 'done'; }
console.log(k());
try { try { throw 1; } finally { console.log('inner finally'); } } catch (e) { console.log('outer caught', e); }
try { throw { code: 42 }; } catch ({ code }) { console.log('code', code); }
try { JSON.parse('{'); } catch { console.log('no binding'); }
