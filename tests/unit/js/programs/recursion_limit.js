function down(n) { return down(n + 1); }
try { down(0); } catch (e) { console.log(e instanceof RangeError, e.message); }
const deep = n => n === 0 ? 'bottom' : deep(n - 1); console.log(deep(5000));
