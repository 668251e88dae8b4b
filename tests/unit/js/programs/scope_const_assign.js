const k = 1;
try { k = 2; } catch (e) { console.log(e.name + ': ' + e.message); }
const obj = { a: 1 }; obj.a = 2; console.log(obj);
try { for (const i = 0; i < 2; i++) {} } catch (e) { console.log(e.message); }
