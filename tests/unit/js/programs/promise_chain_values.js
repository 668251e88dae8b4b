Promise.resolve(1)
  .then(v => { console.log('a', v); return v + 1; })
  .then(v => { console.log('b', v); throw new Error('oops'); })
  .then(() => console.log('skipped'))
  .catch(e => { console.log('c', e.message); return 'recovered'; })
  .then(v => console.log('d', v))
  .finally(() => console.log('finally'))
  .then(v => console.log('e', v));
