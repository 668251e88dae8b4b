async function af() { console.log('af body'); }
af().then(() => console.log('af then'));
Promise.resolve().then(() => console.log('plain then'));
(async () => { console.log('iife body'); await undefined; console.log('iife after await'); })();
console.log('end');
