try { const { a } = null; } catch (e) { console.log(e.constructor.name); }
try { const [b] = {}; } catch (e) { console.log(e.constructor.name); }
const { length } = 'hello'; console.log(length);
const [h, ...tail] = 'hey'; console.log(h, tail);
