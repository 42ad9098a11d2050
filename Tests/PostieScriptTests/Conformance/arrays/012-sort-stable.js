const people = []
const names = ['ann', 'bob', 'cy', 'dee', 'ed', 'flo', 'gus', 'hal', 'ivy', 'jo', 'kai', 'lu', 'max', 'ned', 'oz']
names.forEach((name, i) => people.push({ name, group: i % 3 }))
const sorted = people.slice().sort((a, b) => a.group - b.group)
console.log(sorted.map(p => p.group + ':' + p.name).join(' '))
const byLen = names.slice().sort((a, b) => a.length - b.length)
console.log(byLen.join(' '))
