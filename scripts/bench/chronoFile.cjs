// The reference the acceptance compares against: chrono-node's English casual parser over a whole file,
// as a process of its own. Prints the number of dates found.
const { readFileSync } = require('node:fs');
const chrono = require('chrono-node/en');

const text = readFileSync(process.argv[2], 'utf8');
process.stdout.write(`${chrono.casual.parse(text).length}\n`);
