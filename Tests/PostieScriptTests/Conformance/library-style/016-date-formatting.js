const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const pad = (n, w = 2) => String(Math.abs(n)).padStart(w, '0')

function format(date, pattern, { utc = false } = {}) {
  const get = {
    Y: utc ? date.getUTCFullYear() : date.getFullYear(),
    M: utc ? date.getUTCMonth() : date.getMonth(),
    D: utc ? date.getUTCDate() : date.getDate(),
    d: utc ? date.getUTCDay() : date.getDay(),
    H: utc ? date.getUTCHours() : date.getHours(),
    m: utc ? date.getUTCMinutes() : date.getMinutes(),
    s: utc ? date.getUTCSeconds() : date.getSeconds(),
    S: utc ? date.getUTCMilliseconds() : date.getMilliseconds()
  }
  const offset = utc ? 0 : -date.getTimezoneOffset()
  const tokens = {
    YYYY: () => pad(get.Y, 4), YY: () => pad(get.Y % 100), MMMM: () => MONTHS[get.M], MMM: () => MONTHS[get.M].slice(0, 3),
    MM: () => pad(get.M + 1), M: () => String(get.M + 1), DD: () => pad(get.D), D: () => String(get.D),
    dddd: () => DAYS[get.d], ddd: () => DAYS[get.d].slice(0, 3), HH: () => pad(get.H), hh: () => pad(get.H % 12 || 12),
    h: () => String(get.H % 12 || 12), mm: () => pad(get.m), ss: () => pad(get.s), SSS: () => pad(get.S, 3),
    A: () => (get.H < 12 ? 'AM' : 'PM'), Z: () => (offset >= 0 ? '+' : '-') + pad(Math.floor(Math.abs(offset) / 60)) + ':' + pad(Math.abs(offset) % 60)
  }
  return pattern.replace(/\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd|HH|hh|h|mm|ss|SSS|A|Z/g, (m, literal) => (literal !== undefined ? literal : tokens[m]()))
}

function relative(from, to) {
  const diff = (to - from) / 1000
  const abs = Math.abs(diff)
  const units = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]]
  if (abs < 1) return 'just now'
  for (const [name, secs] of units) {
    if (abs >= secs) {
      const n = Math.floor(abs / secs)
      const label = `${n} ${name}${n === 1 ? '' : 's'}`
      return diff < 0 ? label + ' ago' : 'in ' + label
    }
  }
}

function addDays(date, n) { const d = new Date(date.getTime()); d.setDate(d.getDate() + n); return d }
function startOfWeek(date) { const d = new Date(date.getFullYear(), date.getMonth(), date.getDate()); return addDays(d, -((d.getDay() + 6) % 7)) }

const d = new Date(2024, 2, 10, 15, 4, 5, 9)
const patterns = ['YYYY-MM-DD', 'DD/MM/YY HH:mm', 'dddd, MMMM D, YYYY', 'ddd MMM D h:mm A', 'YYYY-MM-DD[T]HH:mm:ss.SSSZ', '[Quarter] Q? no: MM', 'hh:mm:ss A Z']
for (const p of patterns) console.log(p.padEnd(28), format(d, p))
console.log(format(new Date(Date.UTC(2024, 0, 1, 0, 0)), 'YYYY-MM-DD HH:mm Z', { utc: true }))
console.log(format(new Date(2024, 0, 1, 0, 0), 'YYYY-MM-DD HH:mm Z'), format(new Date(2024, 6, 1, 12), 'h A Z'))
console.log(format(new Date(5, 0, 1), 'YYYY'), format(new Date(2024, 11, 31, 23, 59), 'hh:mm A'))

const now = new Date(2024, 5, 15, 12, 0, 0)
const offsets = [0, -30e3, -5 * 60e3, -3 * 3600e3, -86400e3, -10 * 86400e3, -45 * 86400e3, -400 * 86400e3, 90e3, 2 * 86400e3]
for (const o of offsets) console.log(String(o).padStart(12), relative(now, new Date(now.getTime() + o)))

console.log(format(startOfWeek(new Date(2024, 2, 13)), 'ddd YYYY-MM-DD'), format(startOfWeek(new Date(2024, 2, 10)), 'ddd YYYY-MM-DD'))
const spring = addDays(new Date(2024, 2, 9, 12), 1)
console.log(format(spring, 'YYYY-MM-DD HH:mm Z'), (spring - new Date(2024, 2, 9, 12)) / 3600e3)
const days = []
for (let i = 0; i < 7; i++) days.push(format(addDays(new Date(2024, 10, 1), i), 'ddd D'))
console.log(days.join(', '))
