const p = new Promise((resolve, reject) => { console.log('executor runs sync'); resolve('v'); resolve('ignored'); reject('ignored too'); });
p.then(v => console.log('resolved', v));
new Promise(() => { throw new Error('executor threw'); }).catch(e => console.log('caught', e.message));
new Promise((_, reject) => reject('r')).then(() => console.log('never'), r => console.log('onRejected', r));
console.log('after');
