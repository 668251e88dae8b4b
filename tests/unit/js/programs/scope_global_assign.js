function setIt() { implicitGlobal = 42; }
setIt();
console.log(implicitGlobal, globalThis.implicitGlobal, typeof globalThis);
globalThis.viaGlobal = 'g'; console.log(viaGlobal);
try { missing; } catch (e) { console.log(e.name, e.message); }
