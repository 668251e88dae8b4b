Promise.resolve()
  .then(() => { console.log('step 1'); throw new RangeError('step 1 failed'); })
  .then(() => console.log('step 2 skipped'))
  .then(() => console.log('step 3 skipped'), e => { console.log('handled in step 3:', e.name); return 'fixed'; })
  .catch(() => console.log('not reached'))
  .then(v => console.log('continues with', v));
