let count = 0;
function spin() { if (++count < 1000) queueMicrotask(spin); else console.log('spun', count); }
spin();
Promise.resolve().then(() => console.log('first then runs early, count =', count));
