const start = Date.now();
const t = setTimeout(() => console.log('refreshed timer fired at >= 50ms:', Date.now() - start >= 50), 30);
setTimeout(() => t.refresh(), 20);
