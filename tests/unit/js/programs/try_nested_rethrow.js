function a() { throw new TypeError('bad type'); }
function b() { try { a(); } catch (e) { throw new RangeError('wrapped: ' + e.message); } }
try { b(); } catch (e) { console.log(e.name, e.message, e instanceof RangeError, e instanceof Error); }
let count = 0;
for (let i = 0; i < 3; i++) { try { if (i % 2) throw i; count++; } catch (e) { count += 10; } finally { count += 100; } }
console.log(count);
function c() { try { throw 'x'; } catch (e) { return e; } finally { console.log('c fin'); } }
console.log(c());
