// pause() inside 'data' stops the flow until resume(); a paused pipe with all its bytes read.
const s = process.stdin;
s.on('data', (d) => {
  console.log('data', d.length, s.isPaused());
  s.pause();
  console.log('paused', s.isPaused(), s.readableFlowing);
  setTimeout(() => {
    console.log('resume');
    s.resume();
  }, 10);
});
s.on('end', () => console.log('end'));
s.on('close', () => console.log('close'));
