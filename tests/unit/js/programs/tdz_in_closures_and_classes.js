function early() { return later; }
try { early(); } catch (e) { console.log(e.message); }
let later = 'ready';
console.log(early());
try { const self = self + 1; } catch (e) { console.log(e.message); }
