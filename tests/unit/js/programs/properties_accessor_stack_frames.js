// Stack frames of getters and setters are named as V8 names them: `get g [as g]`.
const frame = (e) => {
  const line = e.stack.split('\n')[1];
  return line.slice(0, line.indexOf(' ('));
};
class K {
  get g() { throw new Error('g'); }
  static set s(v) { throw new Error('s'); }
}
try { new K().g; } catch (e) { console.log(frame(e)); }
try { K.s = 1; } catch (e) { console.log(frame(e)); }
const o = { get ['c' + 1]() { throw new Error('c'); } };
try { o.c1; } catch (e) { console.log(frame(e)); }
const d = Object.defineProperty({}, 'p', { get: function named() { throw new Error('p'); } });
try { d.p; } catch (e) { console.log(frame(e)); }
