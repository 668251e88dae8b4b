// Timeout and Immediate fields as Node keeps them: _idleTimeout/_onTimeout/_repeat/_destroyed,
// refresh() from the callback and after firing, Symbol.toPrimitive ids that clearTimeout
// accepts back (number or string), Symbol.dispose, _repeat set inside a callback.
const log = (...a) => console.log(...a);
const t1 = setTimeout(() => log('never'), 1);
const i1 = setInterval(() => log('never'), 1);
log(t1._idleTimeout, t1._repeat, t1._destroyed, i1._repeat, typeof t1._onTimeout);
clearTimeout(t1);
clearInterval(i1);
log(t1._idleTimeout, t1._onTimeout, t1._destroyed, i1._destroyed);
const byNumber = setTimeout(() => log('never'), 1);
clearTimeout(+byNumber);
const byString = setTimeout(() => log('never'), 1);
clearTimeout(`${byString}`);
log(byNumber._destroyed, byString._destroyed, Number.isNaN(+byNumber), Object.keys({ [byString]: 1 }).length);
const d = setTimeout(() => log('never'), 1);
d[Symbol.dispose]();
const im = setImmediate(() => log('never'));
im[Symbol.dispose]();
log(d._destroyed, im._destroyed);
let fired = 0;
const again = setTimeout(() => {
  fired++;
  log('again', fired, again._destroyed);
  if (fired === 1) again.refresh();
}, 30);
const t2 = setTimeout(function () {
  log('to interval', this === t2, t2._repeat);
  if (t2._repeat) clearInterval(t2);
  else t2._repeat = 5;
}, 10);
const stop = setInterval(() => {
  log('interval stops itself');
  stop._idleTimeout = -1;
}, 45);
const silenced = setInterval(() => {
  log('silenced once');
  silenced._onTimeout = null;
}, 70);
setTimeout(() => {
  log('after', again._destroyed, stop._destroyed, silenced._destroyed);
  again.refresh();
  log('revived', again._destroyed, again.hasRef());
}, 300);
