try { console.log(a); let a = 1; } catch (e) { console.log(e.name, e.message); }
try { b = 2; let b; } catch (e) { console.log(e.name, e.message); }
function f() { return c; } try { f(); } catch (e) { console.log(e.message); } const c = 3; console.log(f());
try { new K(); class K {} } catch (e) { console.log(e.message); }
